import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import {
  csrfCookieName,
  csrfCookieNameFor,
  csrfHeaderName,
} from '../../src/http/session-plugin.js';
import type { Basemap, TrustProxy } from '../../src/config.js';
import type { Deps } from '../../src/domain/deps.js';
import type { TaskRunner } from '../../src/jobs/worker-tasks.js';
import { testPassword } from './factories.js';
import { responseCheck } from './response-check.js';

/** The API with generous rate limits (tests send many requests from one address). */
export async function buildTestApp(
  deps: Deps,
  overrides: {
    authPerMinute?: number;
    basemap?: Basemap;
    trustProxy?: TrustProxy;
    /** As behind https: Secure, `__Host-` cookies. */
    isSecure?: boolean;
    /** Where heavy work runs (by default on the event loop). */
    tasks?: TaskRunner;
  } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    deps,
    cookies: { isSecure: overrides.isSecure ?? false, maxAgeSeconds: 3600 },
    rateLimits: { globalPerMinute: 100_000, authPerMinute: overrides.authPerMinute ?? 100_000 },
    trustProxy: overrides.trustProxy ?? false,
    isDatabaseReachable: async () => true,
    webRoot: null,
    basemap: overrides.basemap ?? null,
    ...(overrides.tasks ? { tasks: overrides.tasks } : {}),
    responseCheck,
  });
  await app.ready();
  return app;
}

/**
 * A browser-like client: keeps cookies between requests and sends the CSRF header on every
 * state-changing request, as the web app does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  async request(
    options: InjectOptions & { isCsrfOmitted?: boolean },
  ): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    if (!['GET', 'HEAD'].includes(method) && this.csrfToken() === undefined) {
      await this.request({ method: 'GET', url: '/api/session' });
    }
    const csrf = this.csrfToken();
    const response = await this.app.inject({
      ...options,
      headers: {
        ...(options.headers ?? {}),
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(!options.isCsrfOmitted && csrf && !['GET', 'HEAD'].includes(method)
          ? { [csrfHeaderName]: csrf }
          : {}),
      },
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** The CSRF cookie's value: the `__Host-` one over https, the plain one otherwise. */
  csrfToken(): string | undefined {
    return this.cookies.get(csrfCookieNameFor(true)) ?? this.cookies.get(csrfCookieName);
  }

  /** A cookie's current value, as the browser holds it. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: unknown) {
    return this.request({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as object });
  }

  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as object });
  }

  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }

  /** Signs in; throws unless the server says yes. */
  async signIn(email: string, password = testPassword): Promise<this> {
    const response = await this.post('/api/session', { email, password });
    if (response.statusCode !== 200)
      throw new Error(`Sign-in failed: ${response.statusCode} ${response.body}`);
    return this;
  }
}
