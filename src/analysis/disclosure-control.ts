import { addDays, formatLocalDate, type LocalDate } from '../domain/time/stockholm-time.js';
import { parsePeriod, type Period } from './periods.js';
import type { NotableChange, PictureRow } from './situation-picture.js';

/**
 * Statistical disclosure control for aggregates-only readers (politicians, boards, admins,
 * caseworkers, procurement: roles that may not read single incidents). The rule is the one
 * official statistics use for small counts (SCB's "prickning"): a count of 1 or 2 is hidden,
 * because it can point at one event and the people in it; 0 and 3 or more are shown. A hidden
 * cell must not be recoverable by subtraction, so
 * - a difference, a mean or a change that involves a hidden count is hidden too;
 * - secondary suppression: when a category has exactly one hidden district cell while the whole
 *   municipality's count of it is shown, the smallest shown district cell of that category is
 *   hidden as well, so "total minus the rest" never gives the hidden one (districts of different
 *   layers may overlap, which only makes subtraction less exact);
 * - the weekday × hour table hides its small cells and carries no totals.
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
 * The rows with small counts hidden, by the rules above. The baseline mean is hidden when the
 * sum it is the mean of is 1 or 2 (the mean times the number of periods gives the sum back).
 */
export function protectPictureRows(
  rows: readonly PictureRow[],
  baselinePeriods: number,
): ProtectedPictureRow[] {
  const protectedRows = rows.map((row): ProtectedPictureRow => {
    const count = shownCount(row.count);
    const previousCount = shownCount(row.previousCount);
    const baselineSum =
      row.baselineMean === null ? null : Math.round(row.baselineMean * baselinePeriods);
    const baselineMean =
      baselineSum === null || shownCount(baselineSum) === null ? null : row.baselineMean;
    return {
      districtId: row.districtId,
      categoryCode: row.categoryCode,
      count,
      previousCount,
      baselineMean,
      lastYearCount: row.lastYearCount === null ? null : shownCount(row.lastYearCount),
      changeFromPrevious: count === null || previousCount === null ? null : row.changeFromPrevious,
      changeFromBaseline: count === null || baselineMean === null ? null : row.changeFromBaseline,
    };
  });
  for (const field of ['count', 'previousCount', 'lastYearCount'] as const) {
    suppressComplements(protectedRows, field);
  }
  return protectedRows;
}

/** Secondary suppression of one figure, category by category (see the module comment). */
function suppressComplements(
  rows: ProtectedPictureRow[],
  field: 'count' | 'previousCount' | 'lastYearCount',
): void {
  const byCategory = new Map<string, ProtectedPictureRow[]>();
  for (const row of rows) {
    byCategory.set(row.categoryCode, [...(byCategory.get(row.categoryCode) ?? []), row]);
  }
  for (const group of byCategory.values()) {
    const total = group.find((row) => row.districtId === null);
    const districts = group.filter((row) => row.districtId !== null);
    const hidden = districts.filter((row) => row[field] === null);
    if (!total || total[field] === null || hidden.length !== 1) continue;
    const smallest = districts
      .filter((row) => (row[field] ?? 0) > 0)
      .sort((a, b) => (a[field] ?? 0) - (b[field] ?? 0))[0];
    const complement = smallest ?? total;
    complement[field] = null;
    if (field === 'count') {
      complement.changeFromPrevious = null;
      complement.changeFromBaseline = null;
    }
    if (field === 'previousCount') complement.changeFromPrevious = null;
  }
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
 * same rules: 1 and 2 hidden, and within each group (`groupOf`, e.g. category and status) a
 * second cell hidden where a lone hidden district could be had from the total.
 */
export function protectCounts<Cell extends { districtId: string | null; count: number }>(
  cells: readonly Cell[],
  groupOf: (cell: Cell) => string,
): (Omit<Cell, 'count'> & { count: number | null })[] {
  const protectedCells = cells.map((cell): Omit<Cell, 'count'> & { count: number | null } => ({
    ...cell,
    count: shownCount(cell.count),
  }));
  const groups = new Map<string, typeof protectedCells>();
  for (const [index, cell] of protectedCells.entries()) {
    const key = groupOf(cells[index] as Cell);
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  for (const group of groups.values()) {
    const total = group.find((cell) => cell.districtId === null);
    const districts = group.filter((cell) => cell.districtId !== null);
    if (!total || total.count === null) continue;
    if (districts.filter((cell) => cell.count === null).length !== 1) continue;
    const smallest = districts
      .filter((cell) => (cell.count ?? 0) > 0)
      .sort((a, b) => (a.count ?? 0) - (b.count ?? 0))[0];
    (smallest ?? total).count = null;
  }
  return protectedCells;
}
