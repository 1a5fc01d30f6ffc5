import { describe, expect, it } from 'vitest';
import { a11yEn } from './en';
import { a11ySv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

describe('the accessibility catalogs', () => {
  it('have the same keys in both languages', () => {
    expect(keysOf(a11yEn)).toEqual(keysOf(a11ySv));
  });

  it('sum up refused fields in one sentence, Swedish by default', () => {
    const items = [a11ySv.form.errorItem('Kommentar', 'Skriv en kommentar.')].join(' ');
    expect(a11ySv.form.errorSummary(1, items)).toBe(
      'Formuläret skickades inte. 1 fält behöver rättas: Kommentar: Skriv en kommentar.',
    );
    expect(a11yEn.form.errorSummary(2, 'a b')).toBe(
      'The form was not sent. 2 fields need correcting: a b',
    );
  });
});
