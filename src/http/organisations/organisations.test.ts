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

describeEachDialect('the organisations API', (database) => {
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
    const organisation = await makeOrganisation(deps, municipality.id, {
      name: 'Kommunledningskontoret',
    });
    const adminUser = await makeUser(deps, organisation, ['admin']);
    const admin = await new TestClient(app).signIn(adminUser.email);
    return { municipality, organisation, admin };
  }

  /** The audit entries a piece of work adds to the municipality's chain. */
  async function auditEntriesOf(municipalityId: string, work: () => Promise<unknown>) {
    const before = (await deps.store.audit.readHead(municipalityId))?.lastSeq ?? 0;
    await work();
    const entries = await deps.store.audit.readChain(municipalityId, before, 100);
    return entries.map(({ action, outcome, entityId }) => ({ action, outcome, entityId }));
  }

  async function organisationCount() {
    const row = await database()
      .db.selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  describe('listing', () => {
    it("lists the municipality's organisations with their user counts to an admin and a coordinator", async () => {
      const { municipality, organisation, admin } = await setUp();
      const police = await makeOrganisation(deps, municipality.id, {
        name: 'Polisen',
        kind: 'police',
      });
      const coordinatorUser = await makeUser(deps, police, ['coordinator']);
      await makeOrganisation(deps, (await makeMunicipality(deps)).id, {
        name: 'Grannkommunen',
      });

      const expected = [
        { id: organisation.id, name: 'Kommunledningskontoret', userCount: 1 },
        { id: police.id, name: 'Polisen', kind: 'police', userCount: 1, disabledAt: null },
      ];
      const asAdmin = await admin.get('/api/organisations');
      expect(asAdmin.statusCode).toBe(200);
      expect(asAdmin.json().organisations).toMatchObject(expected);
      const coordinator = await new TestClient(app).signIn(coordinatorUser.email);
      expect((await coordinator.get('/api/organisations')).json().organisations).toMatchObject(
        expected,
      );
    });
  });

  describe('adding', () => {
    it('adds an organisation with a tidied name, writing one organisation.create entry', async () => {
      const { municipality, admin } = await setUp();
      let id = '';
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post('/api/organisations', {
          name: '  Räddningstjänsten   Syd ',
          kind: 'fire_service',
        });
        expect(response.statusCode).toBe(201);
        expect(response.json().organisation).toMatchObject({
          name: 'Räddningstjänsten Syd',
          kind: 'fire_service',
          disabledAt: null,
        });
        id = response.json().organisation.id;
      });
      expect(entries).toEqual([
        { action: 'organisation.create', outcome: 'success', entityId: id },
      ]);
    });

    const invalidBodies: [string, unknown, string[][]][] = [
      ['a one-letter name', { name: 'A', kind: 'police' }, [['body', 'name']]],
      ['an unknown kind', { name: 'Armén', kind: 'army' }, [['body', 'kind']]],
      [
        'a name with a control character',
        { name: 'Polis\u0000en', kind: 'police' },
        [['body', 'name']],
      ],
      [
        'an empty body',
        {},
        [
          ['body', 'name'],
          ['body', 'kind'],
        ],
      ],
      ['a name that is a number', { name: 42, kind: 'police' }, [['body', 'name']]],
    ];
    for (const [what, body, paths] of invalidBodies) {
      it(`refuses ${what} with 400 VALIDATION_FAILED and writes nothing`, async () => {
        const { municipality, admin } = await setUp();
        const countBefore = await organisationCount();
        const entries = await auditEntriesOf(municipality.id, async () => {
          const response = await admin.post('/api/organisations', body);
          expect(response.statusCode).toBe(400);
          expect(response.json().code).toBe('VALIDATION_FAILED');
          const issuePaths = response
            .json()
            .details.issues.map((issue: { path: string[] }) => issue.path);
          for (const path of paths) expect(issuePaths).toContainEqual(path);
        });
        expect(entries).toEqual([]);
        expect(await organisationCount()).toBe(countBefore);
      });
    }

    it('refuses a name in use in the municipality, whatever its case and spacing, with 409', async () => {
      const { municipality, admin } = await setUp();
      await admin.post('/api/organisations', { name: 'Polisen Syd', kind: 'police' });
      const countBefore = await organisationCount();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post('/api/organisations', {
          name: ' POLISEN   syd',
          kind: 'police',
        });
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('ORGANISATION_NAME_TAKEN');
      });
      expect(entries).toEqual([]);
      expect(await organisationCount()).toBe(countBefore);
    });

    // BUG (src/storage/organisation-repository.ts, findByName): SQLite's lower() folds only
    // ASCII letters, so "ÖSTRA POLISEN" and "östra polisen" both get in on SQLite.
    // Remove `.fails` once the comparison folds case the same way on both databases.
    it('refuses a name that differs only in the case of a Swedish letter', async () => {
      const { admin } = await setUp();
      await admin.post('/api/organisations', { name: 'ÖSTRA POLISEN', kind: 'police' });
      const response = await admin.post('/api/organisations', {
        name: 'östra polisen',
        kind: 'police',
      });
      expect(response.statusCode).toBe(409);
    });

    // BUG on PostgreSQL (src/domain/organisations/create-organisation.ts with the unique index
    // organisations_municipality_name_unique): the name check and the insert race; the losers
    // get 500 instead of 409. Remove `.fails` once the unique violation maps to the 409.
    it('answers simultaneous additions of one name with one 201 and 409 for the rest', async () => {
      const { admin } = await setUp();
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          admin.post('/api/organisations', { name: 'Polisen Mitt', kind: 'police' }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409]);
    });

    it('accepts a name another municipality uses', async () => {
      const first = await setUp();
      const second = await setUp();
      const name = `Bostadsbolaget ${randomUUID().slice(0, 6)}`;
      expect(
        (await first.admin.post('/api/organisations', { name, kind: 'housing_company' }))
          .statusCode,
      ).toBe(201);
      expect(
        (await second.admin.post('/api/organisations', { name, kind: 'housing_company' }))
          .statusCode,
      ).toBe(201);
    });

    it('records a refused attempt by a coordinator as denied and adds nothing', async () => {
      const { municipality, organisation } = await setUp();
      const coordinator = await makeUser(deps, organisation, ['coordinator']);
      const client = await new TestClient(app).signIn(coordinator.email);
      const countBefore = await organisationCount();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await client.post('/api/organisations', {
          name: 'Polisen',
          kind: 'police',
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('FORBIDDEN');
      });
      expect(entries).toEqual([
        { action: 'organisation.create', outcome: 'denied', entityId: null },
      ]);
      expect(await organisationCount()).toBe(countBefore);
    });
  });

  describe('disabling and enabling', () => {
    it('signs out and shuts out the users of a disabled organisation until it is enabled', async () => {
      const { municipality, admin } = await setUp();
      const partner = await makeOrganisation(deps, municipality.id, { kind: 'security_company' });
      const user = await makeUser(deps, partner, ['reporter']);
      const client = await new TestClient(app).signIn(user.email);

      const disabling = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/organisations/${partner.id}/disable`);
        expect(response.statusCode).toBe(200);
        expect(response.json().organisation.disabledAt).not.toBeNull();
      });
      expect(disabling).toEqual([
        { action: 'organisation.disable', outcome: 'success', entityId: partner.id },
      ]);
      expect((await client.get('/api/municipality')).statusCode).toBe(401);
      const signIn = await new TestClient(app).post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(signIn.statusCode).toBe(401);
      expect(signIn.json().code).toBe('AUTH_INVALID_CREDENTIALS');

      const enabling = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/organisations/${partner.id}/enable`);
        expect(response.statusCode).toBe(200);
        expect(response.json().organisation.disabledAt).toBeNull();
      });
      expect(enabling).toEqual([
        { action: 'organisation.enable', outcome: 'success', entityId: partner.id },
      ]);
      await new TestClient(app).signIn(user.email);
    });

    it("refuses to disable the admin's own organisation with 409 CANNOT_DISABLE_SELF", async () => {
      const { municipality, organisation, admin } = await setUp();
      const entries = await auditEntriesOf(municipality.id, async () => {
        const response = await admin.post(`/api/organisations/${organisation.id}/disable`);
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('CANNOT_DISABLE_SELF');
      });
      expect(entries).toEqual([]);
      expect((await admin.get('/api/organisations')).statusCode).toBe(200);
    });

    it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
      const { admin } = await setUp();
      const unknown = await admin.post(`/api/organisations/${randomUUID()}/disable`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('NOT_FOUND');
      const malformed = await admin.post('/api/organisations/polisen/enable');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().details.issues[0].path).toEqual(['params', 'id']);
    });
  });
});
