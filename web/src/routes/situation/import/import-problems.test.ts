import { describe, expect, it } from 'vitest';
import {
  importProblem,
  importProblemCodes,
  importSkipCodes,
  type ImportProblemCode,
} from '../../../../../src/domain/imports/import-problem';
import { importEn } from '../../../i18n/situation/import-en';
import { importSv } from '../../../i18n/situation/import-sv';
import {
  describeProblem,
  describeRejectedRow,
  describeSkipped,
  describeWarning,
} from './import-problems';

/** Values for every parameter any sentence uses, so that a missing one shows as "undefined". */
const params = {
  detail: 'Unexpected token',
  columns: '"Tid"',
  available: '"När", "Vad"',
  found: 'an object',
  id: 990003,
  firstLine: 2,
  value: 'Fyrverkeri',
  code: 'fireworks',
  type: 'Övrigt',
  count: 3,
  line: 4,
  text: 'the time lies in the future',
};

describe('wording import problems', () => {
  it('words every code the server has, in both languages, without leftovers', () => {
    for (const code of importProblemCodes) {
      const problem = importProblem(code, params);
      const swedish = describeProblem(problem, importSv);
      const english = describeProblem(problem, importEn);
      // Only problems recorded before the codes keep their English text.
      if (code !== 'uncoded') expect(swedish, code).not.toBe(problem.message);
      expect(swedish, code).not.toMatch(/undefined|\$\{/);
      expect(english, code).not.toMatch(/undefined|\$\{/);
    }
  });

  it('uses the values of the problem in the sentence', () => {
    const problem = importProblem('unknown_category_value', { value: 'Fyrverkeri' });
    expect(describeProblem(problem, importSv)).toBe(
      'kategorin "Fyrverkeri" finns inte bland kategorierna eller i profilen',
    );
    expect(
      describeProblem(importProblem('unmapped_police_type', { type: 'Rån', count: 1 }), importSv),
    ).toBe('Polisens typ "Rån" har ingen kategori än (1 händelse lades under "Övrigt").');
  });

  it("falls back to the server's sentence for a code it does not know", () => {
    const unknown = { code: 'tomorrows_code', params: {}, message: 'Something new went wrong.' };
    expect(describeProblem(unknown, importSv)).toBe('Something new went wrong.');
    expect(describeWarning(unknown, importEn)).toBe('Something new went wrong.');
  });

  it('words a rejected row from all its problems, capitalised', () => {
    const problems = [importProblem('invalid_time', { value: 'igår' }), importProblem('no_place')];
    const row = { line: 3, sourceId: 'A-1', problems, reason: 'English' };
    expect(describeRejectedRow(row, importSv)).toBe(
      'Tiden "igår" ser inte ut som 2026-11-27 21:30 eller 2026-11-27; raden saknar plats: ange koordinater, en adress eller ett område',
    );
  });

  it('words a row with one coded problem, and keeps the reason of an old run without problems', () => {
    const coded = {
      line: 2,
      sourceId: null,
      problems: [{ code: 'time_in_future', params: {}, message: 'x' }],
      reason: 'x',
    };
    expect(describeRejectedRow(coded, importSv)).toBe('Tiden ligger i framtiden');
    const old = { line: 2, sourceId: null, problems: [], reason: 'the time lies in the future' };
    expect(describeRejectedRow(old, importSv)).toBe('The time lies in the future');
  });

  it('keeps plain warnings of older runs as they are', () => {
    expect(describeWarning('An old warning.', importSv)).toBe('An old warning.');
  });

  it('words every skip code, and shows an unknown one as it came', () => {
    for (const code of importSkipCodes) {
      expect(describeSkipped(code, importSv)).not.toBe(code);
      expect(describeSkipped(code, importEn)).not.toBe(code);
    }
    expect(describeSkipped('later_reason', importSv)).toBe('later_reason');
  });
});

// A compile-time check as well: the catalogs list exactly the server's codes.
const everyCode: Record<ImportProblemCode, true> = Object.fromEntries(
  Object.keys(importSv.problems).map((code) => [code, true]),
) as Record<ImportProblemCode, true>;
void everyCode;
