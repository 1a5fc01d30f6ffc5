import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { roles, type Role } from '../../domain/access/roles.js';
import { createPasswordResetLink } from '../../domain/accounts/create-password-reset-link.js';
import { inviteUser } from '../../domain/accounts/invite-user.js';
import { listUsers } from '../../domain/accounts/list-users.js';
import { setUserDisabled } from '../../domain/accounts/set-user-disabled.js';
import type { DeliveredLink } from '../../domain/accounts/issue-link.js';
import { CommandError, municipalityByCode, printTable, runWithRuntime } from '../run-command.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function printLink(link: DeliveredLink, what: string): void {
  if (link.isEmailed)
    console.log(`The ${what} link was e-mailed; it works until ${link.expiresAt}.`);
  else
    console.log(
      `Give the user this ${what} link (works once, until ${link.expiresAt}):\n${link.link}`,
    );
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('user accounts');

  user
    .command('create')
    .description('create an account; its holder chooses a password through a one-time link')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--organisation <id>', 'the organisation id (see organisation list)')
    .requiredOption('--email <address>', 'the login name')
    .requiredOption('--name <name>', 'the display name')
    .option('--role <role>', `repeat for several: ${roles.join(', ')}`, collect, [])
    .action(
      (options: {
        municipality: string;
        organisation: string;
        email: string;
        name: string;
        role: string[];
      }) =>
        runWithRuntime(async ({ deps }) => {
          const unknown = options.role.filter(
            (role) => !(roles as readonly string[]).includes(role),
          );
          if (options.role.length === 0 || unknown.length > 0) {
            throw new CommandError(`Give at least one --role, each one of: ${roles.join(', ')}.`);
          }
          const municipality = await municipalityByCode(deps, options.municipality);
          const { user: created, invitation } = await inviteUser(
            deps,
            commandLineOperator(municipality.id),
            {
              email: options.email,
              displayName: options.name,
              organisationId: options.organisation,
              roles: options.role as Role[],
            },
          );
          console.log(`Created ${created.email} (${created.roles.join(', ')}), id ${created.id}.`);
          printLink(invitation, 'invitation');
        }),
    );

  user
    .command('list')
    .description('list the accounts')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .action((options: { municipality: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const users = await listUsers(deps, commandLineOperator(municipality.id), {});
        printTable(
          users.map((item) => ({
            id: item.id,
            email: item.email,
            name: item.displayName,
            organisation: item.organisation.name,
            roles: item.roles.join(','),
            status: item.status,
          })),
        );
      }),
    );

  for (const [name, isDisabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(isDisabled ? 'disable an account and end its sessions' : 'enable an account')
      .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
      .requiredOption('--id <id>', 'the user id (see user list)')
      .action((options: { municipality: string; id: string }) =>
        runWithRuntime(async ({ deps }) => {
          const municipality = await municipalityByCode(deps, options.municipality);
          const changed = await setUserDisabled(
            deps,
            commandLineOperator(municipality.id),
            options.id,
            isDisabled,
          );
          console.log(`${changed.email} is now ${changed.status}.`);
        }),
      );
  }

  user
    .command('password-link')
    .description('create a one-time link to set a new password (for a locked-out admin, say)')
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--id <id>', 'the user id (see user list)')
    .action((options: { municipality: string; id: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        printLink(
          await createPasswordResetLink(deps, commandLineOperator(municipality.id), options.id),
          'password',
        );
      }),
    );
}
