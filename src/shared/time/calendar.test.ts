import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isCalendarDay,
  isoWeekKey,
  longSwedishDate,
  mondayOfIsoWeek,
  parseCalendarDay,
} from './calendar.js';
import { formatStockholmDateTime, stockholmToday } from './stockholm-time.js';

describe('calendar days', () => {
  it('accepts a real day in a supported year and nothing else', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
    expect(isCalendarDay('1899-12-31')).toBe(false);
    expect(isCalendarDay('2201-01-01')).toBe(false);
    expect(parseCalendarDay('2026-11-27')).toEqual({ year: 2026, month: 11, day: 27 });
  });

  it('counts whole days across a clock change', () => {
    expect(daysBetween({ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 30 })).toBe(
      2,
    );
  });

  it('writes a day in Swedish words', () => {
    expect(longSwedishDate('2015-04-13')).toBe('13 april 2015');
    expect(longSwedishDate('okänt')).toBe('okänt');
  });
});

describe('ISO weeks', () => {
  it('names the week by its Thursday, so early January may belong to the year before', () => {
    expect(isoWeekKey({ year: 2027, month: 1, day: 3 })).toBe('2026-W53');
    expect(isoWeekKey({ year: 2025, month: 12, day: 29 })).toBe('2026-W01');
    expect(mondayOfIsoWeek(2026, 48)).toEqual({ year: 2026, month: 11, day: 23 });
  });
});

describe('the Stockholm day of an instant', () => {
  it('is the Swedish calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(stockholmToday(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
    expect(formatStockholmDateTime(new Date('2026-07-01T10:05:00.000Z'))).toBe('2026-07-01T12:05');
  });
});
