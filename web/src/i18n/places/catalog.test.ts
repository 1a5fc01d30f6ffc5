import { describe, expect, it } from 'vitest';
import { placesEn } from './en';
import { placesSv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
  return [];
}

describe('the places catalogs', () => {
  it('have the same keys in both languages and no empty texts', () => {
    expect(keysOf(placesEn)).toEqual(keysOf(placesSv));
    expect(emptyTexts(placesSv, 'sv')).toEqual([]);
    expect(emptyTexts(placesEn, 'en')).toEqual([]);
    expect(placesEn.about.credits).toHaveLength(placesSv.about.credits.length);
  });

  it('credits every source of the shipped place data in both languages', () => {
    for (const catalog of [placesSv, placesEn]) {
      const credits = catalog.about.credits.join(' ');
      for (const source of ['Lantmäteriet', 'SCB', 'GeoNames', 'Who’s On First', 'Stadskartan'])
        expect(credits).toContain(source);
    }
  });

  it('counts in words, one and many', () => {
    expect(placesSv.layer.count(1)).toBe('1 område');
    expect(placesSv.layer.count(4)).toBe('4 områden');
    expect(placesEn.onboarding.layer('Distrikt', 1)).toBe('Distrikt: 1 district');
  });
});
