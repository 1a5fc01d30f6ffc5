import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Role } from '../../domain/access/roles.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

const uniqueEmail = (name = 'person') => `${name}-${randomUUID().slice(0, 8)}@example.se`;

describeEachDialect('the users API', (database) => {
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

  async function signedInUser(organisation: Organisation, roles: Role[]) {
    const user = await makeUser(deps, organisation, roles);
    return { user, client: await new TestClient(app).signIn(user.email) };
  }

  async function userCount() {
    const row = await database()
      .db.selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  const invitation = (organisation: Organisation, fields: Record<string, unknown> = {}) => ({
    email: uniqueEmail(),
    displayName: 'Karin Karlsson',
    organisationId: organisation.id,
    roles: ['reporter'] as Role[],
    ...fields,
  });

  describe('listing', () => {
    it("lists the municipality's accounts, and filters by status and organisation", async () => {
      const { organisation, adminUser, admin } = await setUp();
      const other = await makeOrganisation(deps, organisation.municipalityId);
      const invited = await makeUser(deps, other, ['viewer'], { isInvited: true });
      const foreign = await makeUser(
        deps,
        await makeOrganisation(deps, (await makeMunicipality(deps)).id),
        ['admin'],
      );

      const all = await admin.get('/api/users');
      expect(all.statusCode).toBe(200);
      const ids = all.json().users.map((user: { id: string }) => user.id);
      expect(ids.sort()).toEqual([adminUser.id, invited.id].sort());
      expect(ids).not.toContain(foreign.id);

      const invitedOnly = await admin.get('/api/users?status=invited');
      expect(invitedOnly.json().users).toMatchObject([{ id: invited.id, status: 'invited' }]);
      const inOther = await admin.get(`/api/users?organisationId=${other.id}`);
      expect(inOther.json().users.map((user: { id: string }) => user.id)).toEqual([invited.id]);
    });

    it('refuses an unknown status or an organisation id that is not a UUID', async () => {
      const { admin } = await setUp();
      const response = await admin.get('/api/users?status=sleeping&organisationId=42');
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      const paths = response.json().details.issues.map((issue: { path: string[] }) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          ['querystring', 'status'],
          ['querystring', 'organisationId'],
        ]),
      );
    });
  });

  describe('inviting', () => {
    it('creates an invited account, writing one user.create entry', async () => {
      const { municipality, organisation, admin } = await setUp();
      let userId = '';
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(
          '/api/users',
          invitation(organisation, { roles: ['analyst', 'analyst', 'viewer'], locale: 'en' }),
        );
        expect(response.statusCode).toBe(201);
        expect(response.json().user).toMatchObject({
          status: 'invited',
          roles: ['analyst', 'viewer'],
          locale: 'en',
          organisation: { id: organisation.id, name: organisation.name },
        });
        userId = response.json().user.id;
      });
      expect(entries).toEqual([{ action: 'user.create', outcome: 'success', entityId: userId }]);
    });

    const invalidFields: [string, Record<string, unknown>, string[]][] = [
      ['an e-mail address without @', { email: 'karin.example.se' }, ['body', 'email']],
      ['an empty name', { displayName: '   ' }, ['body', 'displayName']],
      ['a name with a control character', { displayName: 'Karin\u0000' }, ['body', 'displayName']],
      [
        'an organisation id that is not a UUID',
        { organisationId: 'socialen' },
        ['body', 'organisationId'],
      ],
      ['no roles', { roles: [] }, ['body', 'roles']],
      ['an unknown role', { roles: ['superuser'] }, ['body', 'roles', '0']],
      ['an unknown language', { locale: 'de' }, ['body', 'locale']],
      ['roles given as a string', { roles: 'admin' }, ['body', 'roles']],
    ];
    for (const [what, fields, path] of invalidFields) {
      it(`refuses ${what} with 400 at ${path.join('.')} and writes nothing`, async () => {
        const { municipality, organisation, admin } = await setUp();
        const usersBefore = await userCount();
        const entries = await auditEntriesOf(municipality.id, async () => {
          const response = await admin.post('/api/users', invitation(organisation, fields));
          expect(response.statusCode).toBe(400);
          expect(response.json().code).toBe('VALIDATION_FAILED');
          expect(
            response.json().details.issues.map((issue: { path: string[] }) => issue.path),
          ).toContainEqual(path);
        });
        expect(entries).toEqual([]);
        expect(await userCount()).toBe(usersBefore);
      });
    }

    it('refuses an address in use in its own municipality, whatever its case, with 409', async () => {
      const { municipality, organisation, admin } = await setUp();
      const colleague = await makeUser(deps, organisation, ['viewer']);
      const usersBefore = await userCount();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(
          '/api/users',
          invitation(organisation, { email: colleague.email.toUpperCase() }),
        );
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('EMAIL_ALREADY_IN_USE');
      });
      expect(entries).toEqual([]);
      expect(await userCount()).toBe(usersBefore);
    });

    it('answers an address in use in another municipality as a fresh one, makes no account and audits it where the account is', async () => {
      const { organisation, admin } = await setUp();
      const elsewhere = await makeUser(
        deps,
        await makeOrganisation(deps, (await makeMunicipality(deps)).id),
        ['viewer'],
      );
      const fresh = await admin.post('/api/users', invitation(organisation));
      const usersBefore = await userCount();
      const entries = await auditEntriesOf(elsewhere.municipalityId, async () => {
        const taken = await admin.post(
          '/api/users',
          invitation(organisation, { email: elsewhere.email.toUpperCase() }),
        );
        expect(taken.statusCode).toBe(fresh.statusCode);
        const shape = (body: { user: object; invitation: object }) => ({
          user: Object.keys(body.user).sort(),
          invitation: Object.keys(body.invitation).sort(),
        });
        expect(shape(taken.json())).toEqual(shape(fresh.json()));
        expect(taken.json().user).toMatchObject({
          email: elsewhere.email,
          status: 'invited',
          organisation: { id: organisation.id },
        });
        expect(taken.json().invitation).toMatchObject({ isEmailed: false });
        const token = /#([A-Za-z0-9_-]{40,})$/.exec(taken.json().invitation.link)?.[1];
        const lookup = await new TestClient(app).post('/api/invitations/lookup', { token });
        expect(lookup.statusCode).toBe(400);
      });
      expect(entries).toEqual([
        { action: 'user.create', outcome: 'denied', entityId: elsewhere.id },
      ]);
      expect(await userCount()).toBe(usersBefore);
      const holder = await deps.store.users.findById(elsewhere.municipalityId, elsewhere.id);
      expect(holder).toMatchObject({ municipalityId: elsewhere.municipalityId, roles: ['viewer'] });
    });

    // BUG on PostgreSQL (src/domain/accounts/invite-user.ts with src/storage/user-repository.ts):
    // the check for a used address and the insert race; the losers hit the unique index and
    // get 500 instead of 409. Remove `.fails` once the unique violation maps to the 409.
    it('answers simultaneous invitations of one address with one 201 and 409 for the rest', async () => {
      const { organisation, admin } = await setUp();
      const email = uniqueEmail('samtidig');
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          admin.post('/api/users', invitation(organisation, { email })),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409]);
    });

    it('refuses an invitation into a disabled organisation with 409, and to an unknown one with 404', async () => {
      const { organisation, admin } = await setUp();
      const disabled = await makeOrganisation(deps, organisation.municipalityId);
      await deps.store.organisations.setDisabledAt(disabled.id, new Date().toISOString());
      const intoDisabled = await admin.post('/api/users', invitation(disabled));
      expect(intoDisabled.statusCode).toBe(409);
      expect(intoDisabled.json().code).toBe('ORGANISATION_DISABLED');
      const intoUnknown = await admin.post(
        '/api/users',
        invitation(organisation, { organisationId: randomUUID() }),
      );
      expect(intoUnknown.statusCode).toBe(404);
      expect(intoUnknown.json().code).toBe('NOT_FOUND');
    });

    it('records a refused attempt by a coordinator as denied and creates nobody', async () => {
      const { municipality, organisation } = await setUp();
      const coordinator = await makeUser(deps, organisation, ['coordinator']);
      const client = await new TestClient(app).signIn(coordinator.email);
      const usersBefore = await userCount();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await client.post('/api/users', invitation(organisation));
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('FORBIDDEN');
      });
      expect(entries).toEqual([{ action: 'user.create', outcome: 'denied', entityId: null }]);
      expect(await userCount()).toBe(usersBefore);
    });
  });

  describe('changing an account', () => {
    it('changes the name and the roles, writing one user.update entry', async () => {
      const { municipality, organisation, admin } = await setUp();
      const user = await makeUser(deps, organisation, ['reporter']);
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.patch(`/api/users/${user.id}`, {
          displayName: ' Berit Bengtsson ',
          roles: ['analyst', 'coordinator'],
        });
        expect(response.statusCode).toBe(200);
        expect(response.json().user).toMatchObject({
          displayName: 'Berit Bengtsson',
          roles: ['analyst', 'coordinator'],
        });
      });
      expect(entries).toEqual([{ action: 'user.update', outcome: 'success', entityId: user.id }]);
    });

    it('gives the new roles effect at the next request', async () => {
      const { organisation, admin } = await setUp();
      const user = await makeUser(deps, organisation, ['reporter']);
      const client = await new TestClient(app).signIn(user.email);
      expect((await client.get('/api/organisations')).statusCode).toBe(403);
      await admin.patch(`/api/users/${user.id}`, { roles: ['coordinator'] });
      expect((await client.get('/api/organisations')).statusCode).toBe(200);
    });

    it('refuses unknown fields, an id that is not a UUID, and an unknown id', async () => {
      const { organisation, admin } = await setUp();
      const user = await makeUser(deps, organisation, ['reporter']);
      const withEmail = await admin.patch(`/api/users/${user.id}`, { email: uniqueEmail() });
      expect(withEmail.statusCode).toBe(400);
      expect(withEmail.json().code).toBe('VALIDATION_FAILED');
      const badId = await admin.patch('/api/users/42', { displayName: 'Namn' });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().details.issues[0].path).toEqual(['params', 'id']);
      const unknown = await admin.patch(`/api/users/${randomUUID()}`, { displayName: 'Namn' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('NOT_FOUND');
    });

    it('refuses to take the admin role from the last admin with 409 LAST_ADMIN', async () => {
      const { municipality, adminUser, admin } = await setUp();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.patch(`/api/users/${adminUser.id}`, { roles: ['analyst'] });
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('LAST_ADMIN');
      });
      expect(entries).toEqual([]);
      expect((await admin.get('/api/users')).statusCode).toBe(200);
    });

    it('lets an admin step down once another admin exists', async () => {
      const { organisation, adminUser, admin } = await setUp();
      await makeUser(deps, organisation, ['admin']);
      const response = await admin.patch(`/api/users/${adminUser.id}`, { roles: ['analyst'] });
      expect(response.statusCode).toBe(200);
      expect((await admin.get('/api/users')).statusCode).toBe(403);
    });
  });

  // BUG on PostgreSQL (src/domain/accounts/admin-guards.ts, assertAnotherAdminRemains): two
  // admins who step down at once each count the other as remaining, and both succeed, leaving
  // no admin (write skew under READ COMMITTED; reproduced every run). Remove `.fails` once
  // the count is taken under a lock.
  it('keeps an admin when the last two admins step down at the same moment', async () => {
    const { municipality, organisation, adminUser, admin } = await setUp();
    const second = await signedInUser(organisation, ['admin']);
    const responses = await Promise.all([
      admin.patch(`/api/users/${adminUser.id}`, { roles: ['analyst'] }),
      second.client.patch(`/api/users/${second.user.id}`, { roles: ['analyst'] }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expect(await deps.store.users.countActiveAdmins(municipality.id)).toBe(1);
  });
});
