import { daysBetween, isoWeekKey, mondayOfIsoWeek } from '../../../../src/shared/time/calendar';
import {
  addDays,
  formatLocalDate,
  type LocalDate,
} from '../../../../src/shared/time/stockholm-time';
import type { Locale, PeriodKind } from '../../api/types';
import { formatDate, formatMonth, toStockholmDay } from '../../i18n/format';
import type { SituationMessages } from '../../i18n/situation/sv';

/**
 * Period keys as the API names them (2026-W48, 2026-11, 2026-T3, 2026, 2026-11-01..2026-11-14),
 * worked out in Swedish time like the server does, so the page can open on "this week" and
 * step back and forth without asking the server first.
 */

const pad = (value: number) => String(value).padStart(2, '0');

function dayOf(text: string): LocalDate {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  return { year, month, day };
}

/** The period of a kind that holds `now` (custom: the last 14 days). */
export function currentPeriodKey(kind: PeriodKind, now: Date): string {
  const today = dayOf(toStockholmDay(now));
  switch (kind) {
    case 'week':
      return isoWeekKey(today);
    case 'month':
      return `${today.year}-${pad(today.month)}`;
    case 'tertial':
      return `${today.year}-T${Math.floor((today.month - 1) / 4) + 1}`;
    case 'year':
      return String(today.year);
    case 'custom':
      return `${formatLocalDate(addDays(today, -13))}..${formatLocalDate(today)}`;
  }
}

/** True when the key names a period of that kind (the server checks again). */
export function isPeriodKey(kind: PeriodKind, key: string): boolean {
  switch (kind) {
    case 'week':
      return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(key);
    case 'month':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(key);
    case 'tertial':
      return /^\d{4}-T[123]$/.test(key);
    case 'year':
      return /^\d{4}$/.test(key);
    case 'custom': {
      const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
      return match !== null && (match[1] ?? '') <= (match[2] ?? '');
    }
  }
}

/** The period `steps` periods later (negative: earlier); a custom range moves by its length. */
export function shiftPeriodKey(kind: PeriodKind, key: string, steps: number): string {
  switch (kind) {
    case 'week': {
      const [year = 0, week = 1] = key.split('-W').map(Number);
      return isoWeekKey(addDays(mondayOfIsoWeek(year, week), steps * 7));
    }
    case 'month': {
      const [year = 0, month = 1] = key.split('-').map(Number);
      const index = year * 12 + month - 1 + steps;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    }
    case 'tertial': {
      const [year = 0, tertial = 1] = key.split('-T').map(Number);
      const index = year * 3 + tertial - 1 + steps;
      return `${Math.floor(index / 3)}-T${(index % 3) + 1}`;
    }
    case 'year':
      return String(Number(key) + steps);
    case 'custom': {
      const [first = '', last = ''] = key.split('..');
      const length = daysBetween(dayOf(first), dayOf(last)) + 1;
      const start = addDays(dayOf(first), steps * length);
      return `${formatLocalDate(start)}..${formatLocalDate(addDays(start, length - 1))}`;
    }
  }
}

/**
 * True when a period starts after the current one ends: there is nothing to see there yet.
 * Keys of one kind sort as text in time order (zero-padded), except custom ranges.
 */
export function isAfterCurrentPeriod(kind: PeriodKind, key: string, now: Date): boolean {
  if (kind === 'custom') return (key.split('..')[0] ?? '') > toStockholmDay(now);
  return key > currentPeriodKey(kind, now);
}

/** The period's name for a heading: "Vecka 48, 2026", "november 2026", "Tertial 3, 2026". */
export function describePeriodKey(
  kind: PeriodKind,
  key: string,
  s: SituationMessages,
  locale: Locale,
): string {
  switch (kind) {
    case 'week': {
      const [year = 0, week = 1] = key.split('-W').map(Number);
      return s.picture.weekLabel(week, year);
    }
    case 'month': {
      const [year = 0, month = 1] = key.split('-').map(Number);
      return formatMonth(year, month, locale);
    }
    case 'tertial': {
      const [year = 0, tertial = 1] = key.split('-T').map(Number);
      return s.picture.tertialLabel(tertial, year);
    }
    case 'year':
      return key;
    case 'custom': {
      const [first = '', last = ''] = key.split('..');
      return s.picture.span(formatCalendarDay(first, locale), formatCalendarDay(last, locale));
    }
  }
}

/** A calendar day (YYYY-MM-DD) in words, without shifting it through a time zone. */
export function formatCalendarDay(day: string, locale: Locale): string {
  // Noon UTC is the same calendar day in Stockholm, summer and winter.
  return formatDate(`${day}T12:00:00.000Z`, locale);
}

/** The first and last calendar day of a period the API returned (its `to` is exclusive). */
export function periodDays(period: { from: string; to: string }): { first: string; last: string } {
  return {
    first: toStockholmDay(new Date(period.from)),
    last: toStockholmDay(new Date(Date.parse(period.to) - 1)),
  };
}

/** Days from one calendar day (YYYY-MM-DD) to another. */
const daysFromTo = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * How much of a period has passed, when it is under way (today in Sweden lies in it): its days
 * so far, today included, of all its days. Null for a period that is over or not begun: only a
 * period under way is partial.
 */
export function partOfPeriod(
  period: { from: string; to: string },
  now: Date,
): { daysSoFar: number; days: number; today: string } | null {
  const { first, last } = periodDays(period);
  const today = toStockholmDay(now);
  if (today < first || today > last) return null;
  return { daysSoFar: daysFromTo(first, today) + 1, days: daysFromTo(first, last) + 1, today };
}
