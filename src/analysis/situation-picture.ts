/** Incidents counted for one district (null: the whole municipality) and category in one period. */
export interface CountCell {
  districtId: string | null;
  categoryCode: string;
  count: number;
}

export interface PictureRow {
  districtId: string | null;
  categoryCode: string;
  count: number;
  previousCount: number;
  /** The mean of the baseline periods (zeros included), or null with no baseline periods. */
  baselineMean: number | null;
  /** The same period a year earlier, or null when there is no data that far back. */
  lastYearCount: number | null;
  changeFromPrevious: number;
  changeFromBaseline: number | null;
}

interface PictureCounts {
  current: CountCell[];
  previous: CountCell[];
  /** The periods before the current one, usually 8 (the previous one among them). */
  baseline: CountCell[][];
  lastYear: CountCell[] | null;
}

const cellKey = (cell: Pick<CountCell, 'districtId' | 'categoryCode'>) =>
  `${cell.districtId ?? ''}\u0000${cell.categoryCode}`;

function indexCells(cells: CountCell[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const cell of cells) index.set(cellKey(cell), (index.get(cellKey(cell)) ?? 0) + cell.count);
  return index;
}

/**
 * One row for every district × category seen in any of the periods compared, so that a
 * category that dropped to zero shows as a fall rather than disappearing.
 */
export function buildPictureRows(counts: PictureCounts): PictureRow[] {
  const current = indexCells(counts.current);
  const previous = indexCells(counts.previous);
  const baseline = counts.baseline.map(indexCells);
  const lastYear = counts.lastYear ? indexCells(counts.lastYear) : null;
  const cells = new Map<string, Pick<CountCell, 'districtId' | 'categoryCode'>>();
  for (const cell of [
    ...counts.current,
    ...counts.previous,
    ...counts.baseline.flat(),
    ...(counts.lastYear ?? []),
  ]) {
    cells.set(cellKey(cell), { districtId: cell.districtId, categoryCode: cell.categoryCode });
  }
  return [...cells.entries()]
    .map(([key, cell]) => {
      const count = current.get(key) ?? 0;
      const previousCount = previous.get(key) ?? 0;
      const baselineMean =
        baseline.length === 0
          ? null
          : baseline.reduce((sum, period) => sum + (period.get(key) ?? 0), 0) / baseline.length;
      return {
        ...cell,
        count,
        previousCount,
        baselineMean,
        lastYearCount: lastYear ? (lastYear.get(key) ?? 0) : null,
        changeFromPrevious: count - previousCount,
        changeFromBaseline: baselineMean === null ? null : count - baselineMean,
      };
    })
    .sort(
      (a, b) =>
        (a.districtId ?? '').localeCompare(b.districtId ?? '') ||
        b.count - a.count ||
        a.categoryCode.localeCompare(b.categoryCode),
    );
}

export interface NotableChange extends PictureRow {
  direction: 'rise' | 'fall';
  /** How unusual: the change from the baseline in Poisson standard deviations. */
  score: number;
}

/**
 * The changes a meeting should hear about first: rows whose count departs most from the
 * baseline, measured in Poisson standard deviations (√ of the baseline, at least 1), so
 * that 9 against 2 outranks 60 against 50. Small numbers on both sides are left out.
 * This orders the list; the early-warning signals judge significance.
 */
export function largestChanges(
  rows: PictureRow[],
  options: { minimumCount?: number; limit?: number } = {},
): NotableChange[] {
  const minimumCount = options.minimumCount ?? 3;
  return rows
    .filter(
      (row) => row.baselineMean !== null && Math.max(row.count, row.baselineMean) >= minimumCount,
    )
    .map((row) => {
      const baselineMean = row.baselineMean ?? 0;
      const score = (row.count - baselineMean) / Math.sqrt(Math.max(baselineMean, 1));
      return { ...row, direction: score >= 0 ? ('rise' as const) : ('fall' as const), score };
    })
    .filter((row) => Math.abs(row.score) >= 1)
    .sort(
      (a, b) =>
        Math.abs(b.score) - Math.abs(a.score) ||
        // On a tie the named district says more than the whole municipality.
        Number(a.districtId === null) - Number(b.districtId === null) ||
        a.categoryCode.localeCompare(b.categoryCode),
    )
    .slice(0, options.limit ?? 5);
}

/** Counting incidents with an exact time in one local hour of one Stockholm day. */
export interface HourCount {
  /** "2026-11-27". */
  day: string;
  /** 0–23, Swedish local time. */
  hour: number;
  count: number;
}

/**
 * Counts by weekday (rows, Monday first) and hour (columns, 0–23) in Swedish local time.
 * Only incidents whose time is known to the minute belong here.
 */
export function weekdayHourTable(counts: Iterable<HourCount>): number[][] {
  const table = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const { day, hour, count } of counts) {
    const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
    const weekday = ((new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7) + 1;
    const row = table[weekday - 1];
    if (row) row[hour] = (row[hour] ?? 0) + count;
  }
  return table;
}

const phrases = {
  sv: {
    whole: 'hela kommunen',
    sentence: (
      category: string,
      place: string,
      count: number,
      mean: string,
      periods: number,
      unit: string,
    ) =>
      `${category} i ${place}: ${count} ${count === 1 ? 'händelse' : 'händelser'} mot i snitt ${mean} de senaste ${periods} ${unit}.`,
    units: {
      week: 'veckorna',
      month: 'månaderna',
      tertial: 'tertialen',
      year: 'åren',
      custom: 'perioderna',
    },
  },
  en: {
    whole: 'the whole municipality',
    sentence: (
      category: string,
      place: string,
      count: number,
      mean: string,
      periods: number,
      unit: string,
    ) =>
      `${category} in ${place}: ${count} ${count === 1 ? 'incident' : 'incidents'} against an average of ${mean} over the last ${periods} ${unit}.`,
    units: {
      week: 'weeks',
      month: 'months',
      tertial: 'tertials',
      year: 'years',
      custom: 'periods',
    },
  },
} as const;

/**
 * A change in words a meeting can read aloud:
 * "Misstänkt narkotikahantering i Skogås: 9 händelser mot i snitt 2,1 de senaste 8 veckorna."
 */
export function describeChange(
  change: PictureRow,
  names: { category: string; district: string | null },
  context: {
    locale: 'sv' | 'en';
    periodKind: keyof (typeof phrases)['sv']['units'];
    baselinePeriods: number;
  },
): string {
  const words = phrases[context.locale];
  const mean = new Intl.NumberFormat(context.locale === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(change.baselineMean ?? 0);
  return words.sentence(
    names.category,
    names.district ?? words.whole,
    change.count,
    mean,
    context.baselinePeriods,
    words.units[context.periodKind],
  );
}
