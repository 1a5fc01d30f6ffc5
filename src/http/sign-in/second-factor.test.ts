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
import type { Role } from '../../domain/access/roles.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { totpCode } from '../../domain/sign-in/second-factor.js';
import { defaultSignInPolicy } from '../../domain/sign-in/sign-in.js';

describeEachDialect('the second factor (TOTP)', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let clock: TestClock;
  let here: Organisation;

  beforeAll(async () => {
    clock = testClock(new Date().toISOString());
    deps = testDeps(database(), { clock });
    here = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    await deps.store.signIn.savePolicy({
      ...defaultSignInPolicy(here.municipalityId),
      isSecondFactorRequired: true,
    });
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function signInWithPassword(email: string) {
    const browser = new TestClient(app);
    const response = await browser.post('/api/session', { email, password: testPassword });
    expect(response.statusCode).toBe(200);
    return { browser, pendingStep: response.json().user.pendingStep as string | null };
  }

  /** A user with a confirmed second factor: its secret and recovery codes. */
  async function enrolled(roles: Role[]) {
    const user = await makeUser(deps, here, roles);
    const { browser } = await signInWithPassword(user.email);
    const { secret } = (await browser.post('/api/account/second-factor/enrolment')).json();
    const confirmed = await browser.post('/api/account/second-factor/confirmation', {
      code: totpCode(secret, clock()),
    });
    expect(confirmed.statusCode).toBe(200);
    clock.advanceMinutes(1);
    return {
      user,
      secret: secret as string,
      recoveryCodes: confirmed.json().recoveryCodes as string[],
    };
  }

  it('limits the session of a coordinator who must enrol to enrolment, until the first code', async () => {
    const user = await makeUser(deps, here, ['coordinator']);
    const { browser, pendingStep } = await signInWithPassword(user.email);
    expect(pendingStep).toBe('enrol_second_factor');
    const refused = await browser.get('/api/incidents');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await browser.patch('/api/account', { locale: 'en' })).statusCode).toBe(403);

    const enrolment = await browser.post('/api/account/second-factor/enrolment');
    expect(enrolment.statusCode).toBe(200);
    const { secret, uri } = enrolment.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Tryggve:/);
    const wrong = await browser.post('/api/account/second-factor/confirmation', { code: '000000' });
    expect(wrong.json().code).toBe('SECOND_FACTOR_INVALID');
    const confirmed = await browser.post('/api/account/second-factor/confirmation', {
      code: totpCode(secret, clock()),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    expect((await browser.get('/api/session')).json().user.pendingStep).toBeNull();
    expect((await browser.get('/api/incidents')).statusCode).toBe(200);
  });

  it('lets a viewer, who reads no personal data, in with a password alone', async () => {
    const user = await makeUser(deps, here, ['viewer']);
    expect((await signInWithPassword(user.email)).pendingStep).toBeNull();
  });

  it('keeps an enrolled admin out until the code, and accepts each code once', async () => {
    const { user, secret } = await enrolled(['admin']);
    const { browser, pendingStep } = await signInWithPassword(user.email);
    expect(pendingStep).toBe('verify_second_factor');
    expect((await browser.get('/api/users')).json().code).toBe('SECOND_FACTOR_REQUIRED');
    const code = totpCode(secret, clock());
    const verified = await browser.post('/api/account/second-factor/verification', { code });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user.pendingStep).toBeNull();
    expect((await browser.get('/api/users')).statusCode).toBe(200);

    const again = await signInWithPassword(user.email);
    const replayed = await again.browser.post('/api/account/second-factor/verification', { code });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().code).toBe('SECOND_FACTOR_INVALID');
    expect((await again.browser.get('/api/users')).statusCode).toBe(403);
  });

  it('accepts a recovery code once', async () => {
    const { user, recoveryCodes } = await enrolled(['caseworker']);
    const first = await signInWithPassword(user.email);
    const used = await first.browser.post('/api/account/second-factor/verification', {
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(used.statusCode).toBe(200);
    const second = await signInWithPassword(user.email);
    const reused = await second.browser.post('/api/account/second-factor/verification', {
      code: recoveryCodes[0],
    });
    expect(reused.json().code).toBe('SECOND_FACTOR_INVALID');
  });

  it('locks the second factor after as many wrong codes as a password', async () => {
    const { user, secret } = await enrolled(['procurement']);
    const { browser } = await signInWithPassword(user.email);
    for (let attempt = 1; attempt <= deps.settings.loginMaxAttempts; attempt += 1) {
      await browser.post('/api/account/second-factor/verification', { code: '000000' });
    }
    const locked = await browser.post('/api/account/second-factor/verification', {
      code: totpCode(secret, clock()),
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('AUTH_TOO_MANY_ATTEMPTS');
  });

  it('lets an admin reset another user’s second factor, audited, ending their sessions', async () => {
    const { user, secret } = await enrolled(['coordinator']);
    const signedIn = await signInWithPassword(user.email);
    await signedIn.browser.post('/api/account/second-factor/verification', {
      code: totpCode(secret, clock()),
    });
    const { user: adminUser, secret: adminSecret } = await enrolled(['admin']);
    const admin = (await signInWithPassword(adminUser.email)).browser;
    await admin.post('/api/account/second-factor/verification', {
      code: totpCode(adminSecret, clock()),
    });
    const reset = await admin.delete(`/api/users/${user.id}/second-factor`);
    expect(reset.statusCode).toBe(204);
    expect((await signedIn.browser.get('/api/session')).json()).toEqual({ user: null });
    expect((await signInWithPassword(user.email)).pendingStep).toBe('enrol_second_factor');
    const [entry] = await deps.store.audit.list(here.municipalityId, {
      action: 'second_factor.reset',
      limit: 1,
    });
    expect(entry).toMatchObject({ entityId: user.id, actorUserId: adminUser.id });

    const coordinator = (await signInWithPassword((await makeUser(deps, here, ['viewer'])).email))
      .browser;
    expect((await coordinator.delete(`/api/users/${user.id}/second-factor`)).statusCode).toBe(403);
  });
});
