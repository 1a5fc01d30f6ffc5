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
import type { Database } from '../../storage/db.js';

async function countRows(database: Database, table: 'audit_log' | 'organisations' | 'sessions') {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describeEachDialect('the CSRF check and the own account', (database) => {
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

  describe('the CSRF check', () => {
    it('refuses a state change without the header and writes nothing', async () => {
      const admin = await makeUser(deps, organisation, ['admin']);
      const client = await new TestClient(app).signIn(admin.email);
      const [organisationsBefore, auditBefore] = [
        await countRows(database(), 'organisations'),
        await countRows(database(), 'audit_log'),
      ];
      const response = await client.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: 'Polisen Syd', kind: 'police' },
        isCsrfOmitted: true,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
      expect(await countRows(database(), 'organisations')).toBe(organisationsBefore);
      expect(await countRows(database(), 'audit_log')).toBe(auditBefore);
    });

    it('refuses a state change with a wrong header and writes nothing', async () => {
      const admin = await makeUser(deps, organisation, ['admin']);
      const client = await new TestClient(app).signIn(admin.email);
      const organisationsBefore = await countRows(database(), 'organisations');
      const response = await client.request({
        method: 'POST',
        url: '/api/organisations',
        payload: { name: 'Polisen Nord', kind: 'police' },
        isCsrfOmitted: true,
        headers: { 'x-csrf-token': 'gissat-värde-som-inte-stämmer' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
      expect(await countRows(database(), 'organisations')).toBe(organisationsBefore);
    });

    it("refuses a cookie and header that match each other but not the session's token", async () => {
      const admin = await makeUser(deps, organisation, ['admin']);
      const signedIn = await new TestClient(app).post('/api/session', {
        email: admin.email,
        password: testPassword,
      });
      const sessionToken = signedIn.cookies.find((cookie) => cookie.name === 'tryggve_session');
      const forged = 'ett-eget-värde-som-angriparen-valt';
      const organisationsBefore = await countRows(database(), 'organisations');
      const response = await app.inject({
        method: 'POST',
        url: '/api/organisations',
        cookies: { tryggve_session: sessionToken?.value ?? '', tryggve_csrf: forged },
        headers: { 'x-csrf-token': forged },
        payload: { name: 'Räddningstjänsten', kind: 'fire_service' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
      expect(await countRows(database(), 'organisations')).toBe(organisationsBefore);
    });

    it('refuses a sign-in without the header and starts no session', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const sessionsBefore = await countRows(database(), 'sessions');
      const response = await new TestClient(app).request({
        method: 'POST',
        url: '/api/session',
        payload: { email: user.email, password: testPassword },
        isCsrfOmitted: true,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
      expect(await countRows(database(), 'sessions')).toBe(sessionsBefore);
    });

    it('refuses a logout without the header and keeps the session', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const client = await new TestClient(app).signIn(user.email);
      const response = await client.request({
        method: 'DELETE',
        url: '/api/session',
        isCsrfOmitted: true,
      });
      expect(response.statusCode).toBe(403);
      expect((await client.get('/api/session')).json().user.id).toBe(user.id);
    });
  });

  describe('updating the own account', () => {
    it('changes the language and the name, and refuses unknown fields', async () => {
      const user = await makeUser(deps, organisation, ['viewer']);
      const client = await new TestClient(app).signIn(user.email);
      const response = await client.patch('/api/account', {
        locale: 'en',
        displayName: ' Ny Namnsson ',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ locale: 'en', displayName: 'Ny Namnsson' });

      const withRoles = await client.patch('/api/account', { roles: ['admin'] });
      expect(withRoles.statusCode).toBe(400);
      expect(withRoles.json().code).toBe('VALIDATION_FAILED');
      expect((await client.get('/api/session')).json().user.roles).toEqual(['viewer']);
    });
  });
});
