import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors.js';
import { statusByCode } from './error-handler.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The domain error codes the route's use case may raise beyond those every route has. */
    mayFailWith?: readonly ErrorCode[];
    /**
     * No role is checked, so FORBIDDEN never comes: every signed-in user may use the route
     * (their own account), or anyone the route is not for is answered 404 (the installation).
     */
    hasNoRoleCheck?: boolean;
    /** Every error status the route may answer, with its codes: filled in by {@link documentErrors}. */
    documentedErrors?: Readonly<Record<number, readonly ErrorCode[]>>;
  }
}

/**
 * A route's `config`: the domain error codes its use case may raise (PLAN_LOCKED,
 * SUPPLIER_EXISTS, ...), route by route, so an operation lists only what it can answer. The
 * codes every route shares (validation, sign-in, CSRF, access, missing ids, body limits, rate
 * limits, a busy server) are added by {@link documentErrors}; each ends up in the API document
 * under its status, and the test server refuses any answer not documented.
 */
export function mayFailWith(...codes: ErrorCode[]): { mayFailWith: readonly ErrorCode[] } {
  return { mayFailWith: codes };
}

const statusDescriptions: Record<number, string> = {
  400: 'The request is invalid',
  401: 'Not signed in',
  403: 'Forbidden, or the CSRF header is missing',
  404: 'Not found (or not visible to the caller)',
  409: 'In conflict with the current state',
  413: 'The body is too large',
  415: 'The body is not JSON',
  429: 'Too many requests',
  500: 'An error on the server',
  502: 'An outside registry answered wrongly',
  503: 'Busy or an outside service is unavailable; try again',
  504: 'An outside registry did not answer in time',
};

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const schemaCache = new Map<string, z.ZodType>();

/** The error body `{code, message, details}` with the codes one status may carry. */
export function errorResponseSchema(status: number, codes: readonly ErrorCode[]): z.ZodType {
  const key = `${status} ${codes.join(',')}`;
  const cached = schemaCache.get(key);
  if (cached) return cached;
  const schema = z
    .object({
      code: z.enum(codes as [ErrorCode, ...ErrorCode[]]),
      message: z.string().describe('In English, for the integrator; the web app shows its own.'),
      details: z.unknown().optional(),
    })
    .describe(`${statusDescriptions[status] ?? 'Error'}: ${codes.join(', ')}`);
  schemaCache.set(key, schema);
  return schema;
}

type RouteSchema = { response?: Record<string, unknown>; hide?: boolean } & Record<string, unknown>;

/** The error codes a route can answer with, from what the route declares about itself. */
export function errorCodesOf(route: RouteOptions): ErrorCode[] {
  const methods = [route.method].flat();
  const schema = (route.schema ?? {}) as RouteSchema;
  const config = (route.config ?? {}) as { isPublic?: boolean; rateLimit?: unknown };
  const codes = new Set<ErrorCode>(['MALFORMED_REQUEST', 'VALIDATION_FAILED']);
  const isPublic = config.isPublic === true || !route.url.startsWith('/api/');
  if (!isPublic) codes.add('AUTH_REQUIRED');
  if (!isPublic && route.config?.hasNoRoleCheck !== true) codes.add('FORBIDDEN');
  // A session that still lacks its second factor is refused everywhere but its own steps (issue 17).
  if (!isPublic && route.config?.isOpenToPendingSession !== true)
    codes.add('SECOND_FACTOR_REQUIRED');
  if (methods.some((method) => bodyMethods.has(method))) {
    codes.add('CSRF_TOKEN_INVALID');
    codes.add('PAYLOAD_TOO_LARGE').add('UNSUPPORTED_MEDIA_TYPE').add('JSON_TOO_DEEP');
  }
  // An id in the path, or one named in the body (an organisation, a category, a plan).
  if (route.url.includes(':') || schema.body) codes.add('NOT_FOUND');
  if (config.rateLimit !== false) codes.add('RATE_LIMITED');
  // On SQLite a write waits while a worker thread imports (src/storage/sqlite-write-gate.ts),
  // and any request with a session cookie may write (the session's last use): busy after a
  // minute's wait. The probes /healthz and /readyz write nothing.
  if (route.url.startsWith('/api/')) codes.add('SERVER_BUSY');
  // The route's own: the codes its use case raises, declared next to it (each route, not each area).
  for (const code of route.config?.mayFailWith ?? []) codes.add(code);
  return [...codes];
}

/** The codes grouped by their status, in the order of the one table. */
export function errorsByStatus(codes: readonly ErrorCode[]): Record<number, ErrorCode[]> {
  const grouped: Record<number, ErrorCode[]> = {};
  for (const code of Object.keys(statusByCode) as ErrorCode[]) {
    if (!codes.includes(code)) continue;
    (grouped[statusByCode[code]] ??= []).push(code);
  }
  return grouped;
}

/** The security schemes the document declares: the session cookie and the CSRF header. */
export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'tryggve_session',
    description:
      'The session cookie set by POST /api/session (named __Host-tryggve_session over https).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'State-changing requests repeat the value of the tryggve_csrf cookie (GET /api/session sets it) in this header.',
  },
} as const;

function securityOf(route: RouteOptions): Record<string, string[]>[] {
  const isWrite = [route.method].flat().some((method) => bodyMethods.has(method));
  const isPublic =
    (route.config as { isPublic?: boolean } | undefined)?.isPublic === true ||
    !route.url.startsWith('/api/');
  if (isPublic) return isWrite ? [{ csrf: [] }] : [];
  return [isWrite ? { session: [], csrf: [] } : { session: [] }];
}

/**
 * Every /api route declares its error responses through here, when it is registered: each
 * status it may answer gets the error body with the codes that status may carry, so the API
 * document lists every answer a route can give, by construction.
 */
export function documentErrors(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const isApi =
      route.url.startsWith('/api/') || route.url === '/healthz' || route.url === '/readyz';
    const schema = route.schema as RouteSchema | undefined;
    if (!isApi || !schema || schema.hide) return;
    const grouped = errorsByStatus(errorCodesOf(route));
    const response: Record<string, unknown> = { ...(schema.response ?? {}) };
    // A route that sends a file still answers its errors as JSON: say so, or the document
    // would claim an error arrives as the file's media type.
    const sendsFile = Array.isArray(schema.produces);
    for (const [status, codes] of Object.entries(grouped)) {
      const error = errorResponseSchema(Number(status), codes);
      response[status] ??= sendsFile
        ? { description: error.description, content: { 'application/json': { schema: error } } }
        : error;
    }
    schema.response = response;
    schema.security ??= securityOf(route);
    route.config = { ...route.config, documentedErrors: grouped };
  });
}
