import { describe, expect, it } from 'vitest';
import {
  buildPictureRows,
  describeChange,
  largestChanges,
  weekdayHourTable,
  type CountCell,
} from './situation-picture.js';

const cell = (districtId: string | null, categoryCode: string, count: number): CountCell => ({
  districtId,
  categoryCode,
  count,
});

describe('buildPictureRows', () => {
  it('compares each district and category with the previous period, the baseline and last year', () => {
    const rows = buildPictureRows({
      current: [
        cell('skogas', 'suspected_drug_dealing', 9),
        cell(null, 'suspected_drug_dealing', 12),
      ],
      previous: [cell('skogas', 'suspected_drug_dealing', 3)],
      baseline: [
        [cell('skogas', 'suspected_drug_dealing', 3)],
        [cell('skogas', 'suspected_drug_dealing', 2), cell('skogas', 'graffiti', 4)],
        [],
        [cell('skogas', 'suspected_drug_dealing', 1)],
      ],
      lastYear: [cell('skogas', 'suspected_drug_dealing', 5)],
    });
    expect(
      rows.find(
        (row) => row.districtId === 'skogas' && row.categoryCode === 'suspected_drug_dealing',
      ),
    ).toEqual({
      districtId: 'skogas',
      categoryCode: 'suspected_drug_dealing',
      count: 9,
      previousCount: 3,
      baselineMean: 1.5,
      lastYearCount: 5,
      changeFromPrevious: 6,
      changeFromBaseline: 7.5,
    });
    // Graffiti fell to nothing: it still has its row.
    expect(rows.find((row) => row.categoryCode === 'graffiti')).toMatchObject({
      count: 0,
      baselineMean: 1,
    });
    expect(rows.find((row) => row.districtId === null)).toMatchObject({
      count: 12,
      lastYearCount: 0,
    });
  });

  it('leaves last year empty when there is no data that far back', () => {
    const [row] = buildPictureRows({
      current: [cell(null, 'graffiti', 1)],
      previous: [],
      baseline: [],
      lastYear: null,
    });
    expect(row).toMatchObject({
      lastYearCount: null,
      baselineMean: null,
      changeFromBaseline: null,
    });
  });
});

describe('largestChanges', () => {
  it('ranks by how unusual a change is, not by its size', () => {
    const rows = buildPictureRows({
      current: [cell('a', 'graffiti', 9), cell('b', 'littering', 60), cell('c', 'vandalism', 2)],
      previous: [],
      baseline: [[cell('a', 'graffiti', 2), cell('b', 'littering', 50), cell('c', 'vandalism', 0)]],
      lastYear: null,
    });
    const changes = largestChanges(rows);
    expect(changes.map((change) => change.districtId)).toEqual(['a', 'b']);
    expect(changes[0]).toMatchObject({ direction: 'rise' });
  });

  it('reports falls too', () => {
    const rows = buildPictureRows({
      current: [cell('a', 'graffiti', 0)],
      previous: [],
      baseline: [[cell('a', 'graffiti', 8)], [cell('a', 'graffiti', 10)]],
      lastYear: null,
    });
    expect(largestChanges(rows)[0]).toMatchObject({ direction: 'fall', count: 0, baselineMean: 9 });
  });
});

describe('describeChange', () => {
  it('says the change in Swedish and in English', () => {
    const row = {
      districtId: 'skogas',
      categoryCode: 'suspected_drug_dealing',
      count: 9,
      previousCount: 2,
      baselineMean: 2.125,
      lastYearCount: null,
      changeFromPrevious: 7,
      changeFromBaseline: 6.875,
    };
    const names = { category: 'Misstänkt narkotikahantering', district: 'Skogås' };
    expect(
      describeChange(row, names, { locale: 'sv', periodKind: 'week', baselinePeriods: 8 }),
    ).toBe(
      'Misstänkt narkotikahantering i Skogås: 9 händelser mot i snitt 2,1 de senaste 8 veckorna.',
    );
    expect(
      describeChange(
        row,
        { category: 'Suspected drug dealing', district: null },
        { locale: 'en', periodKind: 'month', baselinePeriods: 8 },
      ),
    ).toBe(
      'Suspected drug dealing in the whole municipality: 9 incidents against an average of 2.1 over the last 8 months.',
    );
  });
});

describe('weekdayHourTable', () => {
  it('adds the hours of each Stockholm day into its weekday, Monday first', () => {
    const table = weekdayHourTable([
      { day: '2026-11-27', hour: 22, count: 2 }, // a Friday
      { day: '2026-12-04', hour: 22, count: 1 }, // the Friday after
      { day: '2026-07-05', hour: 0, count: 1 }, // a Sunday
      { day: '2026-11-23', hour: 8, count: 4 }, // a Monday
    ]);
    expect(table[4]?.[22]).toBe(3);
    expect(table[6]?.[0]).toBe(1);
    expect(table[0]?.[8]).toBe(4);
    expect(table.flat().reduce((sum, value) => sum + value, 0)).toBe(8);
  });
});
