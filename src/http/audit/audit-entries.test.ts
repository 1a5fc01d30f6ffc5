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

const newPassword = 'ett helt nytt lösenord för granskningen';

describeEachDialect('the audit API: one entry per state change', (database) => {
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
