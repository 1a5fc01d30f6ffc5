import { describe, expect, it } from 'vitest';
import { maxCsvColumns, maxCsvLineCharacters } from '../../domain/imports/csv-limits.js';
import { CsvFormatError } from '../../domain/imports/csv-format-error.js';
import { parseCsvTime, previewCsv } from './read-csv-file.js';

const problemOf = (text: string) => {
  try {
    previewCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error.problem;
    throw error;
  }
  return null;
};

describe('the limits on a CSV file', () => {
  it('refuses a header of a million columns before parsing, with its count', () => {
    const header = `${'k;'.repeat(999_999)}k`;
    expect(problemOf(`${header}\n1;2\n`)).toMatchObject({
      code: 'too_many_columns',
      params: { count: 1_000_000, limit: maxCsvColumns },
    });
    expect(problemOf(`${'x'.repeat(maxCsvLineCharacters + 1)}\n1\n`)).toMatchObject({
      code: 'line_too_long',
      params: { limit: maxCsvLineCharacters },
    });
    const wide = `${'k;'.repeat(maxCsvColumns)}k`;
    expect(problemOf(`${wide}\n1;2\n`)).toMatchObject({
      code: 'too_many_columns',
      params: { count: maxCsvColumns + 1, limit: maxCsvColumns },
    });
  });

  it(`reads a header of ${maxCsvColumns} columns`, () => {
    const header = Array.from({ length: maxCsvColumns }, (_, index) => `k${index}`).join(';');
    expect(previewCsv(`${header}\n1;2\n`).headers).toHaveLength(maxCsvColumns);
  });

  it('refuses a data row wider or longer than the limits', () => {
    expect(problemOf(`a;b\n${'1;'.repeat(maxCsvColumns)}1\n`)).toMatchObject({
      code: 'too_many_columns',
    });
    expect(problemOf(`a;b\n"${'x'.repeat(maxCsvLineCharacters + 1)}";1\n`)).toMatchObject({
      code: 'line_too_long',
    });
  });

  it('reads no time in a year outside 1900–2200', () => {
    expect(parseCsvTime('0000-01-01')).toBeNull();
    expect(parseCsvTime('0000-01-01T00:00:00Z')).toBeNull();
    expect(parseCsvTime('2201-01-01 10:00')).toBeNull();
    expect(parseCsvTime('2200-12-31 10:00')).not.toBeNull();
  });
});
