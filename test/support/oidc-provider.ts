import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test provider: the claims its ID tokens carry. */
export interface ProviderUser {
  email?: string;
  groups?: string[];
  roles?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  users: Map<string, ProviderUser>;
  /** Signs `login` in at the provider and returns the URL it sends the browser back to. */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  /** Passes requests to the provider itself (for a twin that serves another's keys). */
  handle(request: IncomingMessage, response: ServerResponse): void;
  close(): Promise<void>;
}

interface Options {
  redirectUri: string;
  postLogoutRedirectUri?: string;
  users?: Record<string, ProviderUser>;
  /** Serve this provider's /jwks instead of one's own: ID tokens then fail their signature. */
  publishKeysOf?: TestOidcProvider;
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

/**
 * A real OpenID provider (node-oidc-provider) on 127.0.0.1 with its own RSA key, one
 * confidential client and the given users; not a mock of the protocol. Its development
 * login form takes any password for a known login; consent is implied.
 */
export async function startTestOidcProvider(options: Options): Promise<TestOidcProvider> {
  const users = new Map(Object.entries(options.users ?? {}));
  let provider: Provider | null = null;
  const server = createServer((request, response) => {
    if (options.publishKeysOf && request.url?.startsWith('/jwks')) {
      options.publishKeysOf.handle(request, response);
      return;
    }
    if (!provider) {
      response.statusCode = 503;
      response.end();
      return;
    }
    provider.callback()(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A provider a suite forgets to close does not keep the test process alive.
  server.unref();
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `tryggve-${randomUUID().slice(0, 8)}`;
  const clientSecret = randomUUID() + randomUUID();
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: options.postLogoutRedirectUri
          ? [options.postLogoutRedirectUri]
          : [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: `${clientId}-other`,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    // Short-lived ID tokens, so a test can move its clock past their expiry and not the attempt's.
    ttl: { IdToken: 60, AccessToken: 600, Grant: 600, Interaction: 600, Session: 600 },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['groups', 'roles', 'name'],
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_context, accountId) {
      const user = users.get(accountId);
      if (!user) return undefined;
      return {
        accountId,
        claims: async () => ({
          sub: accountId,
          ...(user.email ? { email: user.email, email_verified: true } : {}),
          groups: user.groups ?? [],
          roles: user.roles ?? [],
        }),
      };
    },
    async loadExistingGrant(context) {
      const { client, session } = context.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new context.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(['email', 'email_verified', 'groups', 'roles', 'name']);
      await grant.save();
      return grant;
    },
  });
  const serving = provider;
  serving.on('server_error', () => undefined);

  return {
    issuer,
    clientId,
    clientSecret,
    users,
    handle: (request, response) => {
      serving.callback()(request, response);
    },
    async signIn(authorizationUrl, login) {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      let body: string | undefined;
      for (let step = 0; step < 10; step += 1) {
        const response = await fetch(url, {
          method: body === undefined ? 'GET' : 'POST',
          redirect: 'manual',
          headers: {
            cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
            ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          },
          ...(body === undefined ? {} : { body }),
        });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const [name, ...value] = (pair ?? '').split('=');
          if (name) cookies.set(name.trim(), value.join('='));
        }
        body = undefined;
        const location = response.headers.get('location');
        if (location) {
          const next = new URL(location, url);
          if (next.href.startsWith(options.redirectUri)) return next;
          url = next.href;
          continue;
        }
        if (response.status === 200 && url.includes('/interaction/')) {
          await response.text();
          body = new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString();
          continue;
        }
        throw new Error(`The provider answered ${response.status}: ${await response.text()}`);
      }
      throw new Error('The provider never sent the browser back.');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
