import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, type ErrorCode } from '../domain/errors.js';

/** The one table from error code to HTTP status. */
export const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  JSON_TOO_DEEP: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_TOO_MANY_ATTEMPTS: 429,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PASSWORD_TOO_WEAK: 400,
  TOKEN_INVALID_OR_EXPIRED: 400,
  EMAIL_ALREADY_IN_USE: 409,
  ORGANISATION_NAME_TAKEN: 409,
  ORGANISATION_DISABLED: 409,
  CANNOT_DISABLE_SELF: 409,
  LAST_ADMIN: 409,
  INSTALLATION_ADMIN_ACCOUNT: 409,
  MUNICIPALITY_CODE_TAKEN: 409,
  MUNICIPALITY_CODE_UNKNOWN: 400,
  INCIDENT_INVALID: 400,
  SIGNAL_INVALID: 400,
  FOLLOW_UP_INVALID: 400,
  FOLLOW_UP_ROUND_EXISTS: 409,
  FOLLOW_UP_REPORT_FINAL: 409,
  AGREEMENT_INVALID: 400,
  PLAN_INVALID: 400,
  PLAN_LOCKED: 409,
  PLAN_NOT_REVISABLE: 409,
  EFFORT_INVALID: 400,
  DISTRICT_LAYER_INVALID: 400,
  DISTRICT_LAYER_TOO_LARGE: 400,
  DISTRICT_LAYER_NAME_TAKEN: 409,
  CATEGORY_CODE_TAKEN: 409,
  MEETING_INVALID: 400,
  MEETING_CLOSED: 409,
  SUPPLIER_INVALID: 400,
  SUPPLIER_EXISTS: 409,
  CONTRACT_INVALID: 400,
  CHECK_INVALID: 400,
  EVIDENCE_INVALID: 400,
  DECISION_INVALID: 400,
  MATCH_ALREADY_REVIEWED: 409,
  REGISTRY_NOT_CONFIGURED: 409,
  REGISTRY_UNAVAILABLE: 503,
  REGISTRY_RATE_LIMITED: 429,
  REGISTRY_TIMEOUT: 504,
  REGISTRY_UNAUTHORISED: 502,
  REGISTRY_BAD_RESPONSE: 502,
  SANCTIONS_NOT_CONFIGURED: 409,
  OIDC_SIGN_IN_FAILED: 401,
  OIDC_NO_ACCESS: 403,
  OIDC_PROVIDER_INVALID: 400,
  SECRETS_KEY_NOT_CONFIGURED: 409,
  PASSWORD_SIGN_IN_DISABLED: 403,
  SECOND_FACTOR_REQUIRED: 403,
  SECOND_FACTOR_INVALID: 401,
  PROGRAMME_INVALID: 400,
  CASE_INVALID: 400,
  CASE_CLOSED: 409,
  CONSENT_NOT_COVERING: 409,
  CASE_KEYS_NOT_CONFIGURED: 503,
  RATE_LIMITED: 429,
  SERVER_BUSY: 503,
  TASK_TIMED_OUT: 503,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_ERROR: 500,
};

/** Every error response has this body. */
export const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Fastify's own client errors (bad JSON, wrong content type, too large) in our codes. */
function frameworkErrorCode(error: FastifyError): ErrorCode | null {
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return 'MALFORMED_REQUEST';
  }
  return null;
}

/**
 * Known errors go out with their code and a message a person can act on. Anything else is
 * logged and answered with a plain 500: never a stack trace, never the error's own text.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const body: ErrorBody = { code: error.code, message: error.message, details: error.details };
      if (
        (error.code === 'AUTH_TOO_MANY_ATTEMPTS' ||
          error.code === 'SERVER_BUSY' ||
          error.code.startsWith('REGISTRY_')) &&
        typeof error.details?.retryAfterSeconds === 'number'
      ) {
        void reply.header('retry-after', String(error.details.retryAfterSeconds));
      }
      return reply.status(statusByCode[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext ?? 'body';
      const issues = error.validation.map((issue) => ({
        path: [location, ...issue.instancePath.split('/').filter(Boolean)],
        message: issue.message ?? 'Invalid value.',
      }));
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: { issues },
      });
    }
    const frameworkCode = frameworkErrorCode(error);
    if (frameworkCode) {
      return reply.status(statusByCode[frameworkCode]).send({
        code: frameworkCode,
        message: frameworkMessages[frameworkCode] ?? 'The request could not be read.',
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side. It has been logged.',
    });
  });

  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url === '/*') return;
    const pattern = new RegExp(
      `^${route.url
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:[A-Za-z]+/g, '[^/]+')
        .replace(/\*/g, '.*')}$`,
    );
    for (const method of [route.method].flat()) routes.push({ method, pattern });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = [
      ...new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method)),
    ];
    if (allowed.length > 0) {
      return reply
        .status(statusByCode.METHOD_NOT_ALLOWED)
        .header('allow', allowed.join(', '))
        .send({
          code: 'METHOD_NOT_ALLOWED',
          message: `${request.method} is not allowed on ${path}: use ${allowed.join(', ')}.`,
          details: { allowed },
        });
    }
    return reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `No route ${request.method} ${path}.` });
  });
}

const frameworkMessages: Partial<Record<ErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  MALFORMED_REQUEST: 'The request could not be read: check that the body is valid JSON.',
};

/**
 * Fastify's `frameworkErrors`: a URL the router cannot read (bad percent-encoding, an id
 * longer than the router allows) never reaches the error handler or the plugins' hooks, so
 * it is answered here, in the same shape as every other error.
 */
export function answerUnreadableUrl(_error: FastifyError, _request: unknown, reply: FastifyReply) {
  void reply
    .status(statusByCode.MALFORMED_REQUEST)
    .header('x-content-type-options', 'nosniff')
    .send({
      code: 'MALFORMED_REQUEST',
      message: 'The request could not be read: check the address.',
    });
}
