import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { listPoliceTypeMappings } from '../../domain/police-types/list-police-type-mappings.js';
import {
  resetPoliceTypeMapping,
  setPoliceTypeMapping,
} from '../../domain/police-types/set-police-type-mapping.js';
import { defaultPoliceEventTypeMapping } from '../../integrations/polisen/event-type-mapping.js';
import { CommandError, municipalityByCode, printTable, runWithRuntime } from '../run-command.js';

/** `tryggve police-type`: which category each police event type becomes in a municipality. */
export function registerPoliceTypeCommands(program: Command): void {
  const command = program
    .command('police-type')
    .description('which category each police event type becomes; the next import applies changes');

  command
    .command('list')
    .description("the default mapping, with the municipality's own entries marked")
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .action((options: { municipality: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const own = new Map(
          (await listPoliceTypeMappings(deps, commandLineOperator(municipality.id))).map((item) => [
            item.policeType,
            item.categoryCode,
          ]),
        );
        const types = [...new Set([...Object.keys(defaultPoliceEventTypeMapping), ...own.keys()])];
        printTable(
          types.map((type) => {
            const category = own.has(type) ? own.get(type) : defaultPoliceEventTypeMapping[type];
            return {
              type,
              category: category ?? '(not an incident)',
              own: own.has(type) ? 'yes' : '',
            };
          }),
        );
      }),
    );

  command
    .command('set')
    .description("set the municipality's own category for a police event type (audited)")
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption(
      '--type <police type>',
      'as the feed writes it, e.g. "Farligt föremål, misstänkt"',
    )
    .option('--category <code>', 'a category code of the taxonomy')
    .option('--not-an-incident', 'events of the type are not incidents')
    .action(
      (options: {
        municipality: string;
        type: string;
        category?: string;
        notAnIncident?: boolean;
      }) =>
        runWithRuntime(async ({ deps }) => {
          if ((options.category === undefined) === (options.notAnIncident !== true)) {
            throw new CommandError('Give either --category <code> or --not-an-incident.');
          }
          const municipality = await municipalityByCode(deps, options.municipality);
          const saved = await setPoliceTypeMapping(deps, commandLineOperator(municipality.id), {
            policeType: options.type,
            categoryCode: options.category ?? null,
          });
          console.log(
            `"${saved.policeType}" becomes ${saved.categoryCode ?? '(not an incident)'} in ${municipality.name}; the next police import applies it.`,
          );
        }),
    );

  command
    .command('reset')
    .description('go back to the default category for a police event type (audited)')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--type <police type>', 'as the feed writes it')
    .action((options: { municipality: string; type: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        await resetPoliceTypeMapping(deps, commandLineOperator(municipality.id), options.type);
        console.log(`"${options.type}" follows the default mapping again in ${municipality.name}.`);
      }),
    );
}
