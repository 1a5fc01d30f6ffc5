import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { createPasswordResetLink } from '../accounts/create-password-reset-link.js';
import { inviteUser } from '../accounts/invite-user.js';
import { listUsers } from '../accounts/list-users.js';
import { setUserDisabled } from '../accounts/set-user-disabled.js';
import { updateUser } from '../accounts/update-user.js';
import { listAuditEntries } from '../audit/list-audit-entries.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { listOrganisations } from '../organisations/list-organisations.js';
import { setOrganisationDisabled } from '../organisations/set-organisation-disabled.js';
import type { Actor } from './actor.js';

const isNotFound = (error: unknown) => error instanceof DomainError && error.code === 'NOT_FOUND';

describeEachDialect("one municipality's admin and another municipality's records", (database) => {
  let deps: Deps;
  let outsider: Actor;
  let theirUserId: string;
  let theirOrganisationId: string;

  beforeAll(async () => {
    deps = testDeps(database());
    const ours = await makeMunicipality(deps, 'Vår kommun');
    const theirs = await makeMunicipality(deps, 'Deras kommun');
    const ourOrganisation = await makeOrganisation(deps, ours.id);
    outsider = actorFor(await makeUser(deps, ourOrganisation, ['admin']));
    const theirOrganisation = await makeOrganisation(deps, theirs.id, {
      name: 'Deras förvaltning',
    });
    theirOrganisationId = theirOrganisation.id;
    theirUserId = (await makeUser(deps, theirOrganisation, ['admin', 'reporter'])).id;
    await makeUser(deps, theirOrganisation, ['admin']);
  });

  it('cannot see their users, organisations or audit entries in any list', async () => {
    const users = await listUsers(deps, outsider, {});
    expect(users.map((user) => user.id)).not.toContain(theirUserId);
    const organisations = await listOrganisations(deps, outsider);
    expect(organisations.map((organisation) => organisation.id)).not.toContain(theirOrganisationId);
    const audit = await listAuditEntries(deps, outsider, { limit: 200 });
    expect(audit.entries.every((entry) => entry.municipalityId === outsider.municipalityId)).toBe(
      true,
    );
  });

  it('gets "not found" for every action on their records, and changes nothing', async () => {
    const attempts = [
      () => updateUser(deps, outsider, theirUserId, { roles: ['viewer'] }),
      () => setUserDisabled(deps, outsider, theirUserId, true),
      () => createPasswordResetLink(deps, outsider, theirUserId),
      () => setOrganisationDisabled(deps, outsider, theirOrganisationId, true),
      () =>
        inviteUser(deps, outsider, {
          email: 'intrang@example.se',
          displayName: 'Inkräktare',
          organisationId: theirOrganisationId,
          roles: ['admin'],
        }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toSatisfy(isNotFound);
    }
    const user = await deps.store.users.findByIdUnscoped(theirUserId);
    expect(user).toMatchObject({ roles: ['admin', 'reporter'], disabledAt: null });
    expect(await deps.store.users.findByEmail('intrang@example.se')).toBeNull();
  });

  it('gets the same answer for their record as for one that does not exist', async () => {
    const theirs = await setUserDisabled(deps, outsider, theirUserId, true).catch(
      (error: DomainError) => error,
    );
    const missing = await setUserDisabled(deps, outsider, crypto.randomUUID(), true).catch(
      (error: DomainError) => error,
    );
    expect(theirs).toBeInstanceOf(DomainError);
    expect({ ...(theirs as DomainError), message: (theirs as DomainError).message }).toEqual({
      ...(missing as DomainError),
      message: (missing as DomainError).message,
    });
  });
});
