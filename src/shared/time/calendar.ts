import { addDays, isRealDate, type LocalDate } from './stockholm-time.js';
import { isSupportedYear } from './supported-dates.js';

/**
 * Calendar days and ISO weeks (Monday to Sunday; the week's Thursday decides its year), as
 * Swedish municipalities count them. Pure arithmetic on calendar days: no time zone enters.
 * One module for the server, the web app, the journeys and the reference scripts.
 */

const dayMs = 86_400_000;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A calendar day from `YYYY-MM-DD`, or null when the text is not one: another shape, a day
 * that does not exist (2026-02-30), or a year outside 1900–2200 (supported-dates.ts).
 */
export function parseCalendarDay(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isSupportedYear(date.year) && isRealDate(date) ? date : null;
}

/** True when the text is a real calendar day `YYYY-MM-DD` in a supported year. */
export function isCalendarDay(text: string): boolean {
  return parseCalendarDay(text) !== null;
}

/** The ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export function weekdayOf(date: LocalDate): number {
  return ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
}

/** Whole days from `first` to `end` (negative when `end` comes first). */
export function daysBetween(first: LocalDate, end: LocalDate): number {
  return Math.round(
    (Date.UTC(end.year, end.month - 1, end.day) -
      Date.UTC(first.year, first.month - 1, first.day)) /
      dayMs,
  );
}

/** The ISO week-numbering year and week of a day (the week's Thursday decides the year). */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const dayOfYear = daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) + 1;
  return { year: thursday.year, week: Math.floor((dayOfYear - 1) / 7) + 1 };
}

/** The Monday that starts an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): LocalDate {
  const fourthOfJanuary = { year, month: 1, day: 4 };
  return addDays(fourthOfJanuary, (week - 1) * 7 - (weekdayOf(fourthOfJanuary) - 1));
}

/** 52 or 53. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

/** The ISO week of a day as the API names it: `2026-W48`. */
export function isoWeekKey(date: LocalDate): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${pad(week)}`;
}

const swedishMonths = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** A day in Swedish words, as documents write it: `2015-04-13` → "13 april 2015". */
export function longSwedishDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])} ${swedishMonths[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}
