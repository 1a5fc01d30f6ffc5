import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
  testPassword,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps } from '../../domain/deps.js';

describeEachDialect('the users API: disabling accounts and password links', (database) => {
  let app: FastifyInstance;
  let deps: Deps;

  beforeAll(async () => {
    deps = testDeps(database());
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  /** A municipality of its own with one organisation and a signed-in admin. */
  async function setUp() {
    const municipality = await makeMunicipality(deps);
    const organisation = await makeOrganisation(deps, municipality.id);
    const adminUser = await makeUser(deps, organisation, ['admin']);
    const admin = await new TestClient(app).signIn(adminUser.email);
    return { municipality, organisation, adminUser, admin };
  }

  /** The audit entries a piece of work adds to the municipality's chain. */
  async function auditEntriesOf(municipalityId: string, work: () => Promise<unknown>) {
    const before = (await deps.store.audit.readHead(municipalityId))?.lastSeq ?? 0;
    await work();
    const entries = await deps.store.audit.readChain(municipalityId, before, 100);
    return entries.map(({ action, outcome, entityId }) => ({ action, outcome, entityId }));
  }

  describe('disabling and enabling', () => {
    it("ends a disabled user's session and sign-ins until enabled again", async () => {
      const { municipality, organisation, admin } = await setUp();
      const user = await makeUser(deps, organisation, ['analyst']);
      const client = await new TestClient(app).signIn(user.email);

      const disabling = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/users/${user.id}/disable`);
        expect(response.statusCode).toBe(200);
        expect(response.json().user.status).toBe('disabled');
      });
      expect(disabling).toEqual([
        { action: 'user.disable', outcome: 'success', entityId: user.id },
      ]);
      const afterwards = await client.get('/api/municipality');
      expect(afterwards.statusCode).toBe(401);
      expect(afterwards.json().code).toBe('AUTH_REQUIRED');
      const signIn = await new TestClient(app).post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(signIn.statusCode).toBe(401);
      expect(signIn.json().code).toBe('AUTH_INVALID_CREDENTIALS');

      const enabling = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/users/${user.id}/enable`);
        expect(response.statusCode).toBe(200);
        expect(response.json().user.status).toBe('active');
      });
      expect(enabling).toEqual([{ action: 'user.enable', outcome: 'success', entityId: user.id }]);
      expect((await client.get('/api/municipality')).statusCode).toBe(401);
      await new TestClient(app).signIn(user.email);
    });

    it('refuses to let admins disable themselves with 409 CANNOT_DISABLE_SELF', async () => {
      const { municipality, organisation, adminUser, admin } = await setUp();
      // Another admin, so that only the rule about oneself can refuse it.
      await makeUser(deps, organisation, ['admin']);
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/users/${adminUser.id}/disable`);
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('CANNOT_DISABLE_SELF');
      });
      expect(entries).toEqual([]);
      expect((await admin.get('/api/users')).statusCode).toBe(200);
    });

    it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
      const { admin } = await setUp();
      const unknown = await admin.post(`/api/users/${randomUUID()}/disable`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('NOT_FOUND');
      const malformed = await admin.post('/api/users/not-an-id/enable');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().details.issues[0].path).toEqual(['params', 'id']);
    });
  });

  describe('password links', () => {
    it('gives a reset link for an active account and a new invitation for an invited one', async () => {
      const { municipality, organisation, admin } = await setUp();
      const active = await makeUser(deps, organisation, ['reporter']);
      const invited = await makeUser(deps, organisation, ['reporter'], { isInvited: true });
      const entries = await auditEntriesOf(municipality.id, async () => {
        const reset = await admin.post(`/api/users/${active.id}/password-reset`);
        expect(reset.statusCode).toBe(201);
        expect(reset.json()).toMatchObject({ isEmailed: false });
        expect(reset.json().link).toMatch(
          /^http:\/\/tryggve\.test\/aterstall-losenord#[\w-]{40,}$/,
        );
        const invitationLink = await admin.post(`/api/users/${invited.id}/password-reset`);
        expect(invitationLink.json().link).toMatch(/^http:\/\/tryggve\.test\/inbjudan#[\w-]{40,}$/);
      });
      expect(entries).toEqual([
        { action: 'user.password_link', outcome: 'success', entityId: active.id },
        { action: 'user.password_link', outcome: 'success', entityId: invited.id },
      ]);
    });

    it('gives no link for a disabled account', async () => {
      const { organisation, admin } = await setUp();
      const user = await makeUser(deps, organisation, ['reporter']);
      await admin.post(`/api/users/${user.id}/disable`);
      const response = await admin.post(`/api/users/${user.id}/password-reset`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    });
  });
});
