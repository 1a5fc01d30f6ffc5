import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  stockholmLocalTimeToUtc,
  stockholmOffsetMinutes,
} from '../../shared/time/stockholm-time.js';
import { parsePublicationTime, policeEventTime, type PoliceEventTime } from './event-time.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');

interface RawEvent {
  id: number;
  datetime: string;
  name: string;
  type: string;
}

const readEvents = (file: string) =>
  JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as RawEvent[];

const archive = [
  ...readEvents('events_stockholms_lan.json'),
  ...readEvents('events_rest_of_sweden_subset.json'),
];

/** The time of an event as the feed gives it. */
function timeOf(name: string, datetime: string, type = name.split(', ')[1] ?? ''): PoliceEventTime {
  const publishedAt = parsePublicationTime(datetime);
  if (publishedAt === null) throw new Error(`test data: bad datetime ${datetime}`);
  return policeEventTime({ name, type, publishedAt: publishedAt.toISOString() });
}

function timeOfRealEvent(id: number): PoliceEventTime {
  const event = archive.find((item) => item.id === id);
  if (event === undefined) throw new Error(`event ${id} is not in the fixtures`);
  return timeOf(event.name, event.datetime, event.type);
}

describe('parsePublicationTime', () => {
  it('reads the feed’s datetime with an unpadded hour and its offset', () => {
    expect(parsePublicationTime('2026-08-22 8:13:44 +02:00')?.toISOString()).toBe(
      '2026-08-22T06:13:44.000Z',
    );
    expect(parsePublicationTime('2024-01-01 0:40:16 +01:00')?.toISOString()).toBe(
      '2023-12-31T23:40:16.000Z',
    );
  });

  it('refuses text that is not such a time, and impossible dates', () => {
    for (const text of [
      '',
      'igår',
      '2026-08-22',
      '2026-02-30 10:00:00 +01:00',
      '2026-08-22 25:00:00 +02:00',
    ]) {
      expect(parsePublicationTime(text)).toBeNull();
    }
  });
});

describe('stockholmLocalTimeToUtc', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(stockholmLocalTimeToUtc({ year: 2026, month: 1, day: 15 }, 12, 0).toISOString()).toBe(
      '2026-01-15T11:00:00.000Z',
    );
    expect(stockholmLocalTimeToUtc({ year: 2026, month: 7, day: 15 }, 12, 0).toISOString()).toBe(
      '2026-07-15T10:00:00.000Z',
    );
  });

  it('changes offset at 02.00 on the last Sunday of March', () => {
    expect(stockholmLocalTimeToUtc({ year: 2024, month: 3, day: 31 }, 1, 56).toISOString()).toBe(
      '2024-03-31T00:56:00.000Z',
    );
    expect(stockholmLocalTimeToUtc({ year: 2024, month: 3, day: 31 }, 4, 39).toISOString()).toBe(
      '2024-03-31T02:39:00.000Z',
    );
  });

  it('reads a time skipped by the spring change as if the clock had not moved yet', () => {
    // 02.30 does not exist on 2026-03-29; read with the winter offset it is 03.30 summer time.
    const instant = stockholmLocalTimeToUtc({ year: 2026, month: 3, day: 29 }, 2, 30);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(stockholmOffsetMinutes(instant)).toBe(120);
  });

  it('takes the first, summer-time instant of an hour that the autumn change repeats', () => {
    expect(stockholmLocalTimeToUtc({ year: 2026, month: 10, day: 25 }, 2, 30).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(stockholmLocalTimeToUtc({ year: 2026, month: 10, day: 25 }, 3, 30).toISOString()).toBe(
      '2026-10-25T02:30:00.000Z',
    );
  });
});

describe('policeEventTime', () => {
  it('reads the day and time of the name in Stockholm summer time (event 650280)', () => {
    expect(timeOfRealEvent(650280)).toEqual({
      precision: 'minute',
      occurredAt: '2026-08-22T05:21:00.000Z',
      localDate: '2026-08-22',
      isAfterPublication: false,
    });
  });

  it('reads the older colon form and single-digit days', () => {
    expect(timeOfRealEvent(465375)).toMatchObject({ occurredAt: '2023-10-29T09:31:00.000Z' });
    expect(timeOf('9 augusti 13.04, Brand, Haninge', '2025-08-09 14:00:00 +02:00')).toMatchObject({
      occurredAt: '2025-08-09T11:04:00.000Z',
      localDate: '2025-08-09',
    });
  });

  it('places names on both sides of the spring change with the right offset (514301, 514303)', () => {
    expect(timeOfRealEvent(514301)).toMatchObject({ occurredAt: '2024-03-31T00:56:00.000Z' });
    expect(timeOfRealEvent(514303)).toMatchObject({ occurredAt: '2024-03-31T02:39:00.000Z' });
    expect(timeOfRealEvent(555212)).toMatchObject({ occurredAt: '2024-10-27T05:55:00.000Z' });
  });

  it('puts "31 december" published on New Year’s Day in the year before (619868, 480687)', () => {
    expect(timeOfRealEvent(619868)).toMatchObject({
      occurredAt: '2025-12-31T22:08:00.000Z',
      localDate: '2025-12-31',
    });
    expect(timeOfRealEvent(480687)).toMatchObject({
      occurredAt: '2023-12-30T23:07:00.000Z',
      localDate: '2023-12-31',
    });
  });

  it('puts an announced January event published in December in the next year', () => {
    expect(
      timeOf('03 januari 10.00, Information, Stockholm', '2025-12-20 9:00:00 +01:00'),
    ).toMatchObject({
      localDate: '2026-01-03',
      isAfterPublication: true,
    });
  });

  it('accepts 29 February only in a leap year (507825)', () => {
    expect(timeOfRealEvent(507825)).toMatchObject({ occurredAt: '2024-02-29T21:09:00.000Z' });
    expect(timeOf('29 februari 10.00, Brand, Solna', '2026-03-01 9:00:00 +01:00')).toEqual({
      precision: 'unknown',
      reason: 'impossible_date_in_name',
    });
  });

  it('flags a name time after publication: the date of 640859 is one day off', () => {
    // Published 08.24 about "07 juni 23.27": the fight was the evening before.
    expect(timeOfRealEvent(640859)).toMatchObject({
      occurredAt: '2026-06-07T21:27:00.000Z',
      isAfterPublication: true,
    });
    expect(timeOfRealEvent(611421)).toMatchObject({ isAfterPublication: true });
  });

  it('gives a summary the days it covers, not the time it was written (478787, 589808)', () => {
    expect(timeOfRealEvent(478787)).toEqual({
      precision: 'day',
      firstLocalDate: '2023-12-24',
      lastLocalDate: '2023-12-25',
      from: '2023-12-23T23:00:00.000Z',
      until: '2023-12-25T23:00:00.000Z',
      reason: 'summary_of_a_period',
    });
    expect(timeOfRealEvent(589808)).toMatchObject({
      firstLocalDate: '2025-06-20',
      lastLocalDate: '2025-06-21',
      from: '2025-06-19T22:00:00.000Z',
    });
  });

  it('keeps an evening summary to its own day and a weekly one to the week', () => {
    expect(
      timeOf('22 november 21.30, Sammanfattning kväll, Dalarnas län', '2024-11-22 21:40:00 +01:00'),
    ).toMatchObject({ firstLocalDate: '2024-11-22', lastLocalDate: '2024-11-22' });
    expect(
      timeOf('10 mars 08.00, Sammanfattning vecka, Hallands län', '2025-03-10 8:05:00 +01:00'),
    ).toMatchObject({ firstLocalDate: '2025-03-03', lastLocalDate: '2025-03-10' });
  });

  it('gives only the day when the name has no time', () => {
    expect(
      timeOf('22 augusti, Sammanfattning natt, Uppsala län', '2026-08-22 7:00:00 +02:00'),
    ).toMatchObject({
      precision: 'day',
      firstLocalDate: '2026-08-21',
      lastLocalDate: '2026-08-22',
    });
    expect(timeOf('22 augusti, Brand, Huddinge', '2026-08-22 7:00:00 +02:00')).toEqual({
      precision: 'day',
      firstLocalDate: '2026-08-22',
      lastLocalDate: '2026-08-22',
      from: '2026-08-21T22:00:00.000Z',
      until: '2026-08-22T22:00:00.000Z',
      reason: 'no_time_in_name',
    });
  });

  it('gives a span of days for "21-22 augusti" and for spans across months and years', () => {
    expect(
      timeOf('21-22 augusti, Polisinsats/kommendering, Stockholm', '2026-08-22 9:00:00 +02:00'),
    ).toMatchObject({
      precision: 'day',
      firstLocalDate: '2026-08-21',
      lastLocalDate: '2026-08-22',
      reason: 'date_span_in_name',
    });
    expect(timeOf('31 juli – 1 augusti, Övrigt, Solna', '2026-08-01 9:00:00 +02:00')).toMatchObject(
      {
        firstLocalDate: '2026-07-31',
        lastLocalDate: '2026-08-01',
      },
    );
    expect(
      timeOf('31 december-1 januari, Brand, Nacka', '2026-01-01 9:00:00 +01:00'),
    ).toMatchObject({
      firstLocalDate: '2025-12-31',
      lastLocalDate: '2026-01-01',
    });
  });

  it('gives only the day when what follows the date is not a clock time', () => {
    for (const name of [
      '22 augusti 07.00-09.00, Övrigt, Solna',
      '22 augusti 24.00, Övrigt, Solna',
    ]) {
      expect(timeOf(name, '2026-08-22 10:00:00 +02:00')).toMatchObject({
        precision: 'day',
        lastLocalDate: '2026-08-22',
        reason: 'unrecognised_time_in_name',
      });
    }
  });

  it('says unknown when the name has no date or an impossible one', () => {
    expect(
      timeOf('Sammanfattning kväll och natt, Stockholms län', '2026-08-22 7:00:00 +02:00'),
    ).toEqual({
      precision: 'unknown',
      reason: 'no_date_in_name',
    });
    expect(timeOf('22 augustus 07.21, Brand, Solna', '2026-08-22 9:00:00 +02:00')).toEqual({
      precision: 'unknown',
      reason: 'no_date_in_name',
    });
    expect(timeOf('31 juni 10.00, Brand, Solna', '2026-07-01 9:00:00 +02:00')).toEqual({
      precision: 'unknown',
      reason: 'impossible_date_in_name',
    });
    expect(timeOf('22-21 augusti, Brand, Solna', '2026-08-22 9:00:00 +02:00')).toEqual({
      precision: 'unknown',
      reason: 'impossible_date_in_name',
    });
  });

  it('reads every name of the archive: exact except summaries, never unknown, never far off', () => {
    const precisions = new Map<string, number>();
    for (const event of archive) {
      const time = timeOf(event.name, event.datetime, event.type);
      const key = `${time.precision}:${event.type.startsWith('Sammanfattning')}`;
      precisions.set(key, (precisions.get(key) ?? 0) + 1);
      if (time.precision !== 'minute') continue;
      const hoursBeforePublication =
        (Date.parse(parsePublicationTime(event.datetime)?.toISOString() ?? '') -
          Date.parse(time.occurredAt)) /
        3_600_000;
      expect(hoursBeforePublication, `${event.id} ${event.name}`).toBeGreaterThan(-24 * 31);
      expect(hoursBeforePublication, `${event.id} ${event.name}`).toBeLessThan(24 * 60);
    }
    expect(Object.fromEntries(precisions)).toEqual({
      'minute:false': archive.filter((event) => !event.type.startsWith('Sammanfattning')).length,
      'day:true': archive.filter((event) => event.type.startsWith('Sammanfattning')).length,
    });
  });

  it('flags exactly the archive’s events whose time lies over an hour after publication', () => {
    // Found independently with Python's zoneinfo over the same files.
    const expected = [
      640859, 628215, 627514, 619910, 611898, 611421, 583183, 577780, 572580, 565909, 548593,
      542051, 538797, 538729, 523260, 509914, 504325, 466942, 431095, 421538, 420768,
    ];
    const flagged = archive
      .filter((event) => {
        const time = timeOf(event.name, event.datetime, event.type);
        return time.precision === 'minute' && time.isAfterPublication;
      })
      .map((event) => event.id);
    expect(flagged.sort((a, b) => b - a)).toEqual(expected);
  });
});
