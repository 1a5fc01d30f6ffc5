import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
  testPassword,
} from '../../../test/support/factories.js';
import type { Deps } from '../deps.js';
import { logIn } from './log-in.js';
import type { User } from './user.js';

describeEachDialect('logging in', (database) => {
  let deps: Deps;
  let user: User;
  const clock = testClock('2026-11-27T08:00:00Z');

  beforeAll(async () => {
    deps = testDeps(database(), { clock });
    user = await makeUser(deps, await makeOrganisation(deps, (await makeMunicipality(deps)).id), [
      'reporter',
    ]);
  });

  it('logs every failure, and every attempt while the address is locked, in the municipality’s chain', async () => {
    for (let attempt = 0; attempt < deps.settings.loginMaxAttempts; attempt += 1) {
      await expect(
        logIn(deps, { email: user.email, password: 'fel lösenord igen och igen' }),
      ).rejects.toMatchObject({
        code: 'AUTH_INVALID_CREDENTIALS',
      });
    }
    await expect(logIn(deps, { email: user.email, password: testPassword })).rejects.toMatchObject({
      code: 'AUTH_TOO_MANY_ATTEMPTS',
    });
    const entries = await deps.store.audit.list(user.municipalityId, { limit: 20 });
    expect(entries.map((entry) => `${entry.action}:${entry.outcome}`)).toEqual([
      'auth.login:denied',
      ...Array.from({ length: deps.settings.loginMaxAttempts }, () => 'auth.login:failure'),
    ]);
    expect(entries[0]?.details).toMatchObject({ reason: 'locked' });

    clock.advanceMinutes(deps.settings.loginLockoutMinutes + 1);
    await expect(logIn(deps, { email: user.email, password: testPassword })).resolves.toMatchObject(
      {
        context: { user: { id: user.id } },
      },
    );
  });
});
