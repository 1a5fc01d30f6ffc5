import { describe, expect, it } from 'vitest';
import {
  aggregatePeriod,
  protectCounts,
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

/** Every district in one layer, as in a municipality with districts only. */
const oneLayer = () => 'distrikt';
/** Districts a and b (and c) are the Distrikt layer; u and v are utsatta områden. */
const twoLayers = (districtId: string) => (districtId.startsWith('u') ? 'utsatt' : 'distrikt');

describe('the small-count rule', () => {
  it('hides counts of 1 and 2 and shows 0 and 3 or more', () => {
    expect([0, 1, 2, 3, 40].map(shownCount)).toEqual([0, null, null, 3, 40]);
  });

  it('hides a change whose either side is hidden, and a mean whose sum is under 3', () => {
    const [protectedRow] = protectPictureRows(
      [{ ...row(null, 5, 2), baselineMean: 2 / 8, changeFromBaseline: 5 - 2 / 8 }],
      8,
      oneLayer,
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
    const rows = protectPictureRows(
      [row(null, 10), row('a', 1), row('b', 4), row('c', 5)],
      8,
      oneLayer,
    );
    expect(rows.map((item) => item.count)).toEqual([10, null, null, 5]);
  });

  it('hides the total when the hidden districts stand beside zeros and their sum would pin them', () => {
    const rows = protectPictureRows([row(null, 2 + 0), row('a', 2), row('b', 0)], 8, oneLayer);
    expect(rows.map((item) => item.count)).toEqual([null, null, 0]);
    // 4 = 2 + 2 with both hidden: each hidden cell is 1 or 2, so both would be 2.
    const pinned = protectPictureRows(
      [row(null, 4), row('a', 2), row('b', 2), row('c', 0)],
      8,
      oneLayer,
    );
    expect(pinned.map((item) => item.count)).toEqual([null, null, null, 0]);
  });

  it('leaves two hidden cells as they are when their sum of 3 or more can be split more than one way', () => {
    const rows = protectPictureRows(
      [row(null, 9), row('a', 1), row('b', 2), row('c', 6)],
      8,
      oneLayer,
    );
    expect(rows.map((item) => item.count)).toEqual([9, null, null, 6]);
  });

  it('hides more when two hidden cells sum to 2, since then both are 1', () => {
    const rows = protectPictureRows(
      [row(null, 9), row('a', 1), row('b', 1), row('c', 7)],
      8,
      oneLayer,
    );
    expect(rows.map((item) => item.count)).toEqual([9, null, null, null]);
  });

  it('hides more when two hidden cells sum to 4, since then both are 2', () => {
    const rows = protectPictureRows(
      [row(null, 10), row('a', 2), row('b', 2), row('c', 6)],
      8,
      oneLayer,
    );
    expect(rows.map((item) => item.count)).toEqual([10, null, null, null]);
  });

  it('treats the incidents in no district of a layer as one more cell, so a lone one is hidden', () => {
    // 10 = 4 + 5 + one incident outside every district: 10 − 4 − 5 would single it out.
    const rows = protectPictureRows([row(null, 10), row('a', 4), row('b', 5)], 8, oneLayer);
    expect(rows.map((item) => item.count)).toEqual([10, null, 5]);
  });

  it('suppresses layer by layer, so a district of another layer never stands in for the second cell', () => {
    // Distrikt: 10 = a 1 + b 9; utsatt område u 3. Hiding u would leave a = 10 − 9.
    const rows = protectPictureRows(
      [row(null, 10), row('a', 1), row('b', 9), row('u', 3)],
      8,
      twoLayers,
    );
    expect(rows.map((item) => item.count)).toEqual([10, null, null, 3]);
  });

  it('suppresses the baseline sums too, so the total mean cannot give back a hidden one', () => {
    // Baseline sums over 8 weeks: total 10 = a 1 + b 9, with every current count shown.
    const rows = protectPictureRows(
      [
        { ...row(null, 20), baselineMean: 10 / 8, changeFromBaseline: 20 - 10 / 8 },
        { ...row('a', 5), baselineMean: 1 / 8, changeFromBaseline: 5 - 1 / 8 },
        { ...row('b', 15), baselineMean: 9 / 8, changeFromBaseline: 15 - 9 / 8 },
      ],
      8,
      oneLayer,
    );
    expect(rows.map((item) => item.count)).toEqual([20, 5, 15]);
    expect(rows.map((item) => item.baselineMean)).toEqual([10 / 8, null, null]);
    expect(rows.map((item) => item.changeFromBaseline)).toEqual([20 - 10 / 8, null, null]);
  });

  it('protects signal counts layer by layer and with more than one hidden cell', () => {
    const cells = [
      { districtId: null, count: 10, status: 'open' },
      { districtId: 'a', count: 1, status: 'open' },
      { districtId: 'b', count: 9, status: 'open' },
      { districtId: 'u', count: 3, status: 'open' },
      { districtId: null, count: 9, status: 'closed' },
      { districtId: 'a', count: 1, status: 'closed' },
      { districtId: 'b', count: 1, status: 'closed' },
      { districtId: 'c', count: 7, status: 'closed' },
    ];
    const shown = protectCounts(cells, (cell) => cell.status, twoLayers);
    expect(shown.map((cell) => cell.count)).toEqual([10, null, null, 3, 9, null, null, null]);
  });

  it('lets no reader who knows the rule pin a hidden 1 or 2 in any table of three districts', () => {
    // Every table with districts of 0–6 and 0–8 incidents in no district; a reader sees what
    // is published, knows the rule and whether the remainder is 0, and lists every table that
    // publishes the same: a hidden 1 or 2 with one value in all of them is disclosed.
    const tables: { cells: number[]; remainder: number; published: string }[] = [];
    for (let index = 0; index < 7 ** 3 * 9; index += 1) {
      const cells = [index % 7, Math.floor(index / 7) % 7, Math.floor(index / 49) % 7];
      const remainder = Math.floor(index / 343);
      const total = cells.reduce((sum, value) => sum + value, remainder);
      const published = protectCounts(
        [
          { districtId: null, count: total },
          ...cells.map((count, at) => ({ districtId: `${at}`, count })),
        ],
        () => 'graffiti',
        oneLayer,
      ).map((cell) => cell.count);
      tables.push({ cells, remainder, published: JSON.stringify(published) });
    }
    const pinned = tables.filter(
      (table) =>
        table.remainder < 7 &&
        table.cells.some((value, at) => {
          if (value !== 1 && value !== 2) return false;
          const alike = tables.filter(
            (other) =>
              other.published === table.published &&
              (other.remainder === 0) === (table.remainder === 0),
          );
          return alike.every((other) => other.cells[at] === value);
        }),
    );
    expect(pinned).toEqual([]);
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
