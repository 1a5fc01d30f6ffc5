// The product's HTTP server on 127.0.0.1, and a signed-in client that keeps cookies and sends
// the CSRF header as the web app does. Requests go through the real network stack (fetch).
import { buildApp } from '../../dist/server/http/app.js';
import { csrfCookieName, csrfHeaderName } from '../../dist/server/http/session-plugin.js';

/** Starts the API (no web app) on a free loopback port, with the production plugins. */
export async function startApiServer(deps) {
  const app = await buildApp({
    deps,
    cookies: { isSecure: false, maxAgeSeconds: 3600 },
    // Every request comes from one address; the limits must not be what is measured.
    rateLimits: { globalPerMinute: 10_000_000, authPerMinute: 1_000 },
    trustProxy: false,
    isDatabaseReachable: async () => true,
    webRoot: null,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

export class ApiClient {
  #cookies = new Map();

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  async request(method, path, body) {
    const csrf = this.#cookies.get(csrfCookieName);
    const headers = {
      cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method !== 'GET' && csrf ? { [csrfHeaderName]: csrf } : {}),
    };
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const isExpired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (value === '' || isExpired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return { status: response.status, text };
  }

  /** Signs in as a person does: GET the session for the CSRF cookie, then POST the password. */
  async signIn({ email, password }) {
    await this.request('GET', '/api/session');
    const response = await this.request('POST', '/api/session', { email, password });
    if (response.status !== 200) {
      throw new Error(`Sign-in failed: ${response.status} ${response.text}`);
    }
    return this;
  }
}
