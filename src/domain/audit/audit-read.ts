import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { recordAudit } from './record-audit.js';

/** Ids named in one read entry; a longer listing names the first ones and its count. */
const maxIdsPerReadEntry = 100;

interface ReadEvent {
  /** What was read, such as `incident.list` or `meeting.read`. */
  action: string;
  /** The kind of record read, such as `incident`. */
  entityType: string;
  /** The ids of the records read: never names, text or anything else about them. */
  ids: readonly string[];
  /** Counts or formats, never personal data or free text. */
  details?: Record<string, number | string | boolean | null>;
}

/**
 * Records that `actor` read records holding free text or personal data (issue 20,
 * finding 8): one entry per request, naming the ids read and how many, never their
 * contents. Every use case that hands out such records calls it after reading them and
 * before returning them, so a read whose entry cannot be written fails rather than going
 * unrecorded. Aggregates with no free text (the situation picture) do not call it.
 */
export async function auditRead(deps: Deps, actor: Actor, event: ReadEvent): Promise<void> {
  const ids = [...new Set(event.ids)];
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, deps.clock(), actor, {
      action: event.action,
      entityType: event.entityType,
      entityId: ids.length === 1 ? (ids[0] ?? null) : null,
      details: {
        ...event.details,
        count: ids.length,
        ...(ids.length > 1 ? { ids: ids.slice(0, maxIdsPerReadEntry) } : {}),
        ...(ids.length > maxIdsPerReadEntry ? { isIdListCut: true } : {}),
        ...(actor.userId === null ? { via: 'cli' } : {}),
      },
    }),
  );
}
