import { describe, expect, it } from 'vitest';
import { agencies, programmeKinds, programmeStatuses } from '../../api/interventions';
import { interventionsEn } from './en';
import { interventionsSv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

describe('the individual interventions catalogs', () => {
  it('have the same keys in both languages', () => {
    expect(keysOf(interventionsEn)).toEqual(keysOf(interventionsSv));
  });

  it('name every kind, status and agency the server knows', () => {
    for (const catalog of [interventionsSv, interventionsEn]) {
      expect(Object.keys(catalog.kinds).sort()).toEqual([...programmeKinds].sort());
      expect(Object.keys(catalog.statuses).sort()).toEqual([...programmeStatuses].sort());
      expect(Object.keys(catalog.agencies).sort()).toEqual([...agencies].sort());
    }
  });
});
