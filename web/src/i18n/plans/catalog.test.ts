import { describe, expect, it } from 'vitest';
import { plansEn } from './en';
import { plansSv } from './sv';

function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
  }
  return [];
}

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

describe('the plans catalogs', () => {
  it('have no empty texts in either language', () => {
    expect(emptyTexts(plansSv, 'sv')).toEqual([]);
    expect(emptyTexts(plansEn, 'en')).toEqual([]);
  });

  it('have the same keys in both languages, also where the type does not check them', () => {
    expect(keysOf(plansEn)).toEqual(keysOf(plansSv));
  });

  it('say a decade late in years as well as days', () => {
    expect(plansSv.days(3515, '3 515')).toBe('3 515 dagar (över 9 år)');
    expect(plansEn.days(1, '1')).toBe('1 day');
  });
});
