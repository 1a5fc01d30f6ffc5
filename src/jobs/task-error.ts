import { DomainError, type ErrorCode } from '../domain/errors.js';
import type { ImportProblem } from '../domain/imports/import-problem.js';
import { CsvFormatError } from '../domain/imports/csv-format-error.js';

/** An error as it crosses from a worker thread: the kinds the callers tell apart, and the rest. */
export type TaskFailure =
  | { kind: 'domain'; code: ErrorCode; message: string; details?: Record<string, unknown> }
  | { kind: 'csv-format'; problem: ImportProblem }
  | { kind: 'error'; message: string };

/** The error thrown in a thread, as plain data (a class does not survive the structured clone). */
export function describeTaskError(error: unknown): TaskFailure {
  if (error instanceof DomainError) {
    return {
      kind: 'domain',
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
  }
  if (error instanceof CsvFormatError) return { kind: 'csv-format', problem: error.problem };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** The same error again on the caller's side, so routes and the error handler see no difference. */
export function restoreTaskError(failure: TaskFailure): Error {
  switch (failure.kind) {
    case 'domain':
      return new DomainError(failure.code, failure.message, failure.details);
    case 'csv-format':
      return new CsvFormatError(failure.problem);
    case 'error':
      return new Error(failure.message);
  }
}
