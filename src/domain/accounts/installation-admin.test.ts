import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { commandLineOperator } from '../access/actor.js';
import type { Deps } from '../deps.js';
import type { Organisation } from '../organisations/organisation.js';
import { createPasswordResetLink } from './create-password-reset-link.js';
import { isInstallationAdmin } from './installation-admin.js';
import { inviteUser } from './invite-user.js';
import type { User } from './user.js';

describeEachDialect('who is an installation admin', (database) => {
  let deps: Deps;
  let organisation: Organisation;
  let municipalAdmin: User;

  beforeAll(async () => {
    deps = testDeps(database(), {
      installationAdminEmails: ['Drift@Example.se', 'tidig@example.se', 'cli@example.se'],
    });
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    municipalAdmin = await makeUser(deps, organisation, ['admin']);
  });

  const invite = (actor: Parameters<typeof inviteUser>[1], email: string) =>
    inviteUser(deps, actor, {
      email,
      displayName: 'Drift Driftsson',
      organisationId: organisation.id,
      roles: ['admin'],
    });

  it('gives a municipal admin who invites a listed address the answer a fresh address gets, but makes no account', async () => {
    const answer = await invite(actorFor(municipalAdmin), 'DRIFT@example.se');
    expect(answer.user.email).toBe('drift@example.se');
    expect(answer.invitation.isEmailed).toBe(false);
    expect(answer.invitation.link).toMatch(/#/);
    expect(await deps.store.users.findByEmail('drift@example.se')).toBeNull();
    const entries = await deps.store.audit.list(municipalAdmin.municipalityId, {
      action: 'user.create',
      limit: 5,
    });
    expect(entries[0]).toMatchObject({
      outcome: 'denied',
      details: { reason: 'address_reserved' },
    });
  });

  it('does not make an account a municipal admin invited an installation admin, even once it is listed', async () => {
    // Invited before the operator listed the address: the admin chose who holds it.
    const unlisted: Deps = { ...deps, installationAdminEmails: [] };
    const invited = await inviteUser(unlisted, actorFor(municipalAdmin), {
      email: 'tidig@example.se',
      displayName: 'Tidig',
      organisationId: organisation.id,
      roles: ['admin'],
    });
    const account = await deps.store.users.findByEmail('tidig@example.se');
    expect(account?.id).toBe(invited.user.id);
    expect(await isInstallationAdmin(deps, actorFor(account!))).toBe(false);
  });

  it('makes an installation admin of a listed account the command line invited', async () => {
    await invite(commandLineOperator(organisation.municipalityId), 'cli@example.se');
    const account = await deps.store.users.findByEmail('cli@example.se');
    expect(account).not.toBeNull();
    expect(await isInstallationAdmin(deps, actorFor(account!))).toBe(true);
    expect(await isInstallationAdmin(deps, actorFor(municipalAdmin))).toBe(false);
  });

  it('refuses anyone a password link for an installation admin’s account: it gets links from the command line or its own mailbox only', async () => {
    const account = await deps.store.users.findByEmail('cli@example.se');
    await expect(
      createPasswordResetLink(deps, actorFor(municipalAdmin), account!.id),
    ).rejects.toMatchObject({ code: 'INSTALLATION_ADMIN_ACCOUNT' });
    await expect(
      createPasswordResetLink(deps, actorFor(account!), account!.id),
    ).rejects.toMatchObject({ code: 'INSTALLATION_ADMIN_ACCOUNT' });
    expect(await isInstallationAdmin(deps, actorFor(account!))).toBe(true);
  });

  it('does not make an installation admin of an account a municipal admin gave a password link before it was listed', async () => {
    const unlisted: Deps = { ...deps, installationAdminEmails: [] };
    const account = await makeUser(unlisted, organisation, ['admin'], { email: 'sen@example.se' });
    await createPasswordResetLink(unlisted, actorFor(municipalAdmin), account.id);
    const listed: Deps = { ...deps, installationAdminEmails: ['sen@example.se'] };
    expect(await isInstallationAdmin(listed, actorFor(account))).toBe(false);
  });
});
