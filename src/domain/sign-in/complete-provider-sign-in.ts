import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashToken, isSameSecret } from '../accounts/session.js';
import { actorOf } from '../accounts/session-user.js';
import { startSession, type StartedSession } from '../accounts/start-session.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { accountFromProvider, ProviderRefusal } from './account-from-provider.js';
import type { VerifiedSignIn } from './open-id-connect-client.js';
import { sealSecret } from './secret-box.js';
import { connectionOf, secretsKeyOf } from './sign-in-secrets.js';

export interface ProviderCallback {
  /** The callback URL as the browser requested it: code, state, iss, error. */
  callbackUrl: URL;
  /** The state this browser was given when it started (its cookie). */
  stateCookie: string | undefined;
}

const failed = (reason: string) =>
  new DomainError('OIDC_SIGN_IN_FAILED', 'The identity provider did not confirm the sign-in.', {
    reason,
  });

/** The associated data a session's ID token is sealed with. */
export const idTokenContext = (userId: string) => `id-token:${userId}`;

const sameIssuer = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Finishes a sign-in through the municipality's provider. The state must be this browser's
 * and is used once; the code is exchanged with the PKCE verifier; the ID token's signature,
 * issuer, audience, expiry and nonce are checked (src/integrations/oidc); the issuer must be
 * the provider of the municipality the attempt was started for. Every refusal is audited.
 */
export async function completeProviderSignIn(
  deps: Deps,
  callback: ProviderCallback,
): Promise<StartedSession> {
  const now = deps.clock();
  const state = callback.callbackUrl.searchParams.get('state');
  if (!state || !callback.stateCookie || !isSameSecret(state, callback.stateCookie)) {
    throw failed('state');
  }
  const attempt = await deps.store.signIn.takeAttempt(hashToken(state));
  if (!attempt || new Date(attempt.expiresAt).getTime() <= now.getTime()) throw failed('state');
  const provider = await deps.store.signIn.findProvider(attempt.municipalityId);
  const client = deps.openIdConnect;
  if (!provider || !client) throw failed('no_provider');
  const system: Actor = {
    userId: null,
    municipalityId: provider.municipalityId,
    organisationId: null,
    roles: [],
  };
  const refuse = async (error: DomainError, userId: string | null, reason: string) => {
    await deps.store.transaction(async (repositories) => {
      if (userId) await repositories.sessions.deleteForUser(userId);
      await recordAudit(repositories, now, system, {
        action: 'auth.login',
        entityType: 'user',
        entityId: userId,
        outcome: error.code === 'OIDC_NO_ACCESS' ? 'denied' : 'failure',
        details: { method: 'oidc', reason },
      });
    });
    return error;
  };

  let verified: VerifiedSignIn;
  try {
    verified = await client.completeSignIn(
      connectionOf(deps, provider),
      callback.callbackUrl,
      { state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier },
      now,
    );
  } catch (error) {
    const reason =
      error instanceof DomainError ? String(error.details?.['reason'] ?? 'token') : 'token';
    throw await refuse(failed(reason), null, reason);
  }
  // openid-client holds the token to the discovered issuer; this holds that issuer to the
  // municipality's configuration, so no other provider's token signs anyone in here.
  if (!sameIssuer(verified.issuer, provider.issuerUrl)) {
    throw await refuse(failed('issuer'), null, 'issuer');
  }
  try {
    return await deps.store.transaction(async (repositories) => {
      const user = await accountFromProvider(repositories, provider, verified, now);
      const started = await startSession(deps, repositories, user.id, now, {
        signedInWith: 'oidc',
        idTokenEncrypted: sealSecret(secretsKeyOf(deps), verified.idToken, idTokenContext(user.id)),
      });
      await recordAudit(repositories, now, actorOf(started.context), {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        details: { method: 'oidc' },
      });
      return started;
    });
  } catch (error) {
    if (error instanceof ProviderRefusal) throw await refuse(error, error.userId, error.reason);
    throw error;
  }
}
