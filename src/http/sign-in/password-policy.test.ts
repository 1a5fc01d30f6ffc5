import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
  testPassword,
  type TestClock,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/oidc-provider.js';
import { providerSettings, testRedirectUri } from '../../../test/support/provider-sign-in.js';
import type { User } from '../../domain/accounts/user.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { totpCode } from '../../domain/sign-in/second-factor.js';

describeEachDialect('switching passwords off, with a break-glass admin', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let clock: TestClock;
  let here: Organisation;
  let provider: TestOidcProvider;
  let breakGlass: User;
  let breakGlassSecret: string;
  let admin: TestClient;

  beforeAll(async () => {
    clock = testClock(new Date().toISOString());
    deps = testDeps(database(), { clock });
    here = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    provider = await startTestOidcProvider({ redirectUri: testRedirectUri });
    app = await buildTestApp(deps);
    breakGlass = await makeUser(deps, here, ['admin']);
    const own = await new TestClient(app).signIn(breakGlass.email);
    breakGlassSecret = (await own.post('/api/account/second-factor/enrolment')).json().secret;
    await own.post('/api/account/second-factor/confirmation', {
      code: totpCode(breakGlassSecret, clock()),
    });
    clock.advanceMinutes(1);
    admin = await new TestClient(app).signIn((await makeUser(deps, here, ['admin'])).email);
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  const policy = (fields: object) => ({
    isPasswordSignInDisabled: true,
    breakGlassUserId: breakGlass.id,
    isSecondFactorRequired: false,
    ...fields,
  });

  it('keeps the sign-in settings to admins', async () => {
    const coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, here, ['viewer'])).email,
    );
    expect((await coordinator.get('/api/municipality/sign-in')).statusCode).toBe(403);
  });

  it('refuses to switch passwords off before the provider is configured', async () => {
    const refused = await admin.put('/api/municipality/sign-in/policy', policy({}));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.problems[0]).toMatchObject({ problem: 'no_provider' });
  });

  it('refuses a break-glass account that is no admin or has no second factor', async () => {
    await admin.put(
      '/api/municipality/sign-in/provider',
      providerSettings(provider, { domain: 'p-kommun.se', organisationId: here.id }),
    );
    const coordinator = await makeUser(deps, here, ['coordinator']);
    const otherAdmin = await makeUser(deps, here, ['admin']);
    for (const [user, problem] of [
      [coordinator, 'not_an_active_admin'],
      [otherAdmin, 'no_second_factor'],
    ] as const) {
      const refused = await admin.put(
        '/api/municipality/sign-in/policy',
        policy({ breakGlassUserId: user.id }),
      );
      expect(refused.json().details.problems[0]).toMatchObject({ problem });
    }
    const withoutOne = await admin.put(
      '/api/municipality/sign-in/policy',
      policy({ breakGlassUserId: null }),
    );
    expect(withoutOne.json().details.problems[0]).toMatchObject({ problem: 'required' });
  });

  it('lets only the break-glass admin use a password, and shows each such sign-in to the admins', async () => {
    const saved = await admin.put('/api/municipality/sign-in/policy', policy({}));
    expect(saved.statusCode).toBe(200);
    const coordinator = await makeUser(deps, here, ['coordinator']);
    const refused = await new TestClient(app).post('/api/session', {
      email: coordinator.email,
      password: testPassword,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('PASSWORD_SIGN_IN_DISABLED');
    // A wrong password still gets the same answer as ever: nothing is revealed without it.
    const guessed = await new TestClient(app).post('/api/session', {
      email: coordinator.email,
      password: 'fel lösenord helt och hållet',
    });
    expect(guessed.json().code).toBe('AUTH_INVALID_CREDENTIALS');

    const browser = new TestClient(app);
    const signedIn = await browser.post('/api/session', {
      email: breakGlass.email,
      password: testPassword,
    });
    expect(signedIn.json().user.pendingStep).toBe('verify_second_factor');
    const verified = await browser.post('/api/account/second-factor/verification', {
      code: totpCode(breakGlassSecret, clock()),
    });
    expect(verified.statusCode).toBe(200);
    const settings = (await admin.get('/api/municipality/sign-in')).json();
    expect(settings.breakGlassSignIns[0]).toMatchObject({ userId: breakGlass.id });
    expect(settings.policy).toMatchObject({ isPasswordSignInDisabled: true });
  });
});
