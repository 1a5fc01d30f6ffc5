import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { organisationKinds, type OrganisationKind } from '../../domain/access/roles.js';
import { createOrganisation } from '../../domain/organisations/create-organisation.js';
import { listOrganisations } from '../../domain/organisations/list-organisations.js';
import { setOrganisationDisabled } from '../../domain/organisations/set-organisation-disabled.js';
import { CommandError, municipalityByCode, printTable, runWithRuntime } from '../run-command.js';

export function registerOrganisationCommands(program: Command): void {
  const organisation = program
    .command('organisation')
    .description('organisations of a municipality');

  organisation
    .command('create')
    .description('add an organisation')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--name <name>', 'e.g. "Lokalpolisområde Huddinge"')
    .requiredOption('--kind <kind>', organisationKinds.join(' | '))
    .action((options: { municipality: string; name: string; kind: string }) =>
      runWithRuntime(async ({ deps }) => {
        if (!(organisationKinds as readonly string[]).includes(options.kind)) {
          throw new CommandError(`--kind must be one of: ${organisationKinds.join(', ')}.`);
        }
        const municipality = await municipalityByCode(deps, options.municipality);
        const created = await createOrganisation(deps, commandLineOperator(municipality.id), {
          name: options.name,
          kind: options.kind as OrganisationKind,
        });
        console.log(`Created ${created.name}, id ${created.id}.`);
      }),
    );

  organisation
    .command('list')
    .description('list the organisations')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .action((options: { municipality: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const organisations = await listOrganisations(deps, commandLineOperator(municipality.id));
        printTable(
          organisations.map((item) => ({
            id: item.id,
            name: item.name,
            kind: item.kind,
            users: String(item.userCount),
            status: item.disabledAt ? 'disabled' : 'active',
          })),
        );
      }),
    );

  for (const [name, isDisabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    organisation
      .command(name)
      .description(
        isDisabled
          ? 'disable an organisation; its users can no longer sign in'
          : 'enable an organisation',
      )
      .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
      .requiredOption('--id <id>', 'the organisation id (see organisation list)')
      .action((options: { municipality: string; id: string }) =>
        runWithRuntime(async ({ deps }) => {
          const municipality = await municipalityByCode(deps, options.municipality);
          const changed = await setOrganisationDisabled(
            deps,
            commandLineOperator(municipality.id),
            options.id,
            isDisabled,
          );
          console.log(`${changed.name} is now ${isDisabled ? 'disabled' : 'enabled'}.`);
        }),
      );
  }
}
