import type { SessionContext } from '../accounts/session.js';
import type { Deps } from '../deps.js';
import { idTokenContext } from './complete-provider-sign-in.js';
import { openSecret } from './secret-box.js';
import { connectionOf, secretsKeyOf } from './sign-in-secrets.js';

/**
 * Where the browser goes after signing out of Tryggve to end the provider's session too
 * (RP-initiated logout), or null: a password session, or a provider that offers none.
 */
export async function providerEndSessionUrl(
  deps: Deps,
  context: SessionContext,
): Promise<string | null> {
  const client = deps.openIdConnect;
  if (context.session.signedInWith !== 'oidc' || !client) return null;
  const provider = await deps.store.signIn.findProvider(context.municipality.id);
  if (!provider) return null;
  const idToken = context.session.idTokenEncrypted
    ? openSecret(
        secretsKeyOf(deps),
        context.session.idTokenEncrypted,
        idTokenContext(context.user.id),
      )
    : null;
  try {
    return await client.endSessionUrl(
      connectionOf(deps, provider),
      idToken,
      `${deps.settings.publicUrl}/logga-in`,
    );
  } catch {
    // The provider does not answer: Tryggve's own session still ends.
    return null;
  }
}
