import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { importIncidents } from '../../domain/imports/import-incidents.js';
import type { ImportRun } from '../../domain/imports/incoming-incident.js';
import { loadImportContext } from '../../domain/imports/load-import-context.js';
import { defaultPoliceEventTypeMapping } from './event-type-mapping.js';
import { readPoliceEventsFile } from './read-police-events-file.js';

export interface PoliceEventsImportInput {
  /** The feed's JSON, already parsed. */
  events: unknown;
  bodiesJsonl: string | null;
  fileName: string;
  /** The police organisation the events are filed under. */
  organisationId: string;
  isSkippingBadRows: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The ids of a feed's events, as far as it is a list of objects with ids. */
function eventIds(events: unknown): string[] {
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: unknown) => {
    const id = (event as { id?: unknown } | null)?.id;
    return typeof id === 'number' || typeof id === 'string' ? [String(id)] : [];
  });
}

/**
 * The body part of a stored description: what follows the summary's blank line (a summary
 * has none: the feed cuts it at about 100 characters).
 */
function storedBody(description: string): string | null {
  const start = description.indexOf('\n\n');
  return start === -1 ? null : description.slice(start + 2);
}

/** Reads a police events file for the actor's municipality and imports it through the one import path. */
export async function importPoliceEventsFile(
  deps: Deps,
  actor: Actor,
  input: PoliceEventsImportInput,
): Promise<ImportRun> {
  const context = await loadImportContext(deps, actor, 'police_events', eventIds(input.events));
  const storedBodies = new Map<string, string>();
  for (const [id, description] of context.storedDescriptions) {
    const body = storedBody(description);
    if (body) storedBodies.set(id, body);
  }
  const read = readPoliceEventsFile({
    events: input.events,
    bodiesJsonl: input.bodiesJsonl,
    municipalityName: context.municipalityName,
    placer: context.placer,
    activeCategoryCodes: context.activeCategoryCodes,
    // The municipality's own entries win over the default mapping.
    mapping: { ...defaultPoliceEventTypeMapping, ...context.policeTypeMapping },
    storedBodies,
  });
  return importIncidents(deps, actor, {
    ...read,
    source: 'police_events',
    fileName: input.fileName,
    organisationId: input.organisationId,
    isSkippingBadRows: input.isSkippingBadRows,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}
