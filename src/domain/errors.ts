/**
 * Every error a use case can raise, by stable code. The HTTP layer maps each code to a
 * status (src/http/error-handler.ts); the web app maps each code to a message in the catalog.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'JSON_TOO_DEEP',
  'UNSUPPORTED_MEDIA_TYPE',
  'AUTH_REQUIRED',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_TOO_MANY_ATTEMPTS',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'PASSWORD_TOO_WEAK',
  'TOKEN_INVALID_OR_EXPIRED',
  'EMAIL_ALREADY_IN_USE',
  'ORGANISATION_NAME_TAKEN',
  'ORGANISATION_DISABLED',
  'CANNOT_DISABLE_SELF',
  'LAST_ADMIN',
  'INSTALLATION_ADMIN_ACCOUNT',
  'MUNICIPALITY_CODE_TAKEN',
  /** A kommunkod SCB's map does not have (issue 13). */
  'MUNICIPALITY_CODE_UNKNOWN',
  'INCIDENT_INVALID',
  'DISTRICT_LAYER_INVALID',
  'DISTRICT_LAYER_TOO_LARGE',
  'DISTRICT_LAYER_NAME_TAKEN',
  'CATEGORY_CODE_TAKEN',
  'SIGNAL_INVALID',
  'PLAN_INVALID',
  'PLAN_LOCKED',
  'PLAN_NOT_REVISABLE',
  'EFFORT_INVALID',
  'FOLLOW_UP_INVALID',
  'FOLLOW_UP_ROUND_EXISTS',
  'FOLLOW_UP_REPORT_FINAL',
  'AGREEMENT_INVALID',
  'MEETING_INVALID',
  'MEETING_CLOSED',
  'SUPPLIER_INVALID',
  'SUPPLIER_EXISTS',
  'CONTRACT_INVALID',
  'CHECK_INVALID',
  'EVIDENCE_INVALID',
  'DECISION_INVALID',
  'MATCH_ALREADY_REVIEWED',
  'REGISTRY_NOT_CONFIGURED',
  'REGISTRY_UNAVAILABLE',
  'REGISTRY_RATE_LIMITED',
  'REGISTRY_TIMEOUT',
  'REGISTRY_UNAUTHORISED',
  'REGISTRY_BAD_RESPONSE',
  'SANCTIONS_NOT_CONFIGURED',
  /** Issue 17: the provider did not confirm the sign-in (state, nonce, PKCE, token checks). */
  'OIDC_SIGN_IN_FAILED',
  /** Issue 17: the provider confirmed the person, but no mapping gives them access. */
  'OIDC_NO_ACCESS',
  /** Issue 17: the issuer does not answer as an OpenID provider. */
  'OIDC_PROVIDER_INVALID',
  /** Issue 17: TRYGGVE_SECRETS_KEY is not set, so no secret can be kept. */
  'SECRETS_KEY_NOT_CONFIGURED',
  /** Issue 17: the municipality signs in through its provider; only break-glass uses a password. */
  'PASSWORD_SIGN_IN_DISABLED',
  /** Issue 17: the session lacks its second factor (enrolment or the code). */
  'SECOND_FACTOR_REQUIRED',
  /** Issue 17: the code or recovery code is wrong, used or expired. */
  'SECOND_FACTOR_INVALID',
  /** Individual interventions (issue 14). */
  'PROGRAMME_INVALID',
  'CASE_INVALID',
  'CASE_CLOSED',
  /** A disclosure the case's consents do not cover, nor the law: nothing was recorded as sent. */
  'CONSENT_NOT_COVERING',
  /** No case keys are configured (TRYGGVE_CASE_KEYS): cases cannot be read or written. */
  'CASE_KEYS_NOT_CONFIGURED',
  'RATE_LIMITED',
  'SERVER_BUSY',
  'TASK_TIMED_OUT',
  /** The path exists, but not with this method: answered with an Allow header (issue 23). */
  'METHOD_NOT_ALLOWED',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A rule was broken in a way the caller can act on. `message` is English for API clients. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A write lost a race: another writer stored the same unique value first (the check before
 * it saw nothing). Raised by the store; each use case turns it into its own error code.
 */
export class UniqueViolation extends Error {
  constructor(readonly detail: string) {
    super('A unique value was taken by a concurrent write.');
    this.name = 'UniqueViolation';
  }
}

/** The one answer for both "does not exist" and "exists but is not yours". */
export function notFound(entity: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity}.`);
}
