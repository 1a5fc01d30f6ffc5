import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

const newPassword = 'ett nytt och mycket längre lösenord';

describeEachDialect('signing in and out', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let clock: TestClock;
  let organisation: Organisation;

  beforeAll(async () => {
    clock = testClock();
    deps = testDeps(database(), { clock });
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  describe('signing in', () => {
    it('signs in with the right password and sets a strict, HttpOnly session cookie', async () => {
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = new TestClient(app);
      const response = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ id: user.id, roles: ['analyst'] });

      const session = response.cookies.find((cookie) => cookie.name === 'tryggve_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(session?.value.length).toBeGreaterThanOrEqual(40);
      const csrf = response.cookies.find((cookie) => cookie.name === 'tryggve_csrf');
      expect(csrf).toMatchObject({ sameSite: 'Strict', path: '/' });
      expect(csrf?.httpOnly).toBeFalsy();

      const current = await client.get('/api/session');
      expect(current.json().user.id).toBe(user.id);
    });

    it('accepts the address in another case and with spaces around it', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const client = new TestClient(app);
      const response = await client.post('/api/session', {
        email: `  ${user.email.toUpperCase()} `,
        password: testPassword,
      });
      expect(response.statusCode).toBe(200);
    });

    it('gives a wrong password and an unknown address the same 401 answer', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const client = new TestClient(app);
      const wrongPassword = await client.post('/api/session', {
        email: user.email,
        password: 'inte alls rätt lösenord här',
      });
      const unknownAddress = await client.post('/api/session', {
        email: 'finns-inte@example.se',
        password: testPassword,
      });
      expect(wrongPassword.statusCode).toBe(401);
      expect(wrongPassword.json().code).toBe('AUTH_INVALID_CREDENTIALS');
      expect(unknownAddress.statusCode).toBe(401);
      expect(unknownAddress.body).toBe(wrongPassword.body);
      expect(wrongPassword.cookies.some((cookie) => cookie.name === 'tryggve_session')).toBe(false);
    });

    it('gives an invited account (no password yet) the same 401 answer', async () => {
      const invited = await makeUser(deps, organisation, ['viewer'], { isInvited: true });
      const response = await new TestClient(app).post('/api/session', {
        email: invited.email,
        password: testPassword,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    });

    it('locks an address for the lockout period after five failures, then lets it in again', async () => {
      const user = await makeUser(deps, organisation, ['reporter']);
      const client = new TestClient(app);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const failure = await client.post('/api/session', {
          email: user.email,
          password: `fel lösenord nummer ${attempt}`,
        });
        expect(failure.statusCode).toBe(401);
      }
      const locked = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({
        code: 'AUTH_TOO_MANY_ATTEMPTS',
        details: { retryAfterSeconds: 15 * 60 },
      });
      expect(locked.headers['retry-after']).toBe(String(15 * 60));

      clock.advanceMinutes(14);
      const stillLocked = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(stillLocked.statusCode).toBe(429);
      expect(stillLocked.json().details.retryAfterSeconds).toBe(60);

      clock.advanceMinutes(1);
      const unlocked = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(unlocked.statusCode).toBe(200);
    });

    it('does not lock after four failures', async () => {
      const user = await makeUser(deps, organisation, ['reporter']);
      const client = new TestClient(app);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await client.post('/api/session', { email: user.email, password: 'fel lösenord igen' });
      }
      const response = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(response.statusCode).toBe(200);
    });

    it('locks an unknown address the same way, so a lockout reveals nothing', async () => {
      const client = new TestClient(app);
      const email = `ingen-${Date.now()}@example.se`;
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const failure = await client.post('/api/session', { email, password: testPassword });
        expect(failure.statusCode).toBe(401);
      }
      const locked = await client.post('/api/session', { email, password: testPassword });
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({
        code: 'AUTH_TOO_MANY_ATTEMPTS',
        details: { retryAfterSeconds: 15 * 60 },
      });
    });
  });

  describe('the session', () => {
    it('ends after the idle period without requests', async () => {
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = await new TestClient(app).signIn(user.email);
      clock.advanceMinutes(121);
      expect((await client.get('/api/session')).json().user).toBeNull();
      const response = await client.get('/api/municipality');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('AUTH_REQUIRED');
    });

    it('stays alive while the user keeps making requests', async () => {
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = await new TestClient(app).signIn(user.email);
      for (let step = 0; step < 3; step += 1) {
        clock.advanceMinutes(100);
        expect((await client.get('/api/municipality')).statusCode).toBe(200);
      }
    });

    it('ends at the absolute limit however active the user is', async () => {
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = await new TestClient(app).signIn(user.email);
      for (let step = 0; step < 6; step += 1) {
        clock.advanceMinutes(110);
        expect((await client.get('/api/municipality')).statusCode).toBe(200);
      }
      // 12 h 10 min after signing in: active 10 minutes ago, but past the 12-hour maximum.
      clock.advanceMinutes(70);
      expect((await client.get('/api/municipality')).statusCode).toBe(401);
    });

    it('ends at logout, and the old cookie no longer works', async () => {
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = new TestClient(app);
      const signedIn = await client.post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      const token = signedIn.cookies.find((cookie) => cookie.name === 'tryggve_session')?.value;

      const logout = await client.delete('/api/session');
      expect(logout.statusCode).toBe(204);
      expect((await client.get('/api/session')).json().user).toBeNull();

      const replayed = await app.inject({
        method: 'GET',
        url: '/api/municipality',
        cookies: { tryggve_session: token ?? '' },
      });
      expect(replayed.statusCode).toBe(401);
    });
  });

  describe('changing the password', () => {
    it('refuses a wrong current password with 401 and keeps the old one', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const client = await new TestClient(app).signIn(user.email);
      const response = await client.post('/api/account/password', {
        currentPassword: 'inte mitt nuvarande lösenord',
        newPassword,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('AUTH_INVALID_CREDENTIALS');
      await new TestClient(app).signIn(user.email, testPassword);
    });

    it('refuses a weak password with 400 PASSWORD_TOO_WEAK and the reasons', async () => {
      const user = await makeUser(deps, organisation, ['viewer'], {
        displayName: 'Greta Lundqvist',
      });
      const client = await new TestClient(app).signIn(user.email);
      const tooShort = await client.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword: 'kort ord',
      });
      expect(tooShort.statusCode).toBe(400);
      expect(tooShort.json()).toMatchObject({
        code: 'PASSWORD_TOO_WEAK',
        details: { reasons: ['too_short'] },
      });
      const personal = await client.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword: 'lundqvist är mitt efternamn',
      });
      expect(personal.json().details.reasons).toEqual(['contains_personal_information']);
      const common = await client.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword: 'aaaaaaaaaaaaaaaaaaaa',
      });
      expect(common.json().details.reasons).toEqual(['too_common']);
      await new TestClient(app).signIn(user.email, testPassword);
    });

    it("ends the user's other sessions but keeps this one", async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const here = await new TestClient(app).signIn(user.email);
      const elsewhere = await new TestClient(app).signIn(user.email);
      const response = await here.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword,
      });
      expect(response.statusCode).toBe(204);
      expect((await here.get('/api/municipality')).statusCode).toBe(200);
      expect((await elsewhere.get('/api/municipality')).statusCode).toBe(401);

      const withOld = await new TestClient(app).post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(withOld.statusCode).toBe(401);
      await new TestClient(app).signIn(user.email, newPassword);
    });
  });
});

describeEachDialect('the sign-in rate limit', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testDeps(database()), { authPerMinute: 3 });
  });
  afterAll(() => app.close());

  it('answers 429 RATE_LIMITED past the per-minute limit of the sign-in routes', async () => {
    const client = new TestClient(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await client.post('/api/session', {
        email: `okänd-${attempt}@example.se`,
        password: testPassword,
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });
});
