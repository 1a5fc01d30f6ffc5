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

describeEachDialect('editing a user after the invitation', (database) => {
  let app: FastifyInstance;
  let deps: Deps;

  beforeAll(async () => {
    deps = testDeps(database());
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function setUp() {
    const municipality = await makeMunicipality(deps);
    const administration = await makeOrganisation(deps, municipality.id);
    const police = await makeOrganisation(deps, municipality.id, {
      name: 'Lokalpolisområdet',
      kind: 'police',
    });
    const adminUser = await makeUser(deps, administration, ['admin'], { displayName: 'Ada Admin' });
    const admin = await new TestClient(app).signIn(adminUser.email);
    return { municipality, administration, police, adminUser, admin };
  }

  async function lastAuditDetails(municipalityId: string) {
    const entries = await deps.store.audit.readChain(municipalityId, 0, 1000);
    return entries.filter((entry) => entry.action === 'user.update').at(-1)?.details;
  }

  it("moves a user to another organisation and gives them the partner role, with both in the audit log's before and after", async () => {
    const { municipality, administration, police, admin } = await setUp();
    const officer = await makeUser(deps, administration, ['reporter']);
    const response = await admin.patch(`/api/users/${officer.id}`, {
      roles: ['partner'],
      organisationId: police.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      roles: ['partner'],
      organisation: { id: police.id, name: 'Lokalpolisområdet' },
    });
    expect(await lastAuditDetails(municipality.id)).toEqual({
      roles: ['partner'],
      previousRoles: ['reporter'],
      organisationId: police.id,
      previousOrganisationId: administration.id,
      isNameChanged: false,
    });
    // The new roles hold at the user's next request.
    const client = await new TestClient(app).signIn(officer.email);
    expect((await client.get('/api/session')).json().user.organisation.id).toBe(police.id);
    expect((await client.get('/api/plans')).statusCode).toBe(403);
  });

  it('refuses a disabled organisation with 409 ORGANISATION_DISABLED and changes nothing', async () => {
    const { administration, police, admin } = await setUp();
    await deps.store.organisations.setDisabledAt(police.id, new Date().toISOString());
    const user = await makeUser(deps, administration, ['analyst']);
    const response = await admin.patch(`/api/users/${user.id}`, {
      roles: ['viewer'],
      organisationId: police.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ORGANISATION_DISABLED');
    const [after] = (await admin.get('/api/users'))
      .json()
      .users.filter((item: { id: string }) => item.id === user.id);
    expect(after).toMatchObject({ roles: ['analyst'], organisation: { id: administration.id } });
  });

  it("answers another municipality's organisation as not found", async () => {
    const { administration, admin } = await setUp();
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    const user = await makeUser(deps, administration, ['analyst']);
    const response = await admin.patch(`/api/users/${user.id}`, { organisationId: elsewhere.id });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('lets exactly one of two admins who take the admin role from each other at once succeed', async () => {
    const { administration, adminUser, admin } = await setUp();
    const otherUser = await makeUser(deps, administration, ['admin']);
    const other = await new TestClient(app).signIn(otherUser.email);
    const answers = await Promise.all([
      admin.patch(`/api/users/${otherUser.id}`, { roles: ['coordinator'] }),
      other.patch(`/api/users/${adminUser.id}`, { roles: ['coordinator'] }),
    ]);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    // The second, deciding after the first, is refused; or it acts no more as an admin.
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = (await database()
      .db.selectFrom('user_roles')
      .select('user_id')
      .where('role', '=', 'admin')
      .where('user_id', 'in', [adminUser.id, otherUser.id])
      .execute()) as { user_id: string }[];
    expect(admins).toHaveLength(1);
  });
});
