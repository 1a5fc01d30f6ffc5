import { describe, expect, it } from 'vitest';
import { policeTypesEn } from './en';
import { policeTypesSv } from './sv';

describe('the police types catalogs', () => {
  it('have the same keys and no empty texts in either language', () => {
    expect(Object.keys(policeTypesEn).sort()).toEqual(Object.keys(policeTypesSv).sort());
    for (const catalog of [policeTypesSv, policeTypesEn]) {
      for (const value of Object.values(catalog)) {
        const text = typeof value === 'function' ? value('Brand') : value;
        expect(text.trim()).not.toBe('');
      }
    }
  });
});
