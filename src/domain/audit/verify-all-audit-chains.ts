import type { Deps } from '../deps.js';
import { isCheckpointSignatureValid, type AuditCheckpoint } from './audit-checkpoint.js';
import { verifyChain, type ChainAnchor, type ChainVerification } from './verify-audit-log.js';

/** A head the operator noted earlier: `[chain:]seq:hash`, or a bare hash (the old form). */
export interface ExpectedHead {
  chain: string | null;
  seq: number | null;
  hash: string;
}

interface VerifyAllOptions {
  expectedHeads?: readonly ExpectedHead[];
  /** Checkpoints read from files outside the database (`--checkpoint`). */
  checkpoints?: readonly AuditCheckpoint[];
}

export interface AuditLogVerification {
  isIntact: boolean;
  chains: (ChainVerification & { municipalityCode: string | null })[];
  /** Problems that belong to no one chain: a forged checkpoint, an expected head not found. */
  problems: string[];
  /** What was and was not checked against signed checkpoints, for the operator to read. */
  notes: string[];
  checkedCheckpoints: number;
}

/** Parses `--expect-head`: `chain:seq:hash`, `seq:hash` or a bare 64-digit hash. */
export function parseExpectedHead(text: string): ExpectedHead | null {
  const match = /^(?:(?:(.+):)?(\d{1,10}):)?([0-9a-f]{64})$/.exec(text.trim());
  if (!match?.[3]) return null;
  return {
    chain: match[1] ?? null,
    seq: match[2] === undefined ? null : Number(match[2]),
    hash: match[3],
  };
}

/**
 * The operator checks the whole audit log (`tryggve audit verify`): every chain that exists,
 * every municipality's chain from its first entry (a chain deleted with its head is reported,
 * not skipped), every signed checkpoint in the database, in the archive outside it and in the
 * files given, and every head the operator noted.
 */
export async function verifyAllAuditChains(
  deps: Deps,
  options: VerifyAllOptions = {},
): Promise<AuditLogVerification> {
  const problems: string[] = [];
  const notes: string[] = [];
  const anchors = new Map<string, ChainAnchor[]>();
  const addAnchor = (chain: string, anchor: ChainAnchor) =>
    anchors.set(chain, [...(anchors.get(chain) ?? []), anchor]);

  const checkpoints = await gatherCheckpoints(deps, options, problems, notes);
  const key = deps.auditCheckpoints?.key ?? null;
  let checkedCheckpoints = 0;
  if (key === null) {
    notes.push(
      `No checkpoints are signed: TRYGGVE_AUDIT_CHECKPOINT_KEY is not set, so a log rewritten with recomputed hashes cannot be told from the real one${checkpoints.length > 0 ? ` (${checkpoints.length} checkpoints found, not checked)` : ''}.`,
    );
  } else {
    for (const checkpoint of checkpoints) {
      if (!isCheckpointSignatureValid(checkpoint, key)) {
        problems.push(
          `The checkpoint of ${checkpoint.at} does not carry a valid signature of the configured key: it was forged or altered.`,
        );
        continue;
      }
      checkedCheckpoints += 1;
      for (const head of checkpoint.heads) {
        addAnchor(head.chain, {
          seq: head.seq,
          hash: head.hash,
          source: `the checkpoint of ${checkpoint.at}`,
        });
      }
    }
    if (checkedCheckpoints === 0) {
      notes.push(
        'No signed checkpoint was found: run `tryggve audit checkpoint` (the server writes one daily).',
      );
    }
  }

  for (const expected of options.expectedHeads ?? []) {
    const found =
      expected.chain === null || expected.seq === null
        ? await deps.store.audit.findByHash(expected.hash)
        : { chain: expected.chain, seq: expected.seq };
    const seq = expected.seq ?? found?.seq;
    if (
      !found ||
      seq === undefined ||
      (expected.chain !== null && found.chain !== expected.chain)
    ) {
      problems.push(
        `No chain holds the expected head ${expected.hash}${seq === undefined ? '' : ` at entry ${seq}`}: the log was rewritten or cut back before it.`,
      );
      continue;
    }
    addAnchor(found.chain, { seq, hash: expected.hash, source: 'the expected head' });
  }

  const municipalities = await deps.store.municipalities.list();
  const codeById = new Map(municipalities.map((item) => [item.id, item.code]));
  const chains = new Set([
    ...(await deps.store.audit.listChains()),
    ...codeById.keys(),
    ...anchors.keys(),
  ]);
  const verifications = [];
  for (const chain of [...chains].sort()) {
    const verification = await verifyChain(deps.store, chain, {
      isRequired: codeById.has(chain),
      anchors: anchors.get(chain) ?? [],
    });
    verifications.push({ ...verification, municipalityCode: codeById.get(chain) ?? null });
  }
  return {
    isIntact: problems.length === 0 && verifications.every((item) => item.isIntact),
    chains: verifications,
    problems,
    notes,
    checkedCheckpoints,
  };
}

async function gatherCheckpoints(
  deps: Deps,
  options: VerifyAllOptions,
  problems: string[],
  notes: string[],
): Promise<AuditCheckpoint[]> {
  const bySignature = new Map<string, AuditCheckpoint>();
  const add = (checkpoint: AuditCheckpoint) => bySignature.set(checkpoint.signature, checkpoint);
  for (const checkpoint of await deps.store.audit.listCheckpoints()) add(checkpoint);
  const archive = deps.auditCheckpoints?.archive ?? null;
  if (archive) {
    const { checkpoints, unreadableLines } = await archive.readAll();
    checkpoints.forEach(add);
    if (unreadableLines.length > 0) {
      problems.push(
        `${archive.describe()}: lines ${unreadableLines.join(', ')} are not checkpoints.`,
      );
    }
  } else if (deps.auditCheckpoints?.key) {
    notes.push(
      'TRYGGVE_AUDIT_CHECKPOINT_DIR is not set: checkpoints are kept only in the database, which can be emptied with the log; give copies with --checkpoint.',
    );
  }
  (options.checkpoints ?? []).forEach(add);
  return [...bySignature.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
