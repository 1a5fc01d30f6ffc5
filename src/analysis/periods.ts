import {
  daysBetween,
  isoWeekOf,
  mondayOfIsoWeek,
  parseCalendarDay,
  weeksInIsoYear,
} from '../shared/time/calendar.js';
import {
  addDays,
  formatLocalDate,
  isRealDate,
  startOfStockholmDay,
  stockholmLocalParts,
  type LocalDate,
} from '../shared/time/stockholm-time.js';

/**
 * The periods a situation picture covers, as the municipality's calendar has them: ISO weeks
 * (Monday to Sunday), months, tertials (January–April, May–August, September–December),
 * years, and custom spans of whole days — all in Europe/Stockholm, turned into UTC instants
 * for queries.
 */
export const periodKinds = ['week', 'month', 'tertial', 'year', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  kind: PeriodKind;
  /** "2026-W48", "2026-11", "2026-T3", "2026", or "2026-11-01..2026-11-14" (last day included). */
  key: string;
  firstDay: LocalDate;
  /** The first day after the period. */
  endDay: LocalDate;
  /** UTC, inclusive. */
  from: string;
  /** UTC, exclusive. */
  to: string;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function makePeriod(kind: PeriodKind, key: string, firstDay: LocalDate, endDay: LocalDate): Period {
  return {
    kind,
    key,
    firstDay,
    endDay,
    from: startOfStockholmDay(firstDay).toISOString(),
    to: startOfStockholmDay(endDay).toISOString(),
  };
}

function week(year: number, number: number): Period {
  const monday = mondayOfIsoWeek(year, number);
  return makePeriod('week', `${year}-W${pad(number)}`, monday, addDays(monday, 7));
}

function month(year: number, number: number): Period {
  const next =
    number === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: number + 1, day: 1 };
  return makePeriod('month', `${year}-${pad(number)}`, { year, month: number, day: 1 }, next);
}

function tertial(year: number, number: number): Period {
  const firstMonth = (number - 1) * 4 + 1;
  const end =
    number === 3 ? { year: year + 1, month: 1, day: 1 } : { year, month: firstMonth + 4, day: 1 };
  return makePeriod('tertial', `${year}-T${number}`, { year, month: firstMonth, day: 1 }, end);
}

function year(number: number): Period {
  return makePeriod(
    'year',
    String(number),
    { year: number, month: 1, day: 1 },
    { year: number + 1, month: 1, day: 1 },
  );
}

function custom(firstDay: LocalDate, lastDay: LocalDate): Period {
  return makePeriod(
    'custom',
    `${formatLocalDate(firstDay)}..${formatLocalDate(lastDay)}`,
    firstDay,
    addDays(lastDay, 1),
  );
}

/** Longest custom span: ten years, the horizon of the data the picture is built for. */
const maxCustomDays = 3_660;

/** The period a key names, or null when the key is not of that kind or does not exist. */
export function parsePeriod(kind: PeriodKind, key: string): Period | null {
  const yearOf = (text: string | undefined) => {
    const value = Number(text);
    return value >= 1900 && value <= 2200 ? value : null;
  };
  if (kind === 'week') {
    const match = /^(\d{4})-W(\d{2})$/.exec(key);
    const weekYear = yearOf(match?.[1]);
    const number = Number(match?.[2]);
    return weekYear !== null && number >= 1 && number <= weeksInIsoYear(weekYear)
      ? week(weekYear, number)
      : null;
  }
  if (kind === 'month') {
    const match = /^(\d{4})-(\d{2})$/.exec(key);
    const monthYear = yearOf(match?.[1]);
    const number = Number(match?.[2]);
    return monthYear !== null && number >= 1 && number <= 12 ? month(monthYear, number) : null;
  }
  if (kind === 'tertial') {
    const match = /^(\d{4})-T([123])$/.exec(key);
    const tertialYear = yearOf(match?.[1]);
    return tertialYear !== null ? tertial(tertialYear, Number(match?.[2])) : null;
  }
  if (kind === 'year') {
    const value = /^\d{4}$/.test(key) ? yearOf(key) : null;
    return value !== null ? year(value) : null;
  }
  const [firstText = '', lastText = ''] = key.split('..');
  const firstDay = parseCalendarDay(firstText);
  const lastDay = parseCalendarDay(lastText);
  if (!firstDay || !lastDay) return null;
  const days = daysBetween(firstDay, lastDay);
  return days >= 0 && days < maxCustomDays ? custom(firstDay, lastDay) : null;
}

/** The period of a kind that holds an instant (for 'custom': the day it falls on). */
export function periodContaining(kind: PeriodKind, instant: Date): Period {
  const local = stockholmLocalParts(instant);
  switch (kind) {
    case 'week': {
      const { year: weekYear, week: number } = isoWeekOf(local);
      return week(weekYear, number);
    }
    case 'month':
      return month(local.year, local.month);
    case 'tertial':
      return tertial(local.year, Math.floor((local.month - 1) / 4) + 1);
    case 'year':
      return year(local.year);
    case 'custom':
      return custom(local, local);
  }
}

/** The period `steps` periods later (negative: earlier); a custom span moves by its length. */
export function shiftPeriod(period: Period, steps: number): Period {
  const { firstDay } = period;
  switch (period.kind) {
    case 'week': {
      const monday = addDays(firstDay, steps * 7);
      const { year: weekYear, week: number } = isoWeekOf(monday);
      return week(weekYear, number);
    }
    case 'month': {
      const index = firstDay.year * 12 + firstDay.month - 1 + steps;
      return month(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'tertial': {
      const index = firstDay.year * 3 + Math.floor((firstDay.month - 1) / 4) + steps;
      return tertial(Math.floor(index / 3), (index % 3) + 1);
    }
    case 'year':
      return year(firstDay.year + steps);
    case 'custom': {
      const length = daysBetween(firstDay, period.endDay);
      const first = addDays(firstDay, steps * length);
      return custom(first, addDays(first, length - 1));
    }
  }
}

/**
 * The same period a year earlier: the same ISO week number (week 53 becomes week 52 in a
 * year without one), the same month, tertial or dates.
 */
export function samePeriodLastYear(period: Period): Period {
  if (period.kind === 'week') {
    const { year: weekYear, week: number } = isoWeekOf(period.firstDay);
    return week(weekYear - 1, Math.min(number, weeksInIsoYear(weekYear - 1)));
  }
  if (period.kind === 'custom') {
    const lastDay = addDays(period.endDay, -1);
    const back = (date: LocalDate) =>
      isRealDate({ ...date, year: date.year - 1 })
        ? { ...date, year: date.year - 1 }
        : { ...date, year: date.year - 1, day: 28 };
    return custom(back(period.firstDay), back(lastDay));
  }
  return shiftPeriod(period, period.kind === 'month' ? -12 : period.kind === 'tertial' ? -3 : -1);
}
