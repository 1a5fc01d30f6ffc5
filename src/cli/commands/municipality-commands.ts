import type { Command } from 'commander';
import { createMunicipality } from '../../domain/municipalities/create-municipality.js';
import { referenceMunicipality } from '../../integrations/places-sweden/municipality-reference.js';
import { CommandError, printTable, runWithRuntime } from '../run-command.js';

export function registerMunicipalityCommands(program: Command): void {
  const municipality = program.command('municipality').description('municipalities (tenants)');

  municipality
    .command('create')
    .description(
      "create a municipality with its boundary (SCB), a Distrikt layer (Lantmäteriet), the police's utsatta områden in it and, for Stockholm, its stadsdelar",
    )
    .requiredOption('--code <kommunkod>', 'four digits, e.g. 0126')
    .option('--name <name>', 'the name (default: from SCB)')
    .action((options: { code: string; name?: string }) =>
      runWithRuntime(async ({ deps }) => {
        const reference = await referenceMunicipality(options.code);
        const name = options.name ?? reference?.name;
        if (!name) throw new CommandError(`SCB has no municipality ${options.code}; give --name.`);
        const created = await createMunicipality(deps, {
          code: options.code,
          name,
          boundary: reference?.boundary ?? null,
          layers: reference?.layers ?? [],
        });
        console.log(`Created ${created.name} (${created.code}), id ${created.id}.`);
        for (const layer of await deps.store.municipalities.listDistrictLayers(created.id)) {
          console.log(
            `  layer "${layer.name}": ${layer.districtCount} districts (${layer.source ?? ''})`,
          );
        }
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
