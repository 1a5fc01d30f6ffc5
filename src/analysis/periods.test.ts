import { describe, expect, it } from 'vitest';
import { isoWeekOf, weeksInIsoYear } from '../shared/time/calendar.js';
import { parsePeriod, periodContaining, samePeriodLastYear, shiftPeriod } from './periods.js';

describe('ISO weeks in Europe/Stockholm', () => {
  it('numbers weeks by their Thursday, across new year', () => {
    expect(isoWeekOf({ year: 2026, month: 11, day: 27 })).toEqual({ year: 2026, week: 48 });
    expect(isoWeekOf({ year: 2025, month: 12, day: 29 })).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf({ year: 2027, month: 1, day: 3 })).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
  });

  it('starts a week at Monday midnight Swedish time, winter or summer', () => {
    expect(parsePeriod('week', '2026-W48')).toMatchObject({
      from: '2026-11-22T23:00:00.000Z',
      to: '2026-11-29T23:00:00.000Z',
    });
    expect(parsePeriod('week', '2026-W27')).toMatchObject({ from: '2026-06-28T22:00:00.000Z' });
  });

  it('gives the week of the spring clock change its 167 hours', () => {
    const week = parsePeriod('week', '2026-W13');
    expect(week).toMatchObject({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    const hours = (Date.parse(week?.to ?? '') - Date.parse(week?.from ?? '')) / 3_600_000;
    expect(hours).toBe(167);
  });

  it('refuses a week 53 in a year that has none, and keys of the wrong form', () => {
    expect(parsePeriod('week', '2026-W53')).not.toBeNull();
    expect(parsePeriod('week', '2025-W53')).toBeNull();
    expect(parsePeriod('week', '2026-48')).toBeNull();
    expect(parsePeriod('month', '2026-13')).toBeNull();
    expect(parsePeriod('tertial', '2026-T4')).toBeNull();
    expect(parsePeriod('custom', '2026-02-30..2026-03-01')).toBeNull();
    expect(parsePeriod('custom', '2026-03-02..2026-03-01')).toBeNull();
  });
});

describe('months, tertials, years and custom spans', () => {
  it('covers whole local days', () => {
    expect(parsePeriod('month', '2026-12')).toMatchObject({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
    expect(parsePeriod('tertial', '2026-T2')).toMatchObject({
      from: '2026-04-30T22:00:00.000Z',
      to: '2026-08-31T22:00:00.000Z',
    });
    expect(parsePeriod('year', '2026')).toMatchObject({ from: '2025-12-31T23:00:00.000Z' });
    expect(parsePeriod('custom', '2026-11-01..2026-11-14')).toMatchObject({
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-14T23:00:00.000Z',
    });
  });

  it('finds the period holding an instant in local time', () => {
    // 23.30 UTC on 31 December is already new year in Stockholm.
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(periodContaining('year', instant).key).toBe('2027');
    expect(periodContaining('month', instant).key).toBe('2027-01');
    expect(periodContaining('tertial', instant).key).toBe('2027-T1');
    expect(periodContaining('week', instant).key).toBe('2026-W53');
  });

  it('steps back to earlier periods and to the same period last year', () => {
    const week = parsePeriod('week', '2027-W02');
    expect(week && shiftPeriod(week, -2).key).toBe('2026-W53');
    expect(week && shiftPeriod(week, -8).key).toBe('2026-W47');
    const week53 = parsePeriod('week', '2026-W53');
    expect(week53 && samePeriodLastYear(week53).key).toBe('2025-W52');
    const tertial = parsePeriod('tertial', '2026-T1');
    expect(tertial && shiftPeriod(tertial, -1).key).toBe('2025-T3');
    const month = parsePeriod('month', '2026-01');
    expect(month && shiftPeriod(month, -1).key).toBe('2025-12');
    expect(month && samePeriodLastYear(month).key).toBe('2025-01');
    const span = parsePeriod('custom', '2026-11-01..2026-11-14');
    expect(span && shiftPeriod(span, -1).key).toBe('2026-10-18..2026-10-31');
    const leap = parsePeriod('custom', '2024-02-29..2024-03-06');
    expect(leap && samePeriodLastYear(leap).key).toBe('2023-02-28..2023-03-06');
  });
});
