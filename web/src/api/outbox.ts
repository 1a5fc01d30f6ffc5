import { isApiError } from './client';
import type { EventProblem, ReportedIncidents, ReportInput } from './types';

/**
 * Reports that could not be sent yet: filed without a connection, or when the request failed
 * on the way. They are kept in localStorage, per user, with the `clientReference` they were
 * filed with, and sent again when the connection returns. The server stores a report once per
 * clientReference, so a report that did arrive before the answer was lost comes back as a
 * repeat and is then removed: nothing is lost and nothing counts twice.
 */

export interface QueuedReport {
  clientReference: string;
  report: ReportInput & { clientReference: string };
  /** ISO. */
  queuedAt: string;
  /** Set when the server refused the report: it stays until the person fixes or discards it. */
  refusal: { code: string; problems: EventProblem[] } | null;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type SendReport = (report: ReportInput) => Promise<ReportedIncidents>;

/** A waiting report that has now been sent: the page that queued it shows its confirmation. */
export interface SentFromOutbox {
  userId: string;
  clientReference: string;
  eventCount: number;
  result: ReportedIncidents;
}

export interface FlushResult {
  sent: number;
  refused: number;
  /** True when sending stopped because the network (or the server) is not there. */
  isStillWaiting: boolean;
}

/** Statuses that say "not now" rather than "not this": try again later. */
function isTemporaryFailure(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return (
    error.code === 'NETWORK_ERROR' ||
    error.code === 'AUTH_REQUIRED' ||
    error.code === 'CSRF_TOKEN_INVALID' ||
    error.code === 'RATE_LIMITED' ||
    error.status === 0 ||
    error.status >= 500
  );
}

/** True for a failure that means the report never got an answer: keep it and send it later. */
export function isWorthQueueing(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.code === 'NETWORK_ERROR' || error.status === 0 || [502, 503, 504].includes(error.status))
  );
}

function problemsOf(error: unknown): EventProblem[] {
  if (!isApiError(error)) return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as EventProblem[]) : [];
}

export function createOutbox(getStorage: () => KeyValueStorage | null) {
  const listeners = new Set<() => void>();
  const sentListeners = new Set<(sent: SentFromOutbox) => void>();
  const flushing = new Set<string>();
  const keyOf = (userId: string) => `tryggve.outbox.${userId}`;

  const notify = () => listeners.forEach((listener) => listener());

  function read(userId: string): QueuedReport[] {
    try {
      const raw = getStorage()?.getItem(keyOf(userId));
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as QueuedReport[]) : [];
    } catch {
      return [];
    }
  }

  function write(userId: string, reports: QueuedReport[]): void {
    const storage = getStorage();
    if (storage === null) throw new Error('This browser cannot store reports (storage is off).');
    storage.setItem(keyOf(userId), JSON.stringify(reports));
    notify();
  }

  function update(userId: string, change: (reports: QueuedReport[]) => QueuedReport[]): void {
    write(userId, change(read(userId)));
  }

  return {
    read,
    /** The raw stored text, as a cheap snapshot for useSyncExternalStore. */
    snapshot: (userId: string): string => {
      try {
        return getStorage()?.getItem(keyOf(userId)) ?? '[]';
      } catch {
        return '[]';
      }
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Calls `listener` for each waiting report this tab sends, after it left the outbox. */
    onSent(listener: (sent: SentFromOutbox) => void): () => void {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    /** Another tab changed the storage: tell this tab's subscribers. */
    notify,
    add(userId: string, report: ReportInput & { clientReference: string }, now: Date): void {
      update(userId, (reports) => [
        ...reports.filter((queued) => queued.clientReference !== report.clientReference),
        {
          clientReference: report.clientReference,
          report,
          queuedAt: now.toISOString(),
          refusal: null,
        },
      ]);
    },
    remove(userId: string, clientReference: string): void {
      update(userId, (reports) =>
        reports.filter((queued) => queued.clientReference !== clientReference),
      );
    },
    /**
     * Sends every waiting report, oldest first. Sent ones (new or repeats) are removed; refused
     * ones are marked and kept for the person; on a network failure it stops and waits.
     */
    async flush(userId: string, send: SendReport): Promise<FlushResult> {
      const result: FlushResult = { sent: 0, refused: 0, isStillWaiting: false };
      if (flushing.has(userId)) return { ...result, isStillWaiting: true };
      flushing.add(userId);
      try {
        for (const queued of read(userId)) {
          if (queued.refusal !== null) continue;
          try {
            const answer = await send(queued.report);
            update(userId, (reports) =>
              reports.filter((item) => item.clientReference !== queued.clientReference),
            );
            result.sent += 1;
            const sent = {
              userId,
              clientReference: queued.clientReference,
              eventCount: queued.report.events.length,
              result: answer,
            };
            sentListeners.forEach((listener) => listener(sent));
          } catch (error) {
            if (isTemporaryFailure(error)) {
              result.isStillWaiting = true;
              break;
            }
            const refusal = {
              code: isApiError(error) ? error.code : 'INTERNAL_ERROR',
              problems: problemsOf(error),
            };
            update(userId, (reports) =>
              reports.map((item) =>
                item.clientReference === queued.clientReference ? { ...item, refusal } : item,
              ),
            );
            result.refused += 1;
          }
        }
      } finally {
        flushing.delete(userId);
      }
      return result;
    },
  };
}

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The outbox of this browser. */
export const outbox = createOutbox(browserStorage);

/**
 * An id for a report, made on the device: 32 hex digits from the browser's random source.
 * (crypto.randomUUID exists only on https and localhost; getRandomValues everywhere.)
 */
export function newClientReference(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
