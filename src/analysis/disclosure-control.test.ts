import { describe, expect, it } from 'vitest';
import {
  aggregatePeriod,
  protectPictureRows,
  protectTable,
  shownCount,
} from './disclosure-control.js';
import { parsePeriod } from './periods.js';
import type { PictureRow } from './situation-picture.js';

const row = (
  districtId: string | null,
  count: number,
  previousCount = count,
  categoryCode = 'graffiti',
): PictureRow => ({
  districtId,
  categoryCode,
  count,
  previousCount,
  baselineMean: 1,
  lastYearCount: null,
  changeFromPrevious: count - previousCount,
  changeFromBaseline: count - 1,
});

describe('the small-count rule', () => {
  it('hides counts of 1 and 2 and shows 0 and 3 or more', () => {
    expect([0, 1, 2, 3, 40].map(shownCount)).toEqual([0, null, null, 3, 40]);
  });

  it('hides a change whose either side is hidden, and a mean whose sum is under 3', () => {
    const [protectedRow] = protectPictureRows(
      [{ ...row(null, 5, 2), baselineMean: 2 / 8, changeFromBaseline: 5 - 2 / 8 }],
      8,
    );
    expect(protectedRow).toMatchObject({
      count: 5,
      previousCount: null,
      changeFromPrevious: null,
      baselineMean: null,
      changeFromBaseline: null,
    });
  });

  it('hides a second district cell when one alone is hidden and the total is shown', () => {
    // Total 10 = 1 + 4 + 5: without the second cell, 10 − 4 − 5 would give the hidden 1.
    const rows = protectPictureRows([row(null, 10), row('a', 1), row('b', 4), row('c', 5)], 8);
    expect(rows.map((item) => item.count)).toEqual([10, null, null, 5]);
  });

  it('hides the total when the only hidden district stands beside zeros', () => {
    const rows = protectPictureRows([row(null, 2 + 0), row('a', 2), row('b', 0)], 8);
    expect(rows.map((item) => item.count)).toEqual([null, null, 0]);
    const withBigTotal = protectPictureRows([row(null, 3), row('a', 2), row('b', 0)], 8);
    expect(withBigTotal.map((item) => item.count)).toEqual([null, null, 0]);
  });

  it('leaves two hidden cells as they are: neither can be worked out alone', () => {
    const rows = protectPictureRows([row(null, 9), row('a', 1), row('b', 2), row('c', 6)], 8);
    expect(rows.map((item) => item.count)).toEqual([9, null, null, 6]);
  });

  it('hides the cells of 1 or 2 of the weekday × hour table', () => {
    expect(protectTable([[0, 1, 2, 3]])).toEqual([[0, null, null, 3]]);
  });

  it('widens a custom period to whole weeks, Monday to Sunday, and leaves other kinds alone', () => {
    const day = parsePeriod('custom', '2026-11-17..2026-11-17');
    const week = parsePeriod('week', '2026-W48');
    if (!day || !week) throw new Error('periods expected');
    expect(aggregatePeriod(day).key).toBe('2026-11-16..2026-11-22');
    expect(aggregatePeriod(week)).toBe(week);
  });
});
