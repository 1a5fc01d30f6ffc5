import { randomUUID } from 'node:crypto';
import { testSecretsKey } from '../factories.js';
import { makeUser } from '../factories.js';
import { startTestOidcProvider, type TestOidcProvider } from '../oidc-provider.js';
import { providerSettings, testRedirectUri } from '../provider-sign-in.js';
import { sealSecret } from '../../../src/domain/sign-in/secret-box.js';
import { newTotpSecret, totpCode } from '../../../src/domain/sign-in/second-factor.js';
import { secondFactorSecretContext } from '../../../src/domain/sign-in/sign-in-secrets.js';
import {
  forEveryRole,
  forRoles,
  notFound,
  notPending,
  signInRequired,
  type MatrixEntry,
} from './matrix.js';

let provider: Promise<TestOidcProvider> | null = null;
/** One real provider for the matrix's configuration calls, started when first needed. */
const matrixProvider = () => (provider ??= startTestOidcProvider({ redirectUri: testRedirectUri }));

const everyone = (outcome: '200' | '302') => ({
  anonymous: outcome,
  ...forEveryRole(outcome),
  otherMunicipality: outcome,
});

/** The authorization matrix's routes of issue 17: the provider, the policy, the second factor. */
export const signInMatrix: Record<string, MatrixEntry> = {
  'GET /api/sign-in/provider': {
    outcomes: everyone('200'),
    prepare: async () => ({ query: 'email=vem%40example.se' }),
  },
  'GET /api/oidc/start': {
    outcomes: everyone('302'),
    prepare: async (world) => ({ query: `municipalityId=${world.here.municipalityId}` }),
  },
  'GET /api/oidc/callback': {
    outcomes: everyone('302'),
    prepare: async () => ({ query: 'code=abc&state=def' }),
  },
  'GET /api/session/end-session-url': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/account/second-factor/enrolment': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    isOwnSessionNeeded: true,
    prepare: async () => ({}),
  },
  'POST /api/account/second-factor/confirmation': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    isOwnSessionNeeded: true,
    prepare: async (world, { user }) => {
      if (!user) return { payload: { code: '123456' } };
      const secret = newTotpSecret();
      await world.deps.store.signIn.saveSecondFactor({
        userId: user.id,
        secretEncrypted: sealSecret(testSecretsKey, secret, secondFactorSecretContext(user.id)),
        recoveryCodeHashes: [],
        lastUsedStep: null,
        confirmedAt: null,
        createdAt: new Date().toISOString(),
      });
      return { payload: { code: totpCode(secret, world.deps.clock()) } };
    },
  },
  // A full session waits for no code: the route serves sessions that proved only the password.
  'POST /api/account/second-factor/verification': {
    outcomes: {
      anonymous: signInRequired,
      ...forEveryRole(notPending),
      otherMunicipality: notPending,
    },
    prepare: async () => ({ payload: { code: '123456' } }),
  },
  'GET /api/municipality/sign-in': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'PUT /api/municipality/sign-in/provider': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      payload: providerSettings(await matrixProvider(), {
        domain: `k${randomUUID().slice(0, 8)}.se`,
        organisationId: world.here.id,
      }),
      recordId: world.here.id,
    }),
  },
  'PUT /api/municipality/sign-in/policy': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({
      payload: {
        isPasswordSignInDisabled: false,
        breakGlassUserId: null,
        isSecondFactorRequired: false,
      },
    }),
  },
  'DELETE /api/users/:id/second-factor': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await makeUser(world.deps, world.here, ['reporter'])).id }),
  },
};
