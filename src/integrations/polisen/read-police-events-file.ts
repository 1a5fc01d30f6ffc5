import {
  rejectedRow,
  unreadableFile,
  type IncomingIncident,
  type ReadImportFile,
} from '../../domain/imports/incoming-incident.js';
import { importProblem, type ImportSkipCode } from '../../domain/imports/import-problem.js';
import { policeEventTime } from './event-time.js';
import { categoryOfPoliceEventType, defaultPoliceEventTypeMapping } from './event-type-mapping.js';
import { huddingeGazetteer, locatePoliceEvent, type Gazetteer } from './place.js';
import {
  parsePoliceEventBodies,
  parsePoliceEvents,
  PoliceEventsFormatError,
  type PoliceEvent,
} from './police-event.js';

/**
 * The places whose names are looked for in event texts: Huddinge's curated gazetteer for
 * Huddinge, and for every municipality the names of its own districts.
 */
export function gazetteerFor(municipalityName: string, districtNames: string[]): Gazetteer {
  const curated =
    municipalityName === huddingeGazetteer.municipality ? huddingeGazetteer.places : [];
  const known = new Set(
    curated
      .flatMap((place) => [place.name, ...place.alternativeNames])
      .map((name) => name.toLowerCase()),
  );
  const fromDistricts = [...new Set(districtNames)]
    .filter((name) => !known.has(name.toLowerCase()) && !name.includes('/'))
    .map((name) => ({ name, alternativeNames: [], vulnerableAreaName: name }));
  return { municipality: municipalityName, places: [...curated, ...fromDistricts] };
}

export interface PoliceEventsFileInput {
  /** The feed's JSON, already parsed from the file. */
  events: unknown;
  /** The archive's body texts (JSON lines), if there are any. */
  bodiesJsonl: string | null;
  municipalityName: string;
  districtNames: string[];
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
  const gazetteer = gazetteerFor(input.municipalityName, input.districtNames);
  const mapping = input.mapping ?? defaultPoliceEventTypeMapping;
  const skipped: Record<string, number> = {};
  const skip = (code: ImportSkipCode) => (skipped[code] = (skipped[code] ?? 0) + 1);
  const unmapped = new Map<string, number>();
  const positions = new Map<PoliceEvent, number>();
  parsed.events.forEach((event, position) => positions.set(event, position));

  const rows: IncomingIncident[] = [];
  for (const event of parsed.events) {
    const line = (positions.get(event) ?? 0) + 1;
    const body = bodies?.bodies.get(event.id) ?? null;
    const place = locatePoliceEvent(event, body, gazetteer);
    if (place.precision === 'county') {
      skip('county_only');
      continue;
    }
    if (place.municipality?.toLowerCase() !== input.municipalityName.toLowerCase()) {
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
    rows.push({
      line,
      sourceId: String(event.id),
      sourceVersion: event.datetime,
      ...when,
      reportedAt: event.publishedAt,
      point: null,
      address: null,
      districtNames: [...new Set([...place.vulnerableAreaNames, ...place.districtNames])],
      locationPrecision: place.precision,
      categoryCode: category.status === 'category' ? category.categoryCode : 'other',
      description: [event.summary, body].filter(Boolean).join('\n\n'),
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
