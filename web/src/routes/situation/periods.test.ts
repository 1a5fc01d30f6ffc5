import { describe, expect, it } from 'vitest';
import { situationSv } from '../../i18n/situation/sv';
import {
  partOfPeriod,
  currentPeriodKey,
  describePeriodKey,
  isAfterCurrentPeriod,
  isPeriodKey,
  periodDays,
  shiftPeriodKey,
} from './periods';

describe('currentPeriodKey', () => {
  it('finds the period in Swedish time, whatever the zone of the computer', () => {
    // Sunday 29 November 2026, 23:30 in Stockholm, is still week 48; ten minutes later it is 49.
    const lateSunday = new Date('2026-11-29T22:30:00.000Z');
    expect(currentPeriodKey('week', lateSunday)).toBe('2026-W48');
    expect(currentPeriodKey('week', new Date('2026-11-29T23:10:00.000Z'))).toBe('2026-W49');
    expect(currentPeriodKey('month', lateSunday)).toBe('2026-11');
    expect(currentPeriodKey('tertial', lateSunday)).toBe('2026-T3');
    expect(currentPeriodKey('year', new Date('2026-12-31T23:30:00.000Z'))).toBe('2027');
    expect(currentPeriodKey('custom', lateSunday)).toBe('2026-11-16..2026-11-29');
  });

  it('uses ISO weeks, whose year may differ from the calendar year', () => {
    expect(currentPeriodKey('week', new Date('2027-01-01T12:00:00.000Z'))).toBe('2026-W53');
    expect(currentPeriodKey('week', new Date('2025-12-29T12:00:00.000Z'))).toBe('2026-W01');
  });
});

describe('shiftPeriodKey', () => {
  it('steps across year ends', () => {
    expect(shiftPeriodKey('week', '2026-W53', 1)).toBe('2027-W01');
    expect(shiftPeriodKey('week', '2027-W01', -1)).toBe('2026-W53');
    expect(shiftPeriodKey('month', '2026-01', -1)).toBe('2025-12');
    expect(shiftPeriodKey('tertial', '2026-T3', 1)).toBe('2027-T1');
    expect(shiftPeriodKey('year', '2026', -1)).toBe('2025');
    expect(shiftPeriodKey('custom', '2026-11-01..2026-11-14', -1)).toBe('2026-10-18..2026-10-31');
  });
});

describe('isPeriodKey and isAfterCurrentPeriod', () => {
  it('accepts the API forms and refuses others', () => {
    expect(isPeriodKey('week', '2026-W48')).toBe(true);
    expect(isPeriodKey('week', '2026-W60')).toBe(false);
    expect(isPeriodKey('month', '2026-13')).toBe(false);
    expect(isPeriodKey('custom', '2026-11-14..2026-11-01')).toBe(false);
  });

  it('knows which periods have not begun', () => {
    const now = new Date('2026-11-27T10:00:00.000Z');
    expect(isAfterCurrentPeriod('week', '2026-W48', now)).toBe(false);
    expect(isAfterCurrentPeriod('week', '2026-W49', now)).toBe(true);
    expect(isAfterCurrentPeriod('tertial', '2027-T1', now)).toBe(true);
  });
});

describe('describePeriodKey and periodDays', () => {
  it('names periods for a heading', () => {
    expect(describePeriodKey('week', '2026-W48', situationSv, 'sv')).toBe('Vecka 48, 2026');
    expect(describePeriodKey('month', '2026-11', situationSv, 'sv')).toBe('november 2026');
    expect(describePeriodKey('tertial', '2026-T3', situationSv, 'sv')).toBe('Tertial 3, 2026');
  });

  it('gives the last day of a period whose end is exclusive', () => {
    expect(
      periodDays({ from: '2026-11-22T23:00:00.000Z', to: '2026-11-29T23:00:00.000Z' }),
    ).toEqual({ first: '2026-11-23', last: '2026-11-29' });
  });
});

describe('a period under way', () => {
  // Week 50 of 2026: Monday 7 to Sunday 13 December, in Swedish time.
  const week50 = { from: '2026-12-06T23:00:00.000Z', to: '2026-12-13T23:00:00.000Z' };

  it('is partial on its Tuesday: two days of seven so far', () => {
    expect(partOfPeriod(week50, new Date('2026-12-08T10:00:00Z'))).toEqual({
      daysSoFar: 2,
      days: 7,
      today: '2026-12-08',
    });
    // Just after midnight on Monday in Sweden (still Sunday in UTC): the first day.
    expect(partOfPeriod(week50, new Date('2026-12-06T23:30:00Z'))?.daysSoFar).toBe(1);
  });

  it('is still under way on its last day, and whole once that day has passed', () => {
    expect(partOfPeriod(week50, new Date('2026-12-13T20:00:00Z'))?.daysSoFar).toBe(7);

    expect(partOfPeriod(week50, new Date('2026-12-14T08:00:00Z'))).toBeNull();
  });

  it('is not partial before it begins', () => {
    expect(partOfPeriod(week50, new Date('2026-12-01T08:00:00Z'))).toBeNull();
  });
});
