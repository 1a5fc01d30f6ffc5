import type { Command } from 'commander';
import type { AuditCheckpoint } from '../../domain/audit/audit-checkpoint.js';
import {
  parseExpectedHead,
  verifyAllAuditChains,
  type ExpectedHead,
} from '../../domain/audit/verify-all-audit-chains.js';
import { writeAuditCheckpoint } from '../../domain/audit/write-audit-checkpoint.js';
import { readCheckpointFile } from '../../storage/audit-checkpoint-file.js';
import { CommandError, runWithRuntime } from '../run-command.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit log');

  audit
    .command('verify')
    .description(
      'check every hash chain, every municipality has its chain from entry 1, and the chains against the signed checkpoints; exit code 1 if anything was changed, removed, reordered or rewritten',
    )
    .option(
      '--expect-head <seq:hash>',
      'an entry noted earlier ([chain:]seq:hash as verify prints it): it must still sit at its place, with the chain continuing validly from it (repeatable)',
      collect,
      [],
    )
    .option(
      '--checkpoint <file>',
      'a file of signed checkpoints kept outside the database (repeatable)',
      collect,
      [],
    )
    .action((options: { expectHead: string[]; checkpoint: string[] }) =>
      runWithRuntime(async ({ deps }) => {
        const expectedHeads = options.expectHead.map(parseExpectedHeadOrFail);
        const checkpoints: AuditCheckpoint[] = [];
        for (const file of options.checkpoint) checkpoints.push(...(await readCheckpoints(file)));
        const result = await verifyAllAuditChains(deps, { expectedHeads, checkpoints });
        if (result.chains.length === 0) console.log('No audit chains and no municipalities.');
        for (const chain of result.chains) {
          const name = chain.municipalityCode ? ` (municipality ${chain.municipalityCode})` : '';
          console.log(
            `chain ${chain.chain}${name}: ${chain.checkedEntries} entries, ${chain.isIntact ? 'intact' : 'BROKEN'}; head ${chain.lastHash ? `${chain.chain}:${chain.lastSeq}:${chain.lastHash}` : '-'}`,
          );
          for (const problem of chain.problems) {
            console.log(`  entry ${problem.seq}: ${problem.kind}: ${problem.message}`);
          }
        }
        for (const problem of result.problems) console.log(`BROKEN: ${problem}`);
        if (result.checkedCheckpoints > 0) {
          console.log(`Checked against ${result.checkedCheckpoints} signed checkpoints.`);
        }
        for (const note of result.notes) console.log(`Note: ${note}`);
        if (!result.isIntact) throw new CommandError('The audit log has been tampered with.');
      }),
    );

  audit
    .command('checkpoint')
    .description(
      'sign where every chain stands now (TRYGGVE_AUDIT_CHECKPOINT_KEY) and keep it in the database and in TRYGGVE_AUDIT_CHECKPOINT_DIR; the server does this daily',
    )
    .action(() =>
      runWithRuntime(async ({ deps }, config) => {
        const checkpoint = await writeAuditCheckpoint(deps);
        if (!checkpoint) {
          throw new CommandError(
            'No checkpoint was signed: set TRYGGVE_AUDIT_CHECKPOINT_KEY (at least 32 characters, kept outside the database).',
          );
        }
        console.log(
          `Signed the checkpoint of ${checkpoint.at}: ${checkpoint.heads.length} chains.${config.auditCheckpointDirectory ? '' : ' Kept only in the database: set TRYGGVE_AUDIT_CHECKPOINT_DIR, or copy the line below somewhere safe.'}`,
        );
        for (const head of checkpoint.heads)
          console.log(`  ${head.chain}:${head.seq}:${head.hash}`);
      }),
    );
}

function parseExpectedHeadOrFail(text: string): ExpectedHead {
  const expected = parseExpectedHead(text);
  if (!expected) {
    throw new CommandError(
      `--expect-head ${text}: expected seq:hash or chain:seq:hash as \`tryggve audit verify\` prints it (64 hex digits).`,
    );
  }
  return expected;
}

async function readCheckpoints(file: string): Promise<AuditCheckpoint[]> {
  let read;
  try {
    read = await readCheckpointFile(file);
  } catch (error) {
    throw new CommandError(`--checkpoint ${file}: ${(error as Error).message}`);
  }
  if (read.unreadableLines.length > 0) {
    throw new CommandError(
      `--checkpoint ${file}: lines ${read.unreadableLines.join(', ')} are not checkpoints.`,
    );
  }
  return read.checkpoints;
}
