import {
  signInRequired,
  notFound,
  forRoles,
  type World,
  forEveryRole,
  type MatrixEntry,
} from './matrix.js';
import { randomUUID } from 'node:crypto';
import { commandLineOperator, makeOrganisation, makeUser, testPassword } from '../factories.js';
import { inviteUser } from '../../../src/domain/accounts/invite-user.js';
import type { User } from '../../../src/domain/accounts/user.js';
import { createPasswordResetLink } from '../../../src/domain/accounts/create-password-reset-link.js';

const tokenOf = (link: string | null) => (link ?? '').split('#')[1] ?? '';

const uniqueEmail = () => `matrix-${randomUUID().slice(0, 12)}@example.se`;

const newPassword = 'ett alldeles nytt lösenord för matrisen';

async function invitationToken(world: World): Promise<string> {
  const invited = await inviteUser(world.deps, commandLineOperator(world.here.municipalityId), {
    email: uniqueEmail(),
    displayName: 'Inbjuden Person',
    organisationId: world.here.id,
    roles: ['reporter'],
  });
  return tokenOf(invited.invitation.link);
}

async function disabledUser(world: World): Promise<User> {
  const user = await makeUser(world.deps, world.here, ['reporter']);
  await world.deps.store.users.update(user.id, { disabledAt: new Date().toISOString() });
  return user;
}

/** The authorization matrix's routes of one area. Signing in, accounts, invitations, the municipality, organisations, users and the audit log. */
export const accountsMatrix: Record<string, MatrixEntry> = {
  'GET /api/session': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/session': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isOwnSessionNeeded: true,
    prepare: async (world, { user }) => ({
      payload: {
        email: (user ?? (await makeUser(world.deps, world.here, ['reporter']))).email,
        password: testPassword,
      },
    }),
  },
  'DELETE /api/session': {
    outcomes: { anonymous: '204', ...forEveryRole('204'), otherMunicipality: '204' },
    isOwnSessionNeeded: true,
    prepare: async () => ({}),
  },
  'PATCH /api/account': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ payload: { locale: 'en' } }),
  },
  'POST /api/account/password': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('204'), otherMunicipality: '204' },
    isOwnSessionNeeded: true,
    prepare: async () => ({ payload: { currentPassword: testPassword, newPassword } }),
  },
  'POST /api/password-resets': {
    outcomes: { anonymous: '202', ...forEveryRole('202'), otherMunicipality: '202' },
    prepare: async (world) => ({
      payload: { email: (await makeUser(world.deps, world.here, ['reporter'])).email },
    }),
  },
  'POST /api/password-resets/confirm': {
    outcomes: { anonymous: '204', ...forEveryRole('204'), otherMunicipality: '204' },
    isDecidedByToken: true,
    prepare: async (world) => {
      const user = await makeUser(world.deps, world.here, ['reporter']);
      const operator = commandLineOperator(world.here.municipalityId);
      const { link } = await createPasswordResetLink(world.deps, operator, user.id);
      return { payload: { token: tokenOf(link), newPassword } };
    },
  },
  'POST /api/invitations/lookup': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isDecidedByToken: true,
    prepare: async (world) => ({ payload: { token: await invitationToken(world) } }),
  },
  'POST /api/invitations/accept': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isDecidedByToken: true,
    isOwnSessionNeeded: true,
    prepare: async (world) => ({
      payload: { token: await invitationToken(world), password: newPassword },
    }),
  },
  'GET /api/municipality': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/districts': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/municipality/onboarding': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  // Nobody in the matrix is an installation admin (TRYGGVE_INSTALLATION_ADMINS): they all
  // see an empty installation and cannot create a municipality (src/http/installation/).
  'GET /api/installation': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/installation/municipalities': {
    outcomes: { anonymous: signInRequired, ...forEveryRole(notFound), otherMunicipality: notFound },
    prepare: async () => {
      const recordId = randomUUID();
      return {
        recordId,
        payload: {
          code: '0127',
          firstAdministrator: {
            email: `forsta-${recordId}@example.se`,
            displayName: 'Första',
            organisationName: 'Förvaltningen',
          },
        },
      };
    },
  },
  'GET /api/organisations': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/organisations': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({ payload: { name: `Förvaltning ${randomUUID()}`, kind: 'police' } }),
  },
  'POST /api/organisations/:id/disable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await makeOrganisation(world.deps, world.here.municipalityId)).id,
    }),
  },
  'POST /api/organisations/:id/enable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const organisation = await makeOrganisation(world.deps, world.here.municipalityId);
      await world.deps.store.organisations.setDisabledAt(organisation.id, new Date().toISOString());
      return { id: organisation.id };
    },
  },
  'GET /api/users': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/users': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      payload: {
        email: uniqueEmail(),
        displayName: 'Ny Användare',
        organisationId: world.here.id,
        roles: ['analyst'],
      },
      recordId: world.here.id,
    }),
  },
  'PATCH /api/users/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await makeUser(world.deps, world.here, ['reporter'])).id,
      payload: { displayName: 'Nytt Namn', roles: ['analyst'] },
    }),
  },
  'POST /api/users/:id/disable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await makeUser(world.deps, world.here, ['reporter'])).id }),
  },
  'POST /api/users/:id/enable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await disabledUser(world)).id }),
  },
  'POST /api/users/:id/password-reset': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await makeUser(world.deps, world.here, ['reporter'])).id }),
  },
  'GET /api/audit': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'GET /api/audit/verification': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
};
