import { describe, expect, it } from 'vitest';
import { easterSunday, swedishHolidayOn, swedishHolidays } from './swedish-holidays.js';
import { formatLocalDate } from './stockholm-time.js';

describe('Swedish public holidays and eves', () => {
  it('finds Easter Sunday by the Gregorian computus, across centuries', () => {
    const known: [number, string][] = [
      [1900, '1900-04-15'],
      [2000, '2000-04-23'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2100, '2100-03-28'],
    ];
    for (const [year, day] of known) expect(formatLocalDate(easterSunday(year))).toBe(day);
  });

  it('lists the year 2026 as the calendar prints it', () => {
    expect(swedishHolidays(2026).map(({ day, name }) => `${day} ${name}`)).toEqual([
      '2026-01-01 nyårsdagen',
      '2026-01-06 trettondedag jul',
      '2026-04-03 långfredagen',
      '2026-04-04 påskafton',
      '2026-04-05 påskdagen',
      '2026-04-06 annandag påsk',
      '2026-05-01 första maj',
      '2026-05-14 Kristi himmelsfärdsdag',
      '2026-05-24 pingstdagen',
      '2026-06-06 Sveriges nationaldag',
      '2026-06-19 midsommarafton',
      '2026-06-20 midsommardagen',
      '2026-10-31 alla helgons dag',
      '2026-12-24 julafton',
      '2026-12-25 juldagen',
      '2026-12-26 annandag jul',
      '2026-12-31 nyårsafton',
    ]);
  });

  it('puts midsummer and All Saints on the Saturday of their windows', () => {
    expect(swedishHolidayOn('2027-06-25')).toEqual({
      day: '2027-06-25',
      name: 'midsommarafton',
      kind: 'eve',
    });
    expect(swedishHolidayOn('2027-06-26')?.name).toBe('midsommardagen');
    expect(swedishHolidayOn('2027-11-06')?.name).toBe('alla helgons dag');
    expect(swedishHolidayOn('2025-11-01')?.name).toBe('alla helgons dag');
  });

  it('names julafton and nyårsafton as eves, and an ordinary Thursday as nothing', () => {
    expect(swedishHolidayOn('2026-12-24')?.kind).toBe('eve');
    expect(swedishHolidayOn('2026-12-31')?.name).toBe('nyårsafton');
    expect(swedishHolidayOn('2026-12-17')).toBeNull();
    expect(swedishHolidayOn('not a day')).toBeNull();
  });
});
