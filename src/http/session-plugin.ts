import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSession } from '../domain/accounts/resolve-session.js';
import { isSameSecret, newSecretToken, type SessionContext } from '../domain/accounts/session.js';
import type { StartedSession } from '../domain/accounts/start-session.js';
import { actorOf } from '../domain/accounts/session-user.js';
import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { DomainError } from '../domain/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route may be used without signing in (sign-in itself, password resets, invitations). */
    isPublic?: boolean;
    /** The route serves a session that still lacks its second factor (issue 17). */
    isOpenToPendingSession?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user's session, or null. Set before every handler. */
    sessionContext: SessionContext | null;
  }
}

/** The CSRF cookie's name over plain http (local use); see {@link csrfCookieNameFor}. */
export const csrfCookieName = 'tryggve_csrf';
export const csrfHeaderName = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const isDocumentation = (route: string) =>
  route === '/api/openapi.json' || route.startsWith('/api/docs');

export interface SessionCookieOptions {
  isSecure: boolean;
  maxAgeSeconds: number;
}

/** `__Host-` binds the cookie to this origin over https; plain http (local use) cannot carry it. */
function sessionCookieName(isSecure: boolean): string {
  return isSecure ? '__Host-tryggve_session' : 'tryggve_session';
}

/** `__Host-` binds the CSRF cookie to this origin too, so no sibling subdomain can plant one. */
export function csrfCookieNameFor(isSecure: boolean): string {
  return isSecure ? `__Host-${csrfCookieName}` : csrfCookieName;
}

/**
 * Resolves the session cookie to a session on every request. Every /api route needs a
 * signed-in user unless it is marked `isPublic` (secure by default), and every
 * state-changing /api request needs an `x-csrf-token` header that matches the CSRF cookie
 * and, when signed in, the session's own token (a double submit bound to the session).
 * Both are decided in onRequest, before the body is read or validated: a caller who may not
 * use a route learns nothing of its schema, and a forged request is refused before any work.
 */
export const sessionPlugin = fp<{ deps: Deps; cookies: SessionCookieOptions }>(
  async (app, options) => {
    const cookieName = sessionCookieName(options.cookies.isSecure);
    const csrfName = csrfCookieNameFor(options.cookies.isSecure);
    app.decorateRequest('sessionContext', null);

    app.addHook('onRequest', async (request) => {
      const token = request.cookies[cookieName];
      request.sessionContext = token ? await resolveSession(options.deps, token) : null;
      const route = request.routeOptions.url;
      if (route === undefined || !route.startsWith('/api/') || isDocumentation(route)) return;
      if (request.routeOptions.config.isPublic !== true && request.sessionContext === null) {
        throw new DomainError('AUTH_REQUIRED', 'Sign in first.');
      }
      // A session that proved only the password, or must enrol a second factor first, may
      // use nothing but its own second-factor routes, its session and signing out.
      if (
        request.sessionContext?.session.pendingStep &&
        request.routeOptions.config.isPublic !== true &&
        request.routeOptions.config.isOpenToPendingSession !== true
      ) {
        throw new DomainError('SECOND_FACTOR_REQUIRED', 'Enter or enrol your second factor first.');
      }
      if (safeMethods.has(request.method)) return;
      const header = request.headers[csrfHeaderName];
      const cookie = request.cookies[csrfName];
      const isValid =
        typeof header === 'string' &&
        typeof cookie === 'string' &&
        isSameSecret(header, cookie) &&
        (request.sessionContext === null ||
          isSameSecret(header, request.sessionContext.session.csrfToken));
      if (!isValid) {
        throw new DomainError(
          'CSRF_TOKEN_INVALID',
          `Send the value of the ${csrfName} cookie in the ${csrfHeaderName} header (GET /api/session sets it).`,
        );
      }
    });
  },
);

const cookieBase = (isSecure: boolean) => ({
  path: '/',
  sameSite: 'strict' as const,
  secure: isSecure,
});

/** Sets the session cookie and its CSRF token after a login. */
export function setSessionCookies(
  reply: FastifyReply,
  started: StartedSession,
  options: SessionCookieOptions,
): void {
  void reply.setCookie(sessionCookieName(options.isSecure), started.sessionToken, {
    ...cookieBase(options.isSecure),
    httpOnly: true,
    maxAge: options.maxAgeSeconds,
  });
  void reply.setCookie(csrfCookieNameFor(options.isSecure), started.csrfToken, {
    ...cookieBase(options.isSecure),
    httpOnly: false,
  });
}

/** Gives a visitor a CSRF cookie: the session's token when signed in, a fresh one otherwise. */
export function ensureCsrfCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  isSecure: boolean,
): void {
  const expected = request.sessionContext?.session.csrfToken;
  const current = request.cookies[csrfCookieNameFor(isSecure)];
  if (current && (!expected || current === expected)) return;
  void reply.setCookie(csrfCookieNameFor(isSecure), expected ?? newSecretToken(), {
    ...cookieBase(isSecure),
    httpOnly: false,
  });
}

export function clearSessionCookies(reply: FastifyReply, isSecure: boolean): void {
  void reply.clearCookie(sessionCookieName(isSecure), cookieBase(isSecure));
  void reply.setCookie(csrfCookieNameFor(isSecure), newSecretToken(), {
    ...cookieBase(isSecure),
    httpOnly: false,
  });
}

/** The signed-in session, or AUTH_REQUIRED. */
export function requireSession(request: FastifyRequest): SessionContext {
  if (!request.sessionContext) throw new DomainError('AUTH_REQUIRED', 'Sign in first.');
  return request.sessionContext;
}

export function requireActor(request: FastifyRequest): Actor {
  return actorOf(requireSession(request));
}
