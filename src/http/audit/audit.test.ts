import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
  type TestClock,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps, MailMessage } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

interface ListedEntry {
  seq: number;
  at: string;
  action: string;
  outcome: string;
  actor: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
}

describeEachDialect('the audit API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let clock: TestClock;
  // An in-memory mail port: the reset request is only recorded when a link can be sent.
  const mailbox: MailMessage[] = [];

  beforeAll(async () => {
    clock = testClock();
    deps = testDeps(database(), {
      clock,
      mailer: { send: async (message) => void mailbox.push(message) },
    });
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  /** A municipality of its own with one organisation and a signed-in admin. */
  async function setUp() {
    const municipality = await makeMunicipality(deps);
    const organisation = await makeOrganisation(deps, municipality.id, { name: 'Stadsledningen' });
    const adminUser = await makeUser(deps, organisation, ['admin'], { displayName: 'Åsa Admin' });
    const admin = await new TestClient(app).signIn(adminUser.email);
    return { municipality, organisation, adminUser, admin };
  }

  async function signedIn(organisation: Organisation, roles: Parameters<typeof makeUser>[2]) {
    const user = await makeUser(deps, organisation, roles);
    return { user, client: await new TestClient(app).signIn(user.email) };
  }

  async function list(client: TestClient, query = '') {
    const response = await client.get(`/api/audit${query}`);
    expect(response.statusCode).toBe(200);
    return response.json() as { entries: ListedEntry[]; nextBefore: number | null };
  }

  /** Every audit entry a piece of work adds, in any chain. */
  async function auditEntriesOf(work: () => Promise<unknown>) {
    const chains = await deps.store.audit.listChains();
    const heads = new Map<string, number>();
    for (const chain of chains)
      heads.set(chain, (await deps.store.audit.readHead(chain))?.lastSeq ?? 0);
    await work();
    const added = [];
    for (const chain of await deps.store.audit.listChains()) {
      added.push(...(await deps.store.audit.readChain(chain, heads.get(chain) ?? 0, 100)));
    }
    return added.map(({ action, outcome, entityId }) => ({ action, outcome, entityId }));
  }

  describe('listing', () => {
    it('lists the entries newest first, with who acted and for which organisation', async () => {
      const { admin, adminUser, organisation } = await setUp();
      await admin.post('/api/organisations', { name: 'Polisen', kind: 'police' });
      const { entries } = await list(admin);
      expect(entries.map((entry) => entry.action)).toEqual(['organisation.create', 'auth.login']);
      expect(entries[0]).toMatchObject({
        outcome: 'success',
        actor: { id: adminUser.id, displayName: 'Åsa Admin' },
        organisation: { id: organisation.id, name: 'Stadsledningen' },
      });
      expect(entries[0]!.seq).toBeGreaterThan(entries[1]!.seq);
    });

    it("shows nothing of another municipality's log", async () => {
      const { admin } = await setUp();
      const other = await setUp();
      await other.admin.post('/api/organisations', { name: 'Grannpolisen', kind: 'police' });
      const { entries } = await list(admin);
      expect(entries.map((entry) => entry.action)).toEqual(['auth.login']);
    });

    it('filters by action and by outcome', async () => {
      const { admin, organisation } = await setUp();
      await admin.post('/api/organisations', { name: 'Polisen', kind: 'police' });
      const { client: coordinator } = await signedIn(organisation, ['coordinator']);
      await coordinator.post('/api/organisations', { name: 'Brandkåren', kind: 'fire_service' });

      const created = await list(admin, '?action=organisation.create');
      expect(created.entries.map((entry) => entry.outcome)).toEqual(['denied', 'success']);
      const denied = await list(admin, '?outcome=denied');
      expect(denied.entries.map((entry) => entry.action)).toEqual(['organisation.create']);
      const both = await list(admin, '?action=auth.login&outcome=denied');
      expect(both.entries).toEqual([]);
    });

    it('filters by time, from inclusive and to exclusive, in any offset', async () => {
      clock.set('2026-12-01T08:00:00.000Z');
      const { admin } = await setUp();
      clock.set('2026-12-01T09:00:00.000Z');
      await admin.post('/api/organisations', { name: 'Nio', kind: 'other' });
      clock.set('2026-12-01T10:00:00.000Z');
      await admin.post('/api/organisations', { name: 'Tio', kind: 'other' });

      const from = await list(admin, '?from=2026-12-01T09:00:00Z');
      expect(from.entries.map((entry) => entry.at)).toEqual([
        '2026-12-01T10:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
      ]);
      const to = await list(admin, `?to=${encodeURIComponent('2026-12-01T10:00:00+01:00')}`);
      expect(to.entries.map((entry) => entry.action)).toEqual(['auth.login']);
      const between = await list(admin, '?from=2026-12-01T08:30:00Z&to=2026-12-01T10:00:00Z');
      expect(between.entries.map((entry) => entry.at)).toEqual(['2026-12-01T09:00:00.000Z']);
    });

    it('pages backwards with before and nextBefore until the last page', async () => {
      const { admin } = await setUp();
      for (let index = 0; index < 6; index += 1) {
        await admin.post('/api/organisations', { name: `Organisation ${index}`, kind: 'other' });
      }
      const everything = await list(admin, '?limit=200');
      expect(everything.entries).toHaveLength(7);
      expect(everything.nextBefore).toBeNull();

      const paged: ListedEntry[] = [];
      const pageSizes: number[] = [];
      // From just after the listing above: each listing is itself recorded (issue 20).
      let before: number | null = (everything.entries[0]?.seq ?? 0) + 1;
      do {
        const page = await list(admin, `?limit=3&before=${before}`);
        paged.push(...page.entries);
        pageSizes.push(page.entries.length);
        before = page.nextBefore;
      } while (before !== null);
      expect(pageSizes).toEqual([3, 3, 1]);
      expect(paged).toEqual(everything.entries);
    });

    const invalidQueries: [string, string, string][] = [
      ['an unknown outcome', 'outcome=maybe', 'outcome'],
      ['a time that is not ISO 8601', 'from=yesterday', 'from'],
      ['a time without an offset', 'to=2026-12-01T10:00:00', 'to'],
      ['a year no database can compare', 'from=0000-01-01T00:00:00Z', 'from'],
      ['a limit of 0', 'limit=0', 'limit'],
      ['a limit over 200', 'limit=201', 'limit'],
      ['a page start that is not a positive integer', 'before=-3', 'before'],
      ['a page start beyond the sequence numbers', 'before=3000000000', 'before'],
      ['an action with a control character', 'action=user%00create', 'action'],
    ];
    for (const [what, query, field] of invalidQueries) {
      it(`refuses ${what} with 400 at querystring.${field}`, async () => {
        const { admin } = await setUp();
        const response = await admin.get(`/api/audit?${query}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('VALIDATION_FAILED');
        expect(
          response.json().details.issues.map((issue: { path: string[] }) => issue.path),
        ).toContainEqual(['querystring', field]);
      });
    }
  });

  describe('who may read it', () => {
    it('refuses an analyst with 403 and records the attempt as denied', async () => {
      const { organisation } = await setUp();
      const { client: analyst } = await signedIn(organisation, ['analyst']);
      const entries = await auditEntriesOf(async () => {
        expect((await analyst.get('/api/audit')).statusCode).toBe(403);
        expect((await analyst.get('/api/audit/verification')).statusCode).toBe(403);
      });
      expect(entries).toEqual([
        { action: 'audit.list', outcome: 'denied', entityId: null },
        { action: 'audit.verify', outcome: 'denied', entityId: null },
      ]);
    });
  });

  describe('verification', () => {
    it('reports an intact chain, counting every entry, and records the check', async () => {
      const { admin, municipality } = await setUp();
      await admin.post('/api/organisations', { name: 'Polisen', kind: 'police' });
      const stored = await deps.store.audit.readChain(municipality.id, 0, 1000);
      const entries = await auditEntriesOf(async () => {
        const response = await admin.get('/api/audit/verification');
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          isIntact: true,
          checkedEntries: stored.length,
          problems: [],
        });
      });
      expect(entries).toEqual([{ action: 'audit.verify', outcome: 'success', entityId: null }]);
    });
  });
});
