import type { Command } from 'commander';
import { createMunicipality } from '../../domain/municipalities/create-municipality.js';
import { municipalityBoundary } from '../../demo/reference-data.js';
import { CommandError, printTable, runWithRuntime } from '../run-command.js';

export function registerMunicipalityCommands(program: Command): void {
  const municipality = program.command('municipality').description('municipalities (tenants)');

  municipality
    .command('create')
    .description("create a municipality; its boundary comes from SCB's map by its kommunkod")
    .requiredOption('--code <kommunkod>', 'four digits, e.g. 0126')
    .option('--name <name>', 'the name (default: from SCB)')
    .action((options: { code: string; name?: string }) =>
      runWithRuntime(async ({ deps }) => {
        const reference = await municipalityBoundary(options.code);
        const name = options.name ?? reference?.name;
        if (!name) throw new CommandError(`SCB has no municipality ${options.code}; give --name.`);
        const created = await createMunicipality(deps, {
          code: options.code,
          name,
          boundary: reference?.boundary ?? null,
        });
        console.log(`Created ${created.name} (${created.code}), id ${created.id}.`);
      }),
    );

  municipality
    .command('list')
    .description('list the municipalities')
    .action(() =>
      runWithRuntime(async ({ deps }) => {
        printTable(
          (await deps.store.municipalities.list()).map((item) => ({
            code: item.code,
            name: item.name,
            id: item.id,
          })),
        );
      }),
    );
}
