import { describe, expect, it } from 'vitest';
import { agreementKinds, agreementStatuses, commitmentStatuses } from '../../api/agreements';
import { agreementsEn } from './en';
import { agreementsSv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
  return [];
}

describe('the agreements catalogs', () => {
  it('have the same keys in both languages and no empty texts', () => {
    expect(keysOf(agreementsEn)).toEqual(keysOf(agreementsSv));
    expect(emptyTexts(agreementsSv, 'sv')).toEqual([]);
    expect(emptyTexts(agreementsEn, 'en')).toEqual([]);
  });

  it('name every kind, status and follow-up colour the server knows', () => {
    for (const catalog of [agreementsSv, agreementsEn]) {
      expect(Object.keys(catalog.kinds).sort()).toEqual([...agreementKinds].sort());
      expect(Object.keys(catalog.statuses).sort()).toEqual([...agreementStatuses].sort());
      for (const status of commitmentStatuses)
        expect(catalog.followUpStatuses[status]).toBeTruthy();
    }
  });

  it('says who signed in words, whatever is given', () => {
    expect(agreementsSv.detail.signatory('', 'Lokalpolisområdeschef')).toBe(
      'Lokalpolisområdeschef',
    );
    expect(agreementsEn.detail.signatory('Anna A', 'Chair')).toBe('Anna A, Chair');
  });
});
