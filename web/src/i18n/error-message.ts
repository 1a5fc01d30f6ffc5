import { isApiError } from '../api/client';
import { passwordWeaknessReasons, type PasswordWeaknessReason } from '../api/types';
import type { Messages } from './sv';

/** A failure put into words for a person: a main message and, where useful, what to fix. */
export interface DescribedError {
  message: string;
  /** Heading for `items`, when there are items. */
  itemsHeading?: string;
  items: string[];
}

function lookup<T extends object>(record: T, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The catalog text for an error code passed by the server in a redirect (issue 17). */
export function lookupErrorMessage(t: Messages, code: string): string {
  return lookup(t.errors, code) ?? t.errors.generic;
}

/** Finds the catalog text for an API error code (`errors.<CODE>`), with a generic fallback. */
export function describeError(t: Messages, error: unknown): DescribedError {
  if (!isApiError(error)) return { message: t.errors.generic, items: [] };
  const message = lookup(t.errors, error.code) ?? t.errors.generic;
  const details = (error.details ?? {}) as Record<string, unknown>;

  if (error.code === 'AUTH_TOO_MANY_ATTEMPTS' || error.code === 'RATE_LIMITED') {
    const seconds = Number(details.retryAfterSeconds);
    return {
      message,
      items: Number.isFinite(seconds) && seconds > 0 ? [t.retryAfter(Math.ceil(seconds))] : [],
    };
  }
  if (error.code === 'PASSWORD_TOO_WEAK' && Array.isArray(details.reasons)) {
    const reasons = details.reasons.filter((reason): reason is PasswordWeaknessReason =>
      (passwordWeaknessReasons as readonly unknown[]).includes(reason),
    );
    return {
      message,
      itemsHeading: t.password.reasonsHeading,
      items: reasons.map((reason) => t.password.reasons[reason]),
    };
  }
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(details.issues)) {
    // A mangled link (a token cut short in an e-mail client) is, to a person, an invalid link.
    const paths = (details.issues as { path?: unknown }[]).map((issue) =>
      Array.isArray(issue.path) ? issue.path.map(String) : [],
    );
    if (paths.length > 0 && paths.every((path) => path.at(-1) === 'token')) {
      return { message: t.errors.TOKEN_INVALID_OR_EXPIRED, items: [] };
    }
    const fields = new Set<string>();
    for (const issue of details.issues as { path?: unknown }[]) {
      const path = Array.isArray(issue.path) ? issue.path.map(String) : [];
      const field = path.find((part) => lookup(t.validation.fields, part) !== undefined);
      fields.add(
        field === undefined ? path.join('.') : (lookup(t.validation.fields, field) ?? field),
      );
    }
    const items = [...fields].filter((field) => field !== '');
    return {
      message,
      itemsHeading: items.length > 0 ? t.validation.issuesHeading : undefined,
      items,
    };
  }
  return { message, items: [] };
}

/** The audit action in words, with the raw action as fallback. */
export function describeAuditAction(t: Messages, action: string): string {
  return lookup(t.audit.actions, action) ?? action;
}
