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

/** Minutes east of UTC that Stockholm is at the given instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: displayTimeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
  );
  // The parts have no seconds: compare with the instant cut to its minute.
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a Stockholm calendar day starts, as ISO in UTC: `2026-03-29` → `2026-03-28T23:00:00.000Z`.
 * `dayOffset` 1 gives the start of the next day (the exclusive end of a "to and with" filter).
 */
export function startOfStockholmDay(date: string, dayOffset = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const midnightAsUtc = Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]) + dayOffset,
  );
  // Guess with the offset at UTC midnight, then correct once for a DST change in between.
  let instant = midnightAsUtc - stockholmOffsetMinutes(new Date(midnightAsUtc)) * 60_000;
  instant = midnightAsUtc - stockholmOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
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

export function formatMonth(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The Swedish calendar day and clock time of an instant, as a datetime-local input wants it. */
export function toStockholmDateTimeInput(instant: Date): string {
  const local = new Date(instant.getTime() + stockholmOffsetMinutes(instant) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The Swedish calendar day of an instant: `YYYY-MM-DD`. */
export function toStockholmDay(instant: Date): string {
  return toStockholmDateTimeInput(instant).slice(0, 10);
}

/**
 * A datetime-local value (`2026-11-27T21:30`), read as Swedish time, as an ISO instant in UTC.
 * In the hour the clocks go back, the earlier of the two moments is meant.
 */
export function fromStockholmDateTimeInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const asUtc = Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(match[4]),
    Number(match[5]),
  );
  if (Number.isNaN(asUtc)) return undefined;
  let instant = asUtc - stockholmOffsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - stockholmOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}
