import { describe, expect, it } from 'vitest';
import type { PictureRow } from '../../api/types';
import { defaultSort, sortRows } from './table-order';

const row = (categoryCode: string, count: number | null, changeFromBaseline: number | null) =>
  ({
    categoryCode,
    count,
    changeFromBaseline,
    changeFromPrevious: 0,
    lastYearCount: 0,
  }) as PictureRow;
const names: Record<string, string> = { a: 'Klotter', b: 'Nedskräpning', c: 'Ambulans' };
const label = (code: string) => names[code] ?? code;

describe('the order of the picture’s table rows', () => {
  const rows = [row('a', 3, 1), row('b', 7, -2), row('c', 3, 4)];

  it('puts the largest counts first by default, ties by name', () => {
    expect(sortRows(rows, defaultSort, label, 'sv').map((item) => item.categoryCode)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('sorts by the change from the baseline, or by name, either way', () => {
    const order = (column: 'baseline' | 'category', isDescending: boolean) =>
      sortRows(rows, { column, isDescending }, label, 'sv').map((item) => item.categoryCode);
    expect(order('baseline', true)).toEqual(['c', 'a', 'b']);
    expect(order('baseline', false)).toEqual(['b', 'a', 'c']);
    expect(order('category', false)).toEqual(['c', 'a', 'b']);
  });

  it('sorts a hidden small count as the smallest, never as a number', () => {
    const withHidden = [row('a', null, null), row('b', 2, 0)];
    expect(sortRows(withHidden, defaultSort, label, 'sv').map((item) => item.categoryCode)).toEqual(
      ['b', 'a'],
    );
  });
});
