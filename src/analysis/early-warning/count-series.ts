import { stockholmLocalParts, type LocalDate } from '../../shared/time/stockholm-time.js';
import { isoWeekOf } from '../../shared/time/calendar.js';

/**
 * Count series for early warning: per district × category and per district (all
 * categories), by ISO week (Monday–Sunday) or by day in Europe/Stockholm, with every period
 * in the span present, so that a week without reports is a 0 and not a gap. EARS and
 * Farrington read a series as consecutive periods; a missing week would shift the baseline.
 */
type SeriesFrequency = 'week' | 'day';

interface CountableIncident {
  /** UTC instant, ISO 8601 or a Date. */
  occurredAt: string | Date;
  /** null for a report placed in no district. */
  districtId: string | null;
  categoryCode: string;
}

interface CountSeries {
  districtId: string | null;
  /** null for the district's total over every category. */
  categoryCode: string | null;
  counts: number[];
}

interface CountSeriesSet {
  frequency: SeriesFrequency;
  /** One key per period, oldest first: "2026-W48" or "2026-11-27". */
  keys: string[];
  series: CountSeries[];
  /** Incidents outside the span, not counted. */
  outside: number;
}

interface CountSeriesOptions {
  frequency: SeriesFrequency;
  /** First local day of the span; for weeks, moved back to its Monday. */
  firstDay: LocalDate;
  /** Last local day of the span (included); for weeks, moved on to its Sunday. */
  lastDay: LocalDate;
  /** Districts that get series even without reports (others appear when reported). */
  districtIds?: readonly (string | null)[];
  /** Categories that get series in every district even without reports. */
  categoryCodes?: readonly string[];
}

const dayMs = 86_400_000;
const dayNumber = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day) / dayMs;
const pad = (value: number) => String(value).padStart(2, '0');

function localDateOf(day: number): LocalDate {
  const date = new Date(day * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 Monday … 6 Sunday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

function periodKey(frequency: SeriesFrequency, firstDayOfPeriod: number): string {
  const date = localDateOf(firstDayOfPeriod);
  if (frequency === 'day') return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const { year, week } = isoWeekOf(date);
  return `${year}-W${pad(week)}`;
}

/** Builds zero-filled series; districts and categories are listed in first-seen order after the given ones. */
export function buildCountSeries(
  incidents: Iterable<CountableIncident>,
  options: CountSeriesOptions,
): CountSeriesSet {
  const periodDays = options.frequency === 'week' ? 7 : 1;
  let first = dayNumber(options.firstDay);
  let last = dayNumber(options.lastDay);
  if (options.frequency === 'week') {
    first -= weekdayOf(first);
    last += 6 - weekdayOf(last);
  }
  if (last < first) throw new RangeError('The span ends before it starts.');
  const periods = Math.floor((last - first + 1) / periodDays);
  const keys = Array.from({ length: periods }, (_, index) =>
    periodKey(options.frequency, first + index * periodDays),
  );

  const districts = new Map<string | null, Map<string | null, number[]>>();
  const categories = new Set<string>(options.categoryCodes ?? []);
  const seriesOf = (districtId: string | null, categoryCode: string | null) => {
    let byCategory = districts.get(districtId);
    if (!byCategory) {
      byCategory = new Map([[null, new Array<number>(periods).fill(0)]]);
      districts.set(districtId, byCategory);
    }
    let counts = byCategory.get(categoryCode);
    if (!counts) {
      counts = new Array<number>(periods).fill(0);
      byCategory.set(categoryCode, counts);
    }
    return counts;
  };
  for (const districtId of options.districtIds ?? []) seriesOf(districtId, null);

  let outside = 0;
  for (const incident of incidents) {
    const instant =
      incident.occurredAt instanceof Date ? incident.occurredAt : new Date(incident.occurredAt);
    const period = Math.floor((dayNumber(stockholmLocalParts(instant)) - first) / periodDays);
    if (period < 0 || period >= periods) {
      outside += 1;
      continue;
    }
    categories.add(incident.categoryCode);
    const total = seriesOf(incident.districtId, null);
    const counts = seriesOf(incident.districtId, incident.categoryCode);
    total[period] = (total[period] as number) + 1;
    counts[period] = (counts[period] as number) + 1;
  }

  const series: CountSeries[] = [];
  for (const [districtId, byCategory] of districts) {
    series.push({ districtId, categoryCode: null, counts: byCategory.get(null) as number[] });
    for (const categoryCode of categories) {
      series.push({ districtId, categoryCode, counts: seriesOf(districtId, categoryCode) });
    }
  }
  return { frequency: options.frequency, keys, series, outside };
}
