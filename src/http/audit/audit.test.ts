import { randomUUID } from 'node:crypto';
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

const newPassword = 'ett helt nytt lösenord för granskningen';

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

  describe('every state change writes exactly one entry', () => {
    type Setting = Awaited<ReturnType<typeof setUp>>;
    interface StateChange {
      action: string;
      outcome: 'success' | 'failure';
      status: number;
      /** Makes what the change needs; returns the change itself and the entity it concerns. */
      prepare(setting: Setting): Promise<{
        change: () => Promise<{ statusCode: number }>;
        entityId: string | null;
      }>;
    }
    const lastMailedToken = () => /#([\w-]{40,})/.exec(mailbox.at(-1)?.text ?? '')?.[1] ?? '';
    const viewer = (organisation: Organisation) => makeUser(deps, organisation, ['viewer']);

    const stateChanges: Record<string, StateChange> = {
      'a sign-in': {
        action: 'auth.login',
        outcome: 'success',
        status: 200,
        prepare: async ({ organisation }) => {
          const user = await viewer(organisation);
          const client = new TestClient(app);
          const payload = { email: user.email, password: testPassword };
          return { change: () => client.post('/api/session', payload), entityId: user.id };
        },
      },
      'a sign-in with a wrong password': {
        action: 'auth.login',
        outcome: 'failure',
        status: 401,
        prepare: async ({ organisation }) => {
          const user = await viewer(organisation);
          const client = new TestClient(app);
          const payload = { email: user.email, password: 'alldeles fel lösenord' };
          return { change: () => client.post('/api/session', payload), entityId: user.id };
        },
      },
      'a sign-in to an unknown address': {
        action: 'auth.login',
        outcome: 'failure',
        status: 401,
        prepare: async () => {
          const client = new TestClient(app);
          const payload = { email: `${randomUUID()}@example.se`, password: testPassword };
          return { change: () => client.post('/api/session', payload), entityId: null };
        },
      },
      'a sign-out': {
        action: 'auth.logout',
        outcome: 'success',
        status: 204,
        prepare: async ({ organisation }) => {
          const { user, client } = await signedIn(organisation, ['viewer']);
          return { change: () => client.delete('/api/session'), entityId: user.id };
        },
      },
      'a password change': {
        action: 'auth.password_change',
        outcome: 'success',
        status: 204,
        prepare: async ({ organisation }) => {
          const { user, client } = await signedIn(organisation, ['viewer']);
          const payload = { currentPassword: testPassword, newPassword };
          return {
            change: () => client.post('/api/account/password', payload),
            entityId: user.id,
          };
        },
      },
      'a password change with a wrong current password': {
        action: 'auth.password_change',
        outcome: 'failure',
        status: 401,
        prepare: async ({ organisation }) => {
          const { user, client } = await signedIn(organisation, ['viewer']);
          const payload = { currentPassword: 'inte mitt lösenord alls', newPassword };
          return {
            change: () => client.post('/api/account/password', payload),
            entityId: user.id,
          };
        },
      },
      'a reset request': {
        action: 'auth.password_reset_request',
        outcome: 'success',
        status: 202,
        prepare: async ({ organisation }) => {
          const user = await viewer(organisation);
          const client = new TestClient(app);
          return {
            // The request is answered first; the link is made and audited afterwards.
            change: async () => {
              const answer = await client.post('/api/password-resets', { email: user.email });
              await app.backgroundWork.settled();
              return answer;
            },
            entityId: user.id,
          };
        },
      },
      'a password reset': {
        action: 'auth.password_reset',
        outcome: 'success',
        status: 204,
        prepare: async ({ organisation, admin }) => {
          const user = await viewer(organisation);
          await admin.post(`/api/users/${user.id}/password-reset`);
          const payload = { token: lastMailedToken(), newPassword };
          const client = new TestClient(app);
          return {
            change: () => client.post('/api/password-resets/confirm', payload),
            entityId: user.id,
          };
        },
      },
      'accepting an invitation': {
        action: 'auth.invitation_accept',
        outcome: 'success',
        status: 200,
        prepare: async ({ organisation, admin }) => {
          const invited = await admin.post('/api/users', {
            email: `${randomUUID()}@example.se`,
            displayName: 'Ivar Inbjuden',
            organisationId: organisation.id,
            roles: ['viewer'],
          });
          const payload = { token: lastMailedToken(), password: newPassword };
          const client = new TestClient(app);
          return {
            change: () => client.post('/api/invitations/accept', payload),
            entityId: invited.json().user.id,
          };
        },
      },
      'adding an organisation': {
        action: 'organisation.create',
        outcome: 'success',
        status: 201,
        prepare: async ({ admin }) => {
          let id: string | null = null;
          return {
            change: async () => {
              const response = await admin.post('/api/organisations', {
                name: 'Kustbevakningen',
                kind: 'other',
              });
              id = response.json().organisation.id;
              return response;
            },
            get entityId() {
              return id;
            },
          };
        },
      },
      'disabling an organisation': {
        action: 'organisation.disable',
        outcome: 'success',
        status: 200,
        prepare: async ({ admin, municipality }) => {
          const { id } = await makeOrganisation(deps, municipality.id);
          return { change: () => admin.post(`/api/organisations/${id}/disable`), entityId: id };
        },
      },
      'enabling an organisation': {
        action: 'organisation.enable',
        outcome: 'success',
        status: 200,
        prepare: async ({ admin, municipality }) => {
          const { id } = await makeOrganisation(deps, municipality.id);
          await deps.store.organisations.setDisabledAt(id, clock().toISOString());
          return { change: () => admin.post(`/api/organisations/${id}/enable`), entityId: id };
        },
      },
      'inviting a user': {
        action: 'user.create',
        outcome: 'success',
        status: 201,
        prepare: async ({ admin, organisation }) => {
          let id: string | null = null;
          return {
            change: async () => {
              const response = await admin.post('/api/users', {
                email: `${randomUUID()}@example.se`,
                displayName: 'Nils Ny',
                organisationId: organisation.id,
                roles: ['reporter'],
              });
              id = response.json().user.id;
              return response;
            },
            get entityId() {
              return id;
            },
          };
        },
      },
      "changing a user's roles": {
        action: 'user.update',
        outcome: 'success',
        status: 200,
        prepare: async ({ admin, organisation }) => {
          const { id } = await viewer(organisation);
          return {
            change: () => admin.patch(`/api/users/${id}`, { roles: ['analyst'] }),
            entityId: id,
          };
        },
      },
      'disabling a user': {
        action: 'user.disable',
        outcome: 'success',
        status: 200,
        prepare: async ({ admin, organisation }) => {
          const { id } = await viewer(organisation);
          return { change: () => admin.post(`/api/users/${id}/disable`), entityId: id };
        },
      },
      'enabling a user': {
        action: 'user.enable',
        outcome: 'success',
        status: 200,
        prepare: async ({ admin, organisation }) => {
          const { id } = await viewer(organisation);
          await deps.store.users.update(id, { disabledAt: clock().toISOString() });
          return { change: () => admin.post(`/api/users/${id}/enable`), entityId: id };
        },
      },
      'creating a password link': {
        action: 'user.password_link',
        outcome: 'success',
        status: 201,
        prepare: async ({ admin, organisation }) => {
          const { id } = await viewer(organisation);
          return { change: () => admin.post(`/api/users/${id}/password-reset`), entityId: id };
        },
      },
    };

    for (const [what, { action, outcome, status, prepare }] of Object.entries(stateChanges)) {
      it(`${what}: one ${action} entry with outcome ${outcome}`, async () => {
        const prepared = await prepare(await setUp());
        const entries = await auditEntriesOf(async () => {
          expect((await prepared.change()).statusCode).toBe(status);
        });
        expect(entries).toEqual([{ action, outcome, entityId: prepared.entityId }]);
      });
    }

    // BUG (src/domain/accounts/update-account.ts): a user's change of their own name or
    // language is written without an audit entry. Remove `.fails` once it records one.
    it("a change of one's own name: one entry about the user", async () => {
      const { organisation } = await setUp();
      const { user, client } = await signedIn(organisation, ['viewer']);
      const entries = await auditEntriesOf(async () => {
        const response = await client.patch('/api/account', { displayName: 'Vera Viewer' });
        expect(response.statusCode).toBe(200);
      });
      expect(entries).toEqual([
        { action: expect.any(String), outcome: 'success', entityId: user.id },
      ]);
    });
  });
});
