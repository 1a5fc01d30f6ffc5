import { parseCalendarDay } from '../../../src/shared/time/calendar';
import {
  addDays,
  formatStockholmDateTime,
  startOfStockholmDay as startOfDay,
  stockholmLocalTimeToUtc,
  stockholmToday,
} from '../../../src/shared/time/stockholm-time';
import type { Locale } from '../api/types';

/** Dates are stored in UTC and always shown in Swedish time, whatever the browser's zone. */
export const displayTimeZone = 'Europe/Stockholm';

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: displayTimeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatDateTimeWithSeconds(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
}

export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocales[locale], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocales[locale]) + text.slice(1);
}

/**
 * The instant a Stockholm calendar day starts, as ISO in UTC: `2026-03-29` → `2026-03-28T23:00:00.000Z`.
 * `dayOffset` 1 gives the start of the next day (the exclusive end of a "to and with" filter).
 */
export function startOfStockholmDay(date: string, dayOffset = 0): string | undefined {
  const day = parseCalendarDay(date);
  return day ? startOfDay(addDays(day, dayOffset)).toISOString() : undefined;
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: displayTimeZone,
    dateStyle: 'medium',
  }).format(new Date(iso));
}

/** A count or a mean, with at most one decimal: 2,3 in Swedish, 2.3 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 1 }).format(value);
}

/**
 * A coordinate in degrees to five decimals (about a metre), without grouping: 59,21950 in
 * Swedish, 59.21950 in English. The catalogs add the degree sign and the compass letter.
 */
export function formatCoordinate(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    minimumFractionDigits: 5,
    maximumFractionDigits: 5,
    useGrouping: false,
  }).format(value);
}

export function formatMonth(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The Swedish calendar day and clock time of an instant, as a datetime-local input wants it. */
export const toStockholmDateTimeInput = (instant: Date): string => formatStockholmDateTime(instant);

/** The Swedish calendar day of an instant: `YYYY-MM-DD`. */
export const toStockholmDay = (instant: Date): string => stockholmToday(instant);

/**
 * A datetime-local value (`2026-11-27T21:30`), read as Swedish time, as an ISO instant in UTC.
 * In the hour the clocks go back, the earlier of the two moments is meant.
 */
export function fromStockholmDateTimeInput(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const day = parseCalendarDay(match?.[1] ?? '');
  const hour = Number(match?.[2]);
  const minute = Number(match?.[3]);
  if (!day || hour > 23 || minute > 59) return undefined;
  return stockholmLocalTimeToUtc(day, hour, minute).toISOString();
}
