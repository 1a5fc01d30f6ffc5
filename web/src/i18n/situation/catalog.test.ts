import { describe, expect, it } from 'vitest';
import { situationEn } from './en';
import { situationSv } from './sv';

function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
  }
  return [];
}

describe('the situation catalogs', () => {
  it('have no empty texts in either language', () => {
    expect(emptyTexts(situationSv, 'sv')).toEqual([]);
    expect(emptyTexts(situationEn, 'en')).toEqual([]);
  });

  it('word every problem POST /api/reports can answer with', () => {
    const problems = [
      'place_missing',
      'category_unknown',
      'category_retired',
      'district_unknown',
      'time_in_future',
      'time_order',
      'outside_municipality',
    ];
    for (const catalog of [situationSv, situationEn]) {
      expect(Object.keys(catalog.report.problems)).toEqual(expect.arrayContaining(problems));
    }
  });
});
