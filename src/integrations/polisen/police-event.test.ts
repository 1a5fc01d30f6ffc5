import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parsePoliceEventBodies,
  parsePoliceEvents,
  PoliceEventsFormatError,
  PoliceEventSchema,
} from './police-event.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const readFixture = (file: string) => readFileSync(join(fixtures, file), 'utf8');

/** Event 650280 of the archive, as the feed gives it. */
const realEvent = () => ({
  id: 650280,
  datetime: '2026-08-22 10:28:50 +02:00',
  name: '22 augusti 07.21, Trafikkontroll, Sigtuna',
  summary:
    'En trafikkontroll har genomförts på Arlandaleden under morgonen. 122 bilförare har fått blåsa - alla var nyktr',
  url: '/aktuellt/handelser/2026/augusti/22/22-augusti-07.21-trafikkontroll-sigtuna/',
  type: 'Trafikkontroll',
  location: { name: 'Stockholms län', gps: '59.602496,18.138438' },
});

const reasonFor = (element: unknown) => parsePoliceEvents([element]).rejected[0]?.reason;

describe('PoliceEventSchema', () => {
  it('keeps the feed’s fields and adds the publication instant in UTC', () => {
    expect(PoliceEventSchema.parse(realEvent())).toEqual({
      ...realEvent(),
      publishedAt: '2026-08-22T08:28:50.000Z',
    });
  });

  it('drops fields the feed may add later instead of failing', () => {
    const parsed = PoliceEventSchema.parse({ ...realEvent(), severity: 3 });
    expect(parsed).not.toHaveProperty('severity');
  });
});

describe('parsePoliceEvents', () => {
  it('keeps valid events and reports each bad one with its index and id', () => {
    const { events, rejected } = parsePoliceEvents([
      realEvent(),
      { ...realEvent(), id: 2, datetime: 'igår' },
      { ...realEvent(), id: 3 },
    ]);
    expect(events.map((event) => event.id)).toEqual([650280, 3]);
    expect(rejected).toEqual([{ index: 1, id: 2, reason: expect.stringContaining('datetime') }]);
  });

  it('names a missing field', () => {
    const withoutSummary: Record<string, unknown> = realEvent();
    delete withoutSummary.summary;
    expect(reasonFor(withoutSummary)).toBe('summary is missing');
    expect(reasonFor({ ...realEvent(), location: undefined })).toBe('location is missing');
  });

  it('names a field of the wrong type and what it holds', () => {
    expect(reasonFor({ ...realEvent(), id: '650280' })).toBe(
      'id must be a number, but is the text "650280"',
    );
    expect(reasonFor({ ...realEvent(), type: 7 })).toBe('type must be text, but is number 7');
    expect(reasonFor({ ...realEvent(), id: 1.5 })).toBe('id must be a whole number');
  });

  it('explains an unparseable publication time with an example of a good one', () => {
    expect(reasonFor({ ...realEvent(), datetime: '2026-08-22T25:00' })).toBe(
      'datetime is not a time like "2026-08-22 8:13:44 +02:00", but the text "2026-08-22T25:00"',
    );
  });

  it('refuses a centroid that is not a pair, swapped, or outside Sweden', () => {
    for (const gps of ['', '59.60', '18.138438,59.602496', '0,0', 'lat,lon']) {
      const location = { name: 'Stockholms län', gps };
      expect(reasonFor({ ...realEvent(), location }), gps).toMatch(
        /^location\.gps is not "latitude,longitude" in Sweden/,
      );
    }
  });

  it('reports every problem of an element in one reason', () => {
    expect(
      reasonFor({
        id: 5,
        datetime: '2026-08-22 10:28:50 +02:00',
        name: '',
        url: '/',
        type: 'Brand',
      }),
    ).toBe('name is empty; summary is missing; location is missing');
  });

  it('reports an element that is not an object, with no id', () => {
    expect(parsePoliceEvents([null, 'event', [realEvent()]]).rejected).toEqual([
      { index: 0, id: undefined, reason: 'the element must be an event object, but is null' },
      {
        index: 1,
        id: undefined,
        reason: 'the element must be an event object, but is the text "event"',
      },
      { index: 2, id: undefined, reason: 'the element must be an event object, but is a list' },
    ]);
  });

  it('refuses a second event with an id already seen, pointing at the one kept', () => {
    const { events, rejected } = parsePoliceEvents([
      realEvent(),
      { ...realEvent(), summary: 'later' },
    ]);
    expect(events).toHaveLength(1);
    expect(rejected).toEqual([
      {
        index: 1,
        id: 650280,
        reason: 'id 650280 repeats the event at index 0, which was kept',
        repeatsIndex: 0,
      },
    ]);
  });

  it('throws when the payload is not a list of events', () => {
    expect(() => parsePoliceEvents({ events: [] })).toThrow(PoliceEventsFormatError);
    expect(() => parsePoliceEvents(null)).toThrow('but the payload is null');
  });

  it('reads all 7,073 events of the Stockholm archive without rejecting one', () => {
    const { events, rejected } = parsePoliceEvents(
      JSON.parse(readFixture('events_stockholms_lan.json')),
    );
    expect(rejected).toEqual([]);
    expect(events).toHaveLength(7073);
    expect(events.filter((event) => event.location.name === 'Stockholms län')).toHaveLength(1190);
  });

  it('reads every event of the rest-of-Sweden subset', () => {
    const raw = JSON.parse(readFixture('events_rest_of_sweden_subset.json')) as unknown[];
    const { events, rejected } = parsePoliceEvents(raw);
    expect(rejected).toEqual([]);
    expect(events).toHaveLength(raw.length);
  });
});

describe('parsePoliceEventBodies', () => {
  it('maps ids to body texts and skips blank lines', () => {
    const { bodies, rejected } = parsePoliceEventBodies(
      '{"id": 1, "body_text": "Första.\\nAndra stycket."}\n\n{"id": 2, "body_text": ""}\r\n',
    );
    expect([...bodies]).toEqual([
      [1, 'Första.\nAndra stycket.'],
      [2, ''],
    ]);
    expect(rejected).toEqual([]);
  });

  it('reports each bad line with its number and keeps the rest', () => {
    const { bodies, rejected } = parsePoliceEventBodies(
      [
        '{"id": 1, "body_text": "ok"}',
        '{"id": 2, "body_text": ',
        '{"id": "3", "body_text": "x"}',
        '{"id": 4}',
        '[]',
        '{"id": 1, "body_text": "again"}',
      ].join('\n'),
    );
    expect(bodies).toEqual(new Map([[1, 'ok']]));
    expect(rejected.map((item) => item.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rejected[0]?.reason).toMatch(/^is not JSON: /);
    expect(rejected.slice(1).map((item) => item.reason)).toEqual([
      'id must be a number, but is the text "3"',
      'body_text is missing',
      'the line must hold a JSON object, but holds a list',
      'id 1 repeats line 1, which was kept',
    ]);
  });

  it('reads all 6,612 body texts of the archive, each for an event of the archive', () => {
    const { bodies, rejected } = parsePoliceEventBodies(
      readFixture('event_bodies_stockholms_lan.jsonl'),
    );
    expect(rejected).toEqual([]);
    expect(bodies.size).toBe(6612);
    const { events } = parsePoliceEvents(JSON.parse(readFixture('events_stockholms_lan.json')));
    const ids = new Set(events.map((event) => event.id));
    expect([...bodies.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
