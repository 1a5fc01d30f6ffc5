import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  loadFtmFile,
  type SanctionsLoadReport,
} from '../../integrations/opensanctions/load-ftm-file.js';
import { CommandError, printTable, runWithRuntime } from '../run-command.js';

/** Prints a load's outcome; every rejected line with its number and reason. */
function printSanctionsLoad(report: SanctionsLoadReport): void {
  console.log(
    `Loaded the list ${report.dataset}: ${report.linesRead} lines read, ${report.loaded} entities screened, ${report.rejectedCount} rejected.`,
  );
  const skipped = Object.entries(report.skipped)
    .map(([schema, count]) => `${count} ${schema}`)
    .join(', ');
  if (skipped) console.log(`Not screened: ${skipped}.`);
  for (const row of report.rejected) console.log(`  line ${row.line}: ${row.reason}`);
  if (report.rejectedCount > report.rejected.length) {
    console.log(`  … and ${report.rejectedCount - report.rejected.length} more rejected lines.`);
  }
  if (report.shortenedCount > 0) {
    console.log(`Names held to the screening limits in ${report.shortenedCount} entities:`);
    for (const row of report.shortened) console.log(`  line ${row.line}: ${row.reason}`);
  }
}

export function registerSanctionsCommands(program: Command): void {
  const sanctions = program
    .command('sanctions')
    .description('sanctions lists for supplier screening (FollowTheMoney / OpenSanctions files)');

  sanctions
    .command('load')
    .description(
      'load a FollowTheMoney entity file (JSON Lines) as a list, replacing the list of that name whole',
    )
    .argument('<file>', 'e.g. entities.ftm.json from data.opensanctions.org')
    .option('--dataset <name>', "the list's name (default: the file's name without .ftm.jsonl)")
    .action((file: string, options: { dataset?: string }) =>
      runWithRuntime(async ({ deps }) => {
        await access(file).catch(() => {
          throw new CommandError(`Cannot read ${file}.`);
        });
        const report = await loadFtmFile(deps.store.sanctionsLists, {
          path: file,
          dataset: options.dataset,
          loadedAt: deps.clock().toISOString(),
        });
        printSanctionsLoad(report);
      }),
    );

  sanctions
    .command('lists')
    .description('the loaded lists, their entity counts and when they were loaded')
    .action(() =>
      runWithRuntime(async ({ deps }) => {
        const lists = await deps.store.sanctionsLists.listLists();
        printTable(
          lists.map((list) => ({
            list: list.dataset,
            entities: String(list.entities),
            loaded: list.loadedAt,
            file: list.sourceFile,
          })),
        );
      }),
    );
}
