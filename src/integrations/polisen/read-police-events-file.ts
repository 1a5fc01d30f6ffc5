import {
  rejectedRow,
  unreadableFile,
  type IncomingIncident,
  type ReadImportFile,
} from '../../domain/imports/incoming-incident.js';
import { importProblem, type ImportSkipCode } from '../../domain/imports/import-problem.js';
import { policeEventTime } from './event-time.js';
import { categoryOfPoliceEventType, defaultPoliceEventTypeMapping } from './event-type-mapping.js';
import type { TextPlacer } from '../../domain/places/place-by-text.js';
import { refineCategory } from './category-rules/index.js';
import { municipalityOfPoliceEvent } from './place.js';
import {
  parsePoliceEventBodies,
  parsePoliceEvents,
  PoliceEventsFormatError,
  type PoliceEvent,
} from './police-event.js';

interface PoliceEventsFileInput {
  /** The feed's JSON, already parsed from the file. */
  events: unknown;
  /** The archive's body texts (JSON lines), if there are any. */
  bodiesJsonl: string | null;
  municipalityName: string;
  /** The municipality's place names and districts, that the events' texts are placed by. */
  placer: TextPlacer;
  /** Categories in use in the municipality's taxonomy: a text rule refines only to one of these. */
  activeCategoryCodes?: ReadonlySet<string>;
  /** Body texts stored by earlier runs, by event id, for events this file gives no body. */
  storedBodies?: ReadonlyMap<string, string>;
  mapping?: Readonly<Record<string, string | null>>;
}

/**
 * Reads a police events file for one municipality. Events of other municipalities, events
 * that name only the county, and types that are not incidents (summaries, traffic checks)
 * are skipped and counted. An event's coordinates are never used: they are the centroid of
 * the municipality or county. Types nobody has mapped yet are filed as "other", with a warning.
 */
export function readPoliceEventsFile(input: PoliceEventsFileInput): ReadImportFile {
  let parsed: ReturnType<typeof parsePoliceEvents>;
  try {
    parsed = parsePoliceEvents(input.events);
  } catch (error) {
    if (!(error instanceof PoliceEventsFormatError)) throw error;
    // The whole file is unreadable: one rejected "row" that says why, nothing else.
    return unreadableFile(importProblem('not_event_list', { found: error.found }));
  }
  const bodies = input.bodiesJsonl ? parsePoliceEventBodies(input.bodiesJsonl) : null;
  const mapping = input.mapping ?? defaultPoliceEventTypeMapping;
  const skipped: Record<string, number> = {};
  const skip = (code: ImportSkipCode) => (skipped[code] = (skipped[code] ?? 0) + 1);
  const unmapped = new Map<string, number>();
  const positions = new Map<PoliceEvent, number>();
  parsed.events.forEach((event, position) => positions.set(event, position));

  const rows: IncomingIncident[] = [];
  for (const event of parsed.events) {
    const line = (positions.get(event) ?? 0) + 1;
    // A file without this event's body keeps the body stored from an earlier run.
    const body = bodies?.bodies.get(event.id) ?? input.storedBodies?.get(String(event.id)) ?? null;
    const municipality = municipalityOfPoliceEvent(event);
    if (municipality === null) {
      skip('county_only');
      continue;
    }
    if (municipality.toLowerCase() !== input.municipalityName.toLowerCase()) {
      skip('other_municipality');
      continue;
    }
    const category = categoryOfPoliceEventType(event.type, mapping);
    if (category.status === 'not_an_incident') {
      skip('not_an_incident');
      continue;
    }
    if (category.status === 'unmapped_type')
      unmapped.set(event.type, (unmapped.get(event.type) ?? 0) + 1);
    const time = policeEventTime(event);
    const when =
      time.precision === 'minute'
        ? {
            occurredAt: time.occurredAt,
            occurredUntil: null,
            timePrecision: time.isAfterPublication ? ('approximate' as const) : ('exact' as const),
          }
        : time.precision === 'day'
          ? { occurredAt: time.from, occurredUntil: time.until, timePrecision: 'day' as const }
          : {
              occurredAt: event.publishedAt,
              occurredUntil: null,
              timePrecision: 'approximate' as const,
            };
    const description = policeEventDescription(event.summary, body);
    const typeCategory = category.status === 'category' ? category.categoryCode : 'other';
    const refined = refineCategory({ type: event.type, text: description }, typeCategory);
    const isRefinable =
      category.status === 'category' &&
      (input.activeCategoryCodes?.has(refined.categoryCode) ?? true);
    // The stored description is what a later re-placement reads, so the import reads it too.
    const place = input.placer.place(description);
    rows.push({
      line,
      sourceId: String(event.id),
      sourceVersion: event.datetime,
      ...when,
      reportedAt: event.publishedAt,
      point: place.point,
      address: null,
      districtNames: [],
      districtIds: place.districtIds,
      locationPrecision: place.precision,
      categoryCode: isRefinable ? refined.categoryCode : typeCategory,
      description,
      peopleCount: null,
    });
  }

  return {
    rows,
    rejected: parsed.rejected.map((item) =>
      rejectedRow(
        item.index + 1,
        item.id === undefined || item.id === null ? null : String(item.id),
        [
          item.repeatsIndex === undefined
            ? importProblem('invalid_event', { detail: item.reason })
            : importProblem('repeated_event_id', {
                id: String(item.id),
                firstLine: item.repeatsIndex + 1,
              }),
        ],
      ),
    ),
    skipped,
    warnings: [
      ...[...unmapped].map(([type, count]) =>
        importProblem('unmapped_police_type', { type, count }),
      ),
      ...(bodies?.rejected ?? []).map((item) =>
        importProblem('body_unused', { line: item.line, detail: item.reason }),
      ),
    ],
  };
}

/** An event's description: its summary, and its body text after a blank line when there is one. */
export function policeEventDescription(summary: string, body: string | null): string {
  return [summary, body].filter(Boolean).join('\n\n');
}
