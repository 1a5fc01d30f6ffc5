import { describe, expect, it } from 'vitest';
import { checkKinds, checkResults, checkSources } from '../../../../src/domain/suppliers/check';
import { decisionKinds } from '../../../../src/domain/suppliers/contract';
import { redFlagRules } from '../../../../src/domain/suppliers/red-flags/red-flag';
import { suppliersEn } from './en';
import { suppliersSv } from './sv';

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

describe('the supplier vetting catalogs', () => {
  it('have no empty texts in either language', () => {
    expect(emptyTexts(suppliersSv, 'sv')).toEqual([]);
    expect(emptyTexts(suppliersEn, 'en')).toEqual([]);
  });

  it('have the same keys in both languages, also where the type does not check them', () => {
    expect(keysOf(suppliersEn)).toEqual(keysOf(suppliersSv));
  });

  it('name every kind, result and source of check, decision and red flag the server knows', () => {
    for (const catalog of [suppliersSv, suppliersEn]) {
      expect(Object.keys(catalog.checkKinds).sort()).toEqual([...checkKinds].sort());
      expect(Object.keys(catalog.checkResults).sort()).toEqual([...checkResults].sort());
      expect(Object.keys(catalog.checkSources).sort()).toEqual([...checkSources].sort());
      expect(Object.keys(catalog.decisions.kinds).sort()).toEqual([...decisionKinds].sort());
      expect(Object.keys(catalog.risk.rules).sort()).toEqual([...redFlagRules].sort());
      expect(Object.keys(catalog.risk.reasons).sort()).toEqual([...redFlagRules].sort());
    }
  });

  it('word a red flag from its parameters, in Swedish by default', () => {
    expect(
      suppliersSv.risk.reasons.box_or_care_of_address({ kind: 'box', origin: 'registry' }),
    ).toBe('Registrets adress är en postbox.');
    expect(
      suppliersSv.risk.reasons.sanctions_match({
        subjectName: 'Aeroscan AB',
        caption: 'Limited Liability Company Aeroscan',
        datasets: 'ru_egrul',
        score: 0.81,
      }),
    ).toBe('Aeroscan AB kan vara Limited Liability Company Aeroscan (ru_egrul), poäng 0.81.');
  });

  it('say when to retry in seconds, or in minutes when it is long', () => {
    expect(suppliersSv.errors.retryAfter(30)).toBe('Försök igen om 30 sekunder.');
    expect(suppliersSv.errors.retryAfter(600)).toBe('Försök igen om 10 minuter.');
    expect(suppliersEn.errors.retryAfter(1)).toBe('Try again in 1 second.');
  });
});
