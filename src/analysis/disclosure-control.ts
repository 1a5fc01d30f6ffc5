import { addDays, formatLocalDate, type LocalDate } from '../shared/time/stockholm-time.js';
import { parsePeriod, type Period } from './periods.js';
import { suppressGroup } from './secondary-suppression.js';
import type { NotableChange, PictureRow } from './situation-picture.js';

/**
 * Statistical disclosure control for aggregates-only readers (politicians, boards, admins,
 * caseworkers, procurement: roles that may not read single incidents). The rule is the one
 * official statistics use for small counts (SCB's "prickning"): a count of 1 or 2 is hidden,
 * because it can point at one event and the people in it; 0 and 3 or more are shown. A hidden
 * cell must not be recoverable by subtraction, so
 * - a difference, a mean or a change that involves a hidden count is hidden too;
 * - secondary suppression (src/analysis/secondary-suppression.ts), for every figure (count,
 *   previous count, the baseline's sum behind its mean, last year's count), category by
 *   category and district layer by district layer, the incidents in no district of a layer
 *   being one more cell of that layer: further cells, or the total, are hidden until the hidden
 *   remainder is 0 or at least 3 and no hidden 1 or 2 can be pinned from it;
 * - the weekday × hour table hides its small cells and carries no totals.
 * Known limit: periods that overlap (a week and the span of that week and the next, or the
 * previous period inside the baseline) can still be subtracted from one another across
 * readings; custom spans are widened to whole weeks so the finest grain is a week.
 * Pure functions; the use cases decide who is an aggregates-only reader.
 */
export const smallestShownCount = 3;

/** A count as an aggregates-only reader sees it: null where it is 1 or 2. */
export function shownCount(count: number): number | null {
  return count === 0 || count >= smallestShownCount ? count : null;
}

/** A picture row with every figure that could reveal a small count as null. */
export interface ProtectedPictureRow {
  districtId: string | null;
  categoryCode: string;
  count: number | null;
  previousCount: number | null;
  baselineMean: number | null;
  lastYearCount: number | null;
  changeFromPrevious: number | null;
  changeFromBaseline: number | null;
}

/**
 * The rows with small counts hidden, by the rules above. The baseline mean is hidden with the
 * sum it is the mean of (the mean times the number of periods gives the sum back).
 * `layerOf` names the layer of a district (districts of one layer do not overlap).
 */
export function protectPictureRows(
  rows: readonly PictureRow[],
  baselinePeriods: number,
  layerOf: (districtId: string) => string,
): ProtectedPictureRow[] {
  const figures = {
    count: (row: PictureRow) => row.count,
    previousCount: (row: PictureRow) => row.previousCount,
    lastYearCount: (row: PictureRow) => row.lastYearCount,
    baselineSum: (row: PictureRow) =>
      row.baselineMean === null ? null : Math.round(row.baselineMean * baselinePeriods),
  };
  const shown = new Map<keyof typeof figures, boolean[]>();
  for (const [name, valueOf] of Object.entries(figures) as [
    keyof typeof figures,
    (row: PictureRow) => number | null,
  ][]) {
    const cells = rows.map((row) => {
      const value = valueOf(row) ?? 0;
      return { districtId: row.districtId, value, shown: shownCount(value) !== null };
    });
    if (rows.some((row) => valueOf(row) !== null)) {
      for (const group of groupBy(cells, (_, index) => rows[index]?.categoryCode ?? '')) {
        suppressGroup(group, layerOf);
      }
    }
    shown.set(
      name,
      cells.map((cell) => cell.shown),
    );
  }
  const isShown = (name: keyof typeof figures, index: number) => shown.get(name)?.[index] === true;
  return rows.map((row, index): ProtectedPictureRow => {
    const count = isShown('count', index) ? row.count : null;
    const previousCount = isShown('previousCount', index) ? row.previousCount : null;
    const baselineMean = isShown('baselineSum', index) ? row.baselineMean : null;
    return {
      districtId: row.districtId,
      categoryCode: row.categoryCode,
      count,
      previousCount,
      baselineMean,
      lastYearCount: isShown('lastYearCount', index) ? row.lastYearCount : null,
      changeFromPrevious: count === null || previousCount === null ? null : row.changeFromPrevious,
      changeFromBaseline: count === null || baselineMean === null ? null : row.changeFromBaseline,
    };
  });
}

/** The items in groups by key, each group in the items' order. */
function groupBy<Item>(
  items: readonly Item[],
  keyOf: (item: Item, index: number) => string,
): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item, index);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/**
 * The largest changes an aggregates-only reader may hear: only those whose count and baseline
 * are both shown after protection (a "rise" from a hidden count would name it).
 */
export function protectLargestChanges<Change extends NotableChange>(
  changes: readonly Change[],
  rows: readonly ProtectedPictureRow[],
): Change[] {
  const shown = new Set(
    rows
      .filter((row) => row.count !== null && row.baselineMean !== null)
      .map((row) => `${row.districtId ?? ''}\u0000${row.categoryCode}`),
  );
  return changes.filter((change) =>
    shown.has(`${change.districtId ?? ''}\u0000${change.categoryCode}`),
  );
}

/** The weekday × hour table with its cells of 1 or 2 hidden. */
export function protectTable(table: readonly (readonly number[])[]): (number | null)[][] {
  return table.map((row) => row.map(shownCount));
}

const isoWeekday = (date: LocalDate) =>
  ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;

/**
 * The period an aggregates-only reader is shown: a custom span widened to whole ISO weeks,
 * Monday to Sunday (so at least seven days). A one-day span would single out the day's
 * incidents, and spans that differ by a day would do so by subtraction; whole weeks are the
 * finest grain the week periods already give. Other kinds are returned as they are.
 */
export function aggregatePeriod(period: Period): Period {
  if (period.kind !== 'custom') return period;
  const first = addDays(period.firstDay, 1 - isoWeekday(period.firstDay));
  const lastDay = addDays(period.endDay, -1);
  const last = addDays(lastDay, 7 - isoWeekday(lastDay));
  return parsePeriod('custom', `${formatLocalDate(first)}..${formatLocalDate(last)}`) ?? period;
}

/**
 * Counts by district (null: the whole municipality) and other dimensions, protected by the
 * same rules: 1 and 2 hidden, and within each group (`groupOf`, e.g. category and status) and
 * district layer (`layerOf`) further cells hidden where a hidden one could be had by subtraction.
 */
export function protectCounts<Cell extends { districtId: string | null; count: number }>(
  cells: readonly Cell[],
  groupOf: (cell: Cell) => string,
  layerOf: (districtId: string) => string,
): (Omit<Cell, 'count'> & { count: number | null })[] {
  const suppression = cells.map((cell) => ({
    districtId: cell.districtId,
    value: cell.count,
    shown: shownCount(cell.count) !== null,
  }));
  for (const group of groupBy(suppression, (_, index) => groupOf(cells[index] as Cell))) {
    suppressGroup(group, layerOf);
  }
  return cells.map((cell, index) => ({
    ...cell,
    count: suppression[index]?.shown === true ? cell.count : null,
  }));
}
