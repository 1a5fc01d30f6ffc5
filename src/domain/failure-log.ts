/**
 * The domain's logger port: where a use case leaves a trace of an infrastructure failure it
 * swallows on purpose (a mail that could not be sent is recorded and retried, never thrown).
 * Every line has a stable code and what is safe to keep: the error's class and its machine
 * code, never its message (an SMTP answer quotes the address), and only ids, never names or
 * addresses. The server passes its pino logger (src/logger.ts), which has this shape.
 */
export interface DomainLogger {
  warn(fields: FailureFields, message: string): void;
}

/** The stable codes of the failures the domain swallows, one per place. */
export type FailureCode =
  | 'MEETING_MINUTES_MAIL_FAILED'
  | 'MEETING_AGENDA_MAIL_FAILED'
  | 'FOLLOW_UP_MAIL_FAILED'
  | 'ACCOUNT_LINK_MAIL_FAILED'
  | 'INVITED_ELSEWHERE_MAIL_FAILED';

export interface FailureFields {
  code: FailureCode;
  /** The error's class ('Error', 'TypeError'). */
  errorName: string;
  /** A machine code the error carries ('ECONNECTION', 'EAUTH'), or null. */
  errorCode: string | null;
  /** An SMTP reply code (550) when the error carries one, or null. */
  responseCode: number | null;
  /** Ids that say which record the failure concerns (never an address or a name). */
  [id: `${string}Id`]: string;
}

/** A logger that keeps nothing: for callers that want no trace (the CLI's one-off commands). */
export const silentLogger: DomainLogger = { warn: () => {} };

/**
 * Logs a swallowed failure with its code and the safe parts of its cause.
 * @param ids record ids only, keys ending in `Id` (meetingId, roundId)
 */
export function logFailure(
  logger: DomainLogger,
  code: FailureCode,
  error: unknown,
  ids: Record<`${string}Id`, string> = {},
): void {
  const cause = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    responseCode?: unknown;
  };
  logger.warn(
    {
      ...ids,
      code,
      errorName:
        typeof cause.name === 'string' && /^\w{1,40}$/.test(cause.name) ? cause.name : typeof error,
      errorCode:
        typeof cause.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(cause.code) ? cause.code : null,
      responseCode: typeof cause.responseCode === 'number' ? cause.responseCode : null,
    },
    'a failure was recorded and not thrown',
  );
}
