import * as client from 'openid-client';
import { DomainError } from '../../domain/errors.js';
import type {
  OpenIdConnectClient,
  ProviderConnection,
} from '../../domain/sign-in/open-id-connect-client.js';

const timeoutSeconds = 10;

const refused = (reason: string) =>
  new DomainError('OIDC_SIGN_IN_FAILED', 'The identity provider did not confirm the sign-in.', {
    reason,
  });

/** Plain http is accepted only from this machine (a provider in tests or development). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

async function configurationFor(
  connection: ProviderConnection,
  now: Date = new Date(),
): Promise<client.Configuration> {
  const issuer = new URL(connection.issuerUrl);
  const isInsecureAllowed = issuer.protocol === 'http:' && isLoopback(issuer);
  try {
    const configuration = await client.discovery(
      issuer,
      connection.clientId,
      {
        // openid-client reads "now" as Date.now() + clockSkew: the use case's clock decides.
        [client.clockSkew]: Math.round((now.getTime() - Date.now()) / 1000),
      },
      client.ClientSecretPost(connection.clientSecret),
      {
        timeout: timeoutSeconds,
        execute: isInsecureAllowed ? [client.allowInsecureRequests] : [],
      },
    );
    // Verifies the ID token's signature against the provider's published keys too, not only
    // its claims: a token from the token endpoint is otherwise trusted for its TLS channel.
    client.enableNonRepudiationChecks(configuration);
    return configuration;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refused('discovery');
  }
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** The relying party, with openid-client: authorization code flow, PKCE (S256), state, nonce. */
export function createOpenIdConnectClient(): OpenIdConnectClient {
  return {
    async discover(connection) {
      await configurationFor(connection);
    },

    async beginSignIn(connection) {
      const configuration = await configurationFor(connection);
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: connection.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    async completeSignIn(connection, callbackUrl, expected, now) {
      const configuration = await configurationFor(connection, now);
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(
          configuration,
          callbackUrl,
          {
            pkceCodeVerifier: expected.codeVerifier,
            expectedState: expected.state,
            expectedNonce: expected.nonce,
            idTokenExpected: true,
          },
          { redirect_uri: connection.redirectUri },
        );
      } catch (error) {
        // The library's message can carry the provider's error text; only its code goes on.
        const code =
          (error as { code?: unknown; error?: unknown }).error ??
          (error as { code?: unknown }).code;
        throw refused(typeof code === 'string' ? code : 'token');
      }
      const claims = tokens.claims();
      if (!claims || tokens.id_token === undefined) throw refused('no_id_token');
      const email = typeof claims['email'] === 'string' ? claims['email'] : null;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        claims: { email, groups: stringsOf(claims['groups']), roles: stringsOf(claims['roles']) },
        idToken: tokens.id_token,
      };
    },

    async endSessionUrl(connection, idToken, postLogoutRedirectUri) {
      const configuration = await configurationFor(connection);
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: connection.clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    },
  };
}
