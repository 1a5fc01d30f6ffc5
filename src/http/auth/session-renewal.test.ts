import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

const newPassword = 'ett nytt och mycket längre lösenord';
const sessionCookie = '__Host-tryggve_session';
const csrfCookie = '__Host-tryggve_csrf';

describeEachDialect('cookies over https and a password change', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let organisation: Organisation;

  beforeAll(async () => {
    deps = testDeps(database());
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps, { isSecure: true });
  });
  afterAll(() => app.close());

  it('binds the CSRF cookie to the origin with the __Host- prefix, as the session cookie', async () => {
    const visit = await app.inject({ method: 'GET', url: '/api/session' });
    const csrf = visit.cookies.find((cookie) => cookie.name === csrfCookie);
    expect(csrf).toMatchObject({ secure: true, path: '/', sameSite: 'Strict' });
    expect(csrf?.domain).toBeUndefined();
    expect(visit.cookies.map((cookie) => cookie.name)).not.toContain('tryggve_csrf');

    const user = await makeUser(deps, organisation, ['viewer']);
    const client = await new TestClient(app).signIn(user.email);
    expect(client.cookie(csrfCookie)).toBeDefined();
    const plainName = await app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: {
        cookie: `${sessionCookie}=${client.cookie(sessionCookie)}; tryggve_csrf=${client.csrfToken()}`,
        'x-csrf-token': client.csrfToken(),
      },
      payload: { locale: 'en' },
    });
    expect(plainName.statusCode).toBe(403);
    expect((await client.patch('/api/account', { locale: 'en' })).statusCode).toBe(200);
  });

  it('renews the session and CSRF tokens on a password change and ends the other sessions', async () => {
    const user = await makeUser(deps, organisation, ['viewer']);
    const here = await new TestClient(app).signIn(user.email);
    const elsewhere = await new TestClient(app).signIn(user.email);
    const [oldSession, oldCsrf] = [here.cookie(sessionCookie), here.csrfToken()];

    const changed = await here.post('/api/account/password', {
      currentPassword: 'korrekt häftklammer batteri häst',
      newPassword,
    });
    expect(changed.statusCode).toBe(204);
    expect(here.cookie(sessionCookie)).not.toBe(oldSession);
    expect(here.csrfToken()).not.toBe(oldCsrf);
    expect((await here.get('/api/municipality')).statusCode).toBe(200);
    expect((await here.patch('/api/account', { locale: 'en' })).statusCode).toBe(200);
    expect((await elsewhere.get('/api/municipality')).statusCode).toBe(401);

    const withOldCookie = await app.inject({
      method: 'GET',
      url: '/api/municipality',
      headers: { cookie: `${sessionCookie}=${oldSession}` },
    });
    expect(withOldCookie.statusCode).toBe(401);
    const withOldCsrf = await app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: {
        cookie: `${sessionCookie}=${here.cookie(sessionCookie)}; ${csrfCookie}=${oldCsrf}`,
        'x-csrf-token': oldCsrf,
      },
      payload: { locale: 'sv' },
    });
    expect(withOldCsrf.statusCode).toBe(403);
  });
});
