import type { PictureRow } from '../../api/types';

export type SortColumn = 'category' | 'count' | 'previous' | 'baseline' | 'lastYear';
export interface TableSort {
  column: SortColumn;
  isDescending: boolean;
}

/** The picture's default: the largest counts first. */
export const defaultSort: TableSort = { column: 'count', isDescending: true };

/** A figure to sort by: a hidden one (null) sorts as the smallest. */
function figureOf(row: PictureRow, column: Exclude<SortColumn, 'category'>): number {
  const value =
    column === 'count'
      ? row.count
      : column === 'previous'
        ? row.changeFromPrevious
        : column === 'baseline'
          ? row.changeFromBaseline
          : row.lastYearCount;
  return value ?? -Infinity;
}

/** Rows in the chosen order; ties by category name, so the order is always the same. */
export function sortRows(
  rows: readonly PictureRow[],
  sort: TableSort,
  label: (code: string) => string,
  locale: string,
): PictureRow[] {
  const byName = (a: PictureRow, b: PictureRow) =>
    label(a.categoryCode).localeCompare(label(b.categoryCode), locale);
  const sign = sort.isDescending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'category') return sign * byName(a, b);
    const difference = figureOf(a, sort.column) - figureOf(b, sort.column);
    return (Number.isNaN(difference) ? 0 : sign * difference) || byName(a, b);
  });
}
