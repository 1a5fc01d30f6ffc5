import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { commandLineOperator, type Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { DomainError } from '../../domain/errors.js';
import { findPoliceOrganisation } from '../../domain/organisations/find-police-organisation.js';
import type { ImportRun } from '../../domain/imports/incoming-incident.js';
import { importPoliceEventsFile } from '../../integrations/polisen/import-police-events-file.js';
import { importCsvFile } from '../../integrations/csv/import-csv-file.js';
import { listImportProfiles } from '../../domain/imports/save-import-profile.js';
import { CommandError, municipalityByCode, runWithRuntime } from '../run-command.js';

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CommandError(`Cannot read ${path}.`);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CommandError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** Prints a run's outcome; every rejected row with its line and reason. */
function printImportRun(run: ImportRun): void {
  const { read, inserted, updated, unchanged, rejected, skipped, warnings } = run.counts;
  console.log(
    `${run.status === 'completed' ? 'Imported' : 'Rejected, nothing written:'} ${read} read, ${inserted} new, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected.`,
  );
  const skippedText = Object.entries(skipped)
    .map(([reason, count]) => `${count} ${reason.replaceAll('_', ' ')}`)
    .join(', ');
  if (skippedText) console.log(`Skipped: ${skippedText}.`);
  for (const row of run.rejectedRows) {
    console.log(`  line ${row.line}${row.sourceId ? ` (id ${row.sourceId})` : ''}: ${row.reason}`);
  }
  for (const warning of warnings) console.log(`Warning: ${warning.message}`);
  if (run.status === 'rejected') {
    console.log('Correct the rows above, or run again with --skip-bad-rows to import the others.');
  }
}

/**
 * The organisation police events are filed under: the one named with --organisation, or the
 * municipality's police organisation, made ("Polismyndigheten") when it has none, which is said.
 */
async function policeOrganisationFor(deps: Deps, operator: Actor, id: string | undefined) {
  if (id) {
    const named = await deps.store.organisations.findById(operator.municipalityId, id);
    if (!named) throw new CommandError(`No organisation ${id} in this municipality.`);
    return named;
  }
  const { organisation, isCreated } = await findPoliceOrganisation(deps, operator).catch(
    (error: unknown) => {
      throw error instanceof DomainError
        ? new CommandError(`${error.message} Name it with --organisation <id>.`)
        : error;
    },
  );
  console.log(
    isCreated
      ? `Created the organisation "${organisation.name}" (police) for the events: ${organisation.id}.`
      : `Filing the events under "${organisation.name}" (${organisation.id}).`,
  );
  return organisation;
}

export function registerImportCommands(program: Command): void {
  const importCommand = program
    .command('import')
    .description('import incidents from other sources');

  importCommand
    .command('police-events')
    .description(
      "import the police's events (polisen.se/api/events format) for a municipality; re-running changes nothing",
    )
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .argument('<file>', 'a JSON array of events')
    .option('--bodies <file>', "the events' full texts, one JSON object {id, body_text} a line")
    .option(
      '--organisation <id>',
      "the police organisation (default: the municipality's only one, made when there is none)",
    )
    .option('--skip-bad-rows', 'import the good events even if some are rejected')
    .action(
      (
        file: string,
        options: {
          municipality: string;
          bodies?: string;
          organisation?: string;
          skipBadRows?: boolean;
        },
      ) =>
        runWithRuntime(async ({ deps }) => {
          const municipality = await municipalityByCode(deps, options.municipality);
          const operator = commandLineOperator(municipality.id);
          const police = await policeOrganisationFor(deps, operator, options.organisation);
          const bar = new SingleBar({
            format: 'Importerar [{bar}] {value}/{total}',
            stream: process.stderr,
          });
          bar.start(1, 0);
          const run = await importPoliceEventsFile(deps, operator, {
            events: await readJson(file),
            bodiesJsonl: options.bodies ? await readFile(options.bodies, 'utf8') : null,
            fileName: basename(file),
            organisationId: police.id,
            isSkippingBadRows: options.skipBadRows === true,
            onProgress: (done, total) => {
              bar.setTotal(total);
              bar.update(done);
            },
          }).finally(() => bar.stop());
          printImportRun(run);
          if (run.status === 'rejected') process.exitCode = 1;
        }),
    );

  importCommand
    .command('csv')
    .description(
      'import incidents from a CSV file with a saved profile (its name) or a profile file (JSON)',
    )
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--organisation <id>', 'the organisation the rows come from')
    .requiredOption(
      '--profile <name or file>',
      "a saved profile's name, or a JSON file {name, columns, categoryValues}",
    )
    .option('--skip-bad-rows', 'import the good rows even if some are rejected')
    .argument('<file>', 'the CSV file (comma, semicolon or tab separated, UTF-8)')
    .action(
      (
        file: string,
        options: {
          municipality: string;
          organisation: string;
          profile: string;
          skipBadRows?: boolean;
        },
      ) =>
        runWithRuntime(async ({ deps }) => {
          const municipality = await municipalityByCode(deps, options.municipality);
          const operator = commandLineOperator(municipality.id);
          const saved = (await listImportProfiles(deps, operator)).find(
            (item) => item.name === options.profile,
          );
          const profile =
            saved ??
            ((await readJson(options.profile)) as Parameters<typeof importCsvFile>[2]['profile']);
          const text = await readFile(file, 'utf8').catch(() => {
            throw new CommandError(`Cannot read ${file}.`);
          });
          const bar = new SingleBar({
            format: 'Importerar [{bar}] {value}/{total}',
            stream: process.stderr,
          });
          bar.start(1, 0);
          const run = await importCsvFile(deps, operator, {
            text,
            fileName: basename(file),
            profile,
            organisationId: options.organisation,
            isSkippingBadRows: options.skipBadRows === true,
            onProgress: (done, total) => {
              bar.setTotal(total);
              bar.update(done);
            },
          }).finally(() => bar.stop());
          printImportRun(run);
          if (run.status === 'rejected') process.exitCode = 1;
        }),
    );
}
