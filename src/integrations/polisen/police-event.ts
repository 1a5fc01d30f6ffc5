import { z } from 'zod';
import { parsePublicationTime } from './event-time.js';

/**
 * The police's public events (`https://polisen.se/api/events`) as they arrive, checked
 * element by element: a bad element is reported with its position and a reason a person can
 * act on, and never stops the good ones.
 *
 * `location.gps` is the centroid of the municipality or county named in `location.name`,
 * never the place of the incident: it is checked (a swapped or zeroed pair says the feed is
 * broken) and kept as text, but nothing should place an incident with it.
 */

/** Sweden with a margin: a centroid outside it is swapped, zeroed or not Swedish. */
const swedenBounds = { south: 55, north: 69.2, west: 10.5, east: 24.5 };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const missingOr = (expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined
    ? 'is missing'
    : `must be ${expected}, but is ${describeValue(issue.input)}`;

const text = () => z.string({ error: missingOr('text') });
const nonEmptyText = () => text().trim().min(1, 'is empty');

const PublicationTimeSchema = text().transform((value, context) => {
  const instant = parsePublicationTime(value);
  if (instant === null) {
    context.addIssue({
      code: 'custom',
      message: `is not a time like "2026-08-22 8:13:44 +02:00", but ${describeValue(value)}`,
    });
    return z.NEVER;
  }
  return { text: value, instant: instant.toISOString() };
});

const CentroidSchema = text().refine(
  (value) => {
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
    if (!match) return false;
    const latitude = Number(match[1]);
    const longitude = Number(match[2]);
    return (
      latitude >= swedenBounds.south &&
      latitude <= swedenBounds.north &&
      longitude >= swedenBounds.west &&
      longitude <= swedenBounds.east
    );
  },
  {
    error: (issue) =>
      `is not "latitude,longitude" in Sweden, such as "59.602496,18.138438", but ${describeValue(issue.input)}`,
  },
);

/** One event of the police's feed, in the feed's own fields plus `publishedAt`. */
export const PoliceEventSchema = z
  .object(
    {
      id: z
        .number({ error: missingOr('a number') })
        .int('must be a whole number')
        .positive('must be above 0'),
      datetime: PublicationTimeSchema,
      /** "22 augusti 07.21, Trafikkontroll, Sigtuna": event time, type label, place. */
      name: nonEmptyText(),
      /** Cut by the feed at about 100 characters, sometimes mid-word. */
      summary: text(),
      /** Relative to https://polisen.se. */
      url: text(),
      type: nonEmptyText(),
      location: z.object(
        {
          /** A municipality or, increasingly since 2026, only a county ("Stockholms län"). */
          name: nonEmptyText(),
          /** The centroid of `name`, NOT the incident's place. */
          gps: CentroidSchema,
        },
        { error: missingOr('an object with name and gps') },
      ),
    },
    {
      error: (issue) => `the element must be an event object, but is ${describeValue(issue.input)}`,
    },
  )
  .transform(({ datetime, ...event }) => ({
    ...event,
    datetime: datetime.text,
    /** `datetime` as an instant, UTC ISO 8601: when the police published or last updated it. */
    publishedAt: datetime.instant,
  }));

export type PoliceEvent = z.output<typeof PoliceEventSchema>;

interface RejectedPoliceEvent {
  /** Position in the array, from 0. */
  index: number;
  /** The element's `id` as it came, if it had one. */
  id: unknown;
  reason: string;
  /** Set when the element is valid but its id was seen before: the kept event's index. */
  repeatsIndex?: number;
}

/** Thrown when the payload is not a list of events at all: nothing can be read from it. */
export class PoliceEventsFormatError extends Error {
  override name = 'PoliceEventsFormatError';
  /** What the payload is instead, in words: "an object", "the text …". */
  constructor(readonly found: string) {
    super(`The police events must be a JSON array of events, but the payload is ${found}.`);
  }
}

function reasonOf(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Checks every element of the feed's JSON array. Valid events are kept in order; every other
 * element is reported with its index, its id (if any) and why it was refused. A second event
 * with an id already seen is refused too, so that one id never counts twice.
 *
 * @throws PoliceEventsFormatError when `json` is not an array.
 */
export function parsePoliceEvents(json: unknown): {
  events: PoliceEvent[];
  rejected: RejectedPoliceEvent[];
} {
  if (!Array.isArray(json)) {
    throw new PoliceEventsFormatError(describeValue(json));
  }
  const events: PoliceEvent[] = [];
  const rejected: RejectedPoliceEvent[] = [];
  const firstIndexOfId = new Map<number, number>();
  json.forEach((element: unknown, index) => {
    const id =
      typeof element === 'object' && element !== null
        ? (element as { id?: unknown }).id
        : undefined;
    const result = PoliceEventSchema.safeParse(element);
    if (!result.success) {
      rejected.push({ index, id, reason: reasonOf(result.error) });
      return;
    }
    const firstIndex = firstIndexOfId.get(result.data.id);
    if (firstIndex !== undefined) {
      rejected.push({
        index,
        id,
        reason: `id ${result.data.id} repeats the event at index ${firstIndex}, which was kept`,
        repeatsIndex: firstIndex,
      });
      return;
    }
    firstIndexOfId.set(result.data.id, index);
    events.push(result.data);
  });
  return { events, rejected };
}

const PoliceEventBodySchema = z.object(
  {
    id: z
      .number({ error: missingOr('a number') })
      .int('must be a whole number')
      .positive('must be above 0'),
    body_text: text(),
  },
  { error: (issue) => `the line must hold a JSON object, but holds ${describeValue(issue.input)}` },
);

interface RejectedPoliceEventBody {
  /** Line number, from 1. */
  line: number;
  reason: string;
}

/**
 * Reads the archive's body texts: one JSON object `{"id": …, "body_text": "…"}` per line. The
 * body is the event page's full text, which the feed's summary cuts at about 100 characters.
 * Blank lines are skipped; every other line that cannot be read is reported with its number.
 */
export function parsePoliceEventBodies(jsonl: string): {
  bodies: Map<number, string>;
  rejected: RejectedPoliceEventBody[];
} {
  const bodies = new Map<number, string>();
  const firstLineOfId = new Map<number, number>();
  const rejected: RejectedPoliceEventBody[] = [];
  jsonl.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      rejected.push({ line, reason: `is not JSON: ${(error as Error).message}` });
      return;
    }
    const result = PoliceEventBodySchema.safeParse(value);
    if (!result.success) {
      rejected.push({ line, reason: reasonOf(result.error) });
      return;
    }
    const firstLine = firstLineOfId.get(result.data.id);
    if (firstLine !== undefined) {
      rejected.push({
        line,
        reason: `id ${result.data.id} repeats line ${firstLine}, which was kept`,
      });
      return;
    }
    firstLineOfId.set(result.data.id, line);
    bodies.set(result.data.id, result.data.body_text);
  });
  return { bodies, rejected };
}
