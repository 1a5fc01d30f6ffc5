import { addDays, formatLocalDate, type LocalDate } from './stockholm-time.js';
import { weekdayOf } from './calendar.js';

/**
 * Sweden's public holidays (allmänna helgdagar, Lag 1989:253) and the eves that working life
 * treats as holidays (midsommarafton, julafton, nyårsafton: Semesterlag 1977:480 3 a §; and
 * påskafton, always a Saturday). Pure rules on calendar days, so a meeting series can skip
 * the days nobody meets on. Easter is the Gregorian computus (Meeus/Jones/Butcher).
 */
export type SwedishHolidayKind = 'holiday' | 'eve';

export interface SwedishHoliday {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Its Swedish name, as a coordinator reads it: "julafton". */
  name: string;
  kind: SwedishHolidayKind;
}

/** Easter Sunday of a Gregorian year. */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The first day from `first` on (up to six days later) that falls on the ISO weekday. */
function weekdayFrom(first: LocalDate, weekday: number): LocalDate {
  return addDays(first, (weekday - weekdayOf(first) + 7) % 7);
}

/** Every holiday and eve of a year, by day. */
export function swedishHolidays(year: number): SwedishHoliday[] {
  const easter = easterSunday(year);
  const midsummerDay = weekdayFrom({ year, month: 6, day: 20 }, 6);
  const entries: [LocalDate, string, SwedishHolidayKind][] = [
    [{ year, month: 1, day: 1 }, 'nyårsdagen', 'holiday'],
    [{ year, month: 1, day: 6 }, 'trettondedag jul', 'holiday'],
    [addDays(easter, -2), 'långfredagen', 'holiday'],
    [addDays(easter, -1), 'påskafton', 'eve'],
    [easter, 'påskdagen', 'holiday'],
    [addDays(easter, 1), 'annandag påsk', 'holiday'],
    [{ year, month: 5, day: 1 }, 'första maj', 'holiday'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag', 'holiday'],
    [addDays(easter, 49), 'pingstdagen', 'holiday'],
    [{ year, month: 6, day: 6 }, 'Sveriges nationaldag', 'holiday'],
    [addDays(midsummerDay, -1), 'midsommarafton', 'eve'],
    [midsummerDay, 'midsommardagen', 'holiday'],
    [weekdayFrom({ year, month: 10, day: 31 }, 6), 'alla helgons dag', 'holiday'],
    [{ year, month: 12, day: 24 }, 'julafton', 'eve'],
    [{ year, month: 12, day: 25 }, 'juldagen', 'holiday'],
    [{ year, month: 12, day: 26 }, 'annandag jul', 'holiday'],
    [{ year, month: 12, day: 31 }, 'nyårsafton', 'eve'],
  ];
  return entries
    .map(([date, name, kind]) => ({ day: formatLocalDate(date), name, kind }))
    .sort((first, second) => first.day.localeCompare(second.day));
}

const byYear = new Map<number, Map<string, SwedishHoliday>>();

/** The holiday or eve on a day `YYYY-MM-DD`, or null on an ordinary day. */
export function swedishHolidayOn(day: string): SwedishHoliday | null {
  const year = Number(day.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  let days = byYear.get(year);
  if (!days) {
    days = new Map(swedishHolidays(year).map((holiday) => [holiday.day, holiday]));
    // A handful of years are ever asked for; the cache stays small.
    if (byYear.size > 50) byYear.clear();
    byYear.set(year, days);
  }
  return days.get(day) ?? null;
}
