import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatShortIdentityNumber,
  isLeapYear,
  luhnCheckDigit,
  validatePersonalIdentityNumber,
  type IdentityNumberResult,
} from './personal-identity-number.js';

const referenceDate = new Date('2026-11-27T12:00:00Z');
const validate = (input: string) => validatePersonalIdentityNumber(input, referenceDate);

function readFixture<T>(name: string): T {
  const url = new URL(`../../../test/fixtures/identity/personnummer/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** An entry of the shared personnummer/meta suite (list.json, interim.json). */
interface SuiteEntry {
  integer: number;
  long_format: string;
  short_format: string;
  separated_format: string;
  separated_long: string;
  valid: boolean;
  type: 'ssn' | 'con' | 'interim';
}

/** `YYYYMMDD-NNNC` from a 12-character long form, the shape `normalised` must have. */
const withDash = (longForm: string) => `${longForm.slice(0, 8)}-${longForm.slice(8)}`;

/** Why a result differs from what a suite case expects, or null when it agrees. */
function disagreement(
  result: IdentityNumberResult,
  expected: { isValid: boolean; kind?: string; normalised?: string; isInterim?: boolean },
): string | null {
  if (!result.isValid) return expected.isValid ? `rejected (${result.reason})` : null;
  if (!expected.isValid) return `accepted as ${result.normalised}`;
  if (expected.kind && result.kind !== expected.kind) return `kind ${result.kind}`;
  if (expected.normalised && result.normalised !== expected.normalised) {
    return `normalised ${result.normalised}, expected ${expected.normalised}`;
  }
  if (expected.isInterim !== undefined && result.isInterim !== expected.isInterim) {
    return `isInterim ${String(result.isInterim)}`;
  }
  return null;
}

const kindOfSuiteType = { ssn: 'personnummer', con: 'samordningsnummer', interim: 'personnummer' };

/** Every string form of each entry; forms carrying the century (or `+`) also pin `normalised`. */
function suiteCases(entries: SuiteEntry[]) {
  return entries.flatMap((entry) => {
    const forms = [
      { form: entry.long_format, pinsCentury: true },
      { form: entry.separated_long, pinsCentury: true },
      { form: entry.separated_format, pinsCentury: true },
      { form: entry.short_format, pinsCentury: false },
      ...(entry.integer === 0 ? [] : [{ form: String(entry.integer), pinsCentury: true }]),
    ];
    return forms.map(({ form, pinsCentury }) => ({
      form,
      entry,
      expected: {
        isValid: entry.valid,
        kind: kindOfSuiteType[entry.type],
        isInterim: entry.type === 'interim',
        normalised: pinsCentury ? withDash(entry.long_format) : undefined,
      },
    }));
  });
}

describe('the shared personnummer suite', () => {
  const list = readFixture<SuiteEntry[]>('list.json');
  const interim = readFixture<SuiteEntry[]>('interim.json');

  it('has the number of entries its SOURCE.md describes', () => {
    expect([list.length, interim.length]).toEqual([14, 12]);
  });

  it.each(suiteCases([...list, ...interim]))(
    'treats $form as $entry.type, valid: $entry.valid',
    ({ form, expected }) => {
      expect(disagreement(validate(form), expected)).toBeNull();
    },
  );

  const structured =
    readFixture<
      Record<'ssn' | 'con', Record<'integer' | 'string', Record<'valid' | 'invalid', unknown[]>>>
    >('structured.json');
  const structuredCases = Object.entries(structured).flatMap(([type, byRepresentation]) =>
    Object.values(byRepresentation).flatMap((byOutcome) =>
      Object.entries(byOutcome).flatMap(([outcome, values]) =>
        values.map((value) => ({ type, form: String(value), isValid: outcome === 'valid' })),
      ),
    ),
  );

  it.each(structuredCases)(
    'gives structured.json $type "$form" the outcome valid: $isValid',
    ({ type, form, isValid }) => {
      const kind = type === 'con' ? 'samordningsnummer' : 'personnummer';
      expect(disagreement(validate(form), { isValid, kind })).toBeNull();
    },
  );

  const organisationNumbers =
    readFixture<
      { short_format: string; separated_format: string; integer: number; valid: boolean }[]
    >('orgnumber.json');
  const organisationCases = organisationNumbers.flatMap((entry) =>
    [entry.short_format, entry.separated_format, String(entry.integer)].map((form) => ({ form })),
  );

  it.each(organisationCases)(
    'rejects the organisation number $form as a personnummer, for its date',
    ({ form }) => {
      expect(validate(form)).toEqual({ isValid: false, reason: 'date' });
    },
  );
});

/**
 * Samordningsnummer in Skatteverket's published test list whose day does not exist in its month
 * (31 April, 30 February, 29 February 2013…). Skatteverket told the ActiveLogin.Identity
 * maintainers that such numbers are not valid and the test data is wrong
 * (https://github.com/ActiveLogin/ActiveLogin.Identity/issues/126, list in pull request #132).
 * They are kept here, named, and must be rejected for their date; every other entry must pass.
 */
const impossibleDatesInSkatteverketList = [
  '192004912388',
  '193002902397',
  '193302912385',
  '194804912386',
  '195109912385',
  '195202912381',
  '197404912383',
  '197902902399',
  '198106912382',
  '198502902391',
  '199611912388',
  '200111912382',
  '200302912381',
  '200902912385',
  '201109912384',
  '201302892383',
  '201402902397',
  '201402912388',
  '201604912384',
  '201902892387',
];

/** Each failure among the written forms of a Skatteverket test number: `form: why`. */
function skatteverketFailures(numbers: string[], kind: string): string[] {
  const today = '20261127';
  return numbers.flatMap((number) => {
    const turnedHundred = `${Number(number.slice(0, 4)) + 100}${number.slice(4, 8)}` <= today;
    const short = `${number.slice(2, 8)}${turnedHundred ? '+' : '-'}${number.slice(8)}`;
    const expected = { isValid: true, kind, normalised: withDash(number), isInterim: false };
    const forms = [number, withDash(number), short];
    const failures = forms.flatMap((form) => {
      const why = disagreement(validate(form), expected);
      return why ? [`${form}: ${why}`] : [];
    });
    // Without a separator the century is read as under 100 years, so only validity is pinned.
    const bare = number.slice(2);
    const why = disagreement(validate(bare), { isValid: true, kind });
    return why ? [...failures, `${bare}: ${why}`] : failures;
  });
}

describe("Skatteverket's test numbers", () => {
  it('accepts every test personnummer in all its written forms', () => {
    const numbers = readFixture<string[]>('skatteverket_testpersonnummer.json');
    expect(numbers).toHaveLength(32_860);
    expect(skatteverketFailures(numbers, 'personnummer')).toEqual([]);
  });

  it('accepts every test samordningsnummer whose date exists, in all its written forms', () => {
    const numbers = readFixture<string[]>('skatteverket_testsamordningsnummer.json');
    expect(numbers).toHaveLength(1_817);
    const possible = numbers.filter(
      (number) => !impossibleDatesInSkatteverketList.includes(number),
    );
    expect(possible).toHaveLength(numbers.length - impossibleDatesInSkatteverketList.length);
    expect(skatteverketFailures(possible, 'samordningsnummer')).toEqual([]);
  });

  it.each(impossibleDatesInSkatteverketList)(
    'rejects the listed samordningsnummer %s, whose day does not exist in its month',
    (number) => {
      expect(validate(number)).toEqual({ isValid: false, reason: 'date' });
    },
  );
});

describe('validatePersonalIdentityNumber', () => {
  it('accepts every written form of one number and normalises them alike', () => {
    const forms = ['198507091232', '19850709-1232', '850709-1232', '8507091232', ' 850709-1232 '];
    for (const form of forms) {
      expect(validate(form)).toEqual({
        isValid: true,
        kind: 'personnummer',
        normalised: '19850709-1232',
        birthDate: '1985-07-09',
        birthYear: 1985,
        isInterim: false,
      });
    }
  });

  it('reads + as 100 years or older and - as younger', () => {
    expect(validate('121212+1212')).toMatchObject({ normalised: '19121212-1212' });
    expect(validate('121212-1212')).toMatchObject({ normalised: '20121212-1212' });
  });

  it('turns the century on the birthday itself, counted at the reference date', () => {
    // On 2026-11-27 someone born 26-11-27 is a newborn; 26-11-28 has not happened, so 1926.
    expect(validate('261127-1236')).toMatchObject({ birthDate: '2026-11-27' });
    expect(validate('261128-1235')).toMatchObject({ birthDate: '1926-11-28' });
    expect(validate('261128+1235')).toMatchObject({ birthDate: '1826-11-28' });
    expect(validate('261127+1236')).toMatchObject({ birthDate: '1926-11-27' });
  });

  it('counts the reference date in Swedish time', () => {
    // 23:30 UTC on 26 November is already 27 November in Stockholm.
    const lateEvening = new Date('2026-11-26T23:30:00Z');
    expect(validatePersonalIdentityNumber('261127-1236', lateEvening)).toMatchObject({
      birthYear: 2026,
    });
  });

  it('defaults the reference date to now', () => {
    // Until 2085, "85" without + is 1985 when counted from now (from 1970 it would be 1885).
    expect(validatePersonalIdentityNumber('850709-1232')).toMatchObject({ birthYear: 1985 });
  });

  it('knows leap years: 29 February exists in 2000 and 2024 but not in 1900 or 2023', () => {
    expect(validate('20000229-1235')).toMatchObject({ isValid: true, birthDate: '2000-02-29' });
    expect(validate('20240229-1237')).toMatchObject({ isValid: true });
    expect(validate('19000229-1235')).toEqual({ isValid: false, reason: 'date' });
    expect(validate('20230229-1238')).toEqual({ isValid: false, reason: 'date' });
    expect(validate('000229+1235')).toEqual({ isValid: false, reason: 'date' });
  });

  it('recognises a samordningsnummer by its day + 60 and gives the real birth date', () => {
    expect(validate('850769-1239')).toMatchObject({
      kind: 'samordningsnummer',
      normalised: '19850769-1239',
      birthDate: '1985-07-09',
    });
  });

  it('accepts a samordningsnummer with an unknown month or day, without a birth date', () => {
    expect(validate('191500722390')).toMatchObject({
      kind: 'samordningsnummer',
      birthDate: null,
      birthYear: 1915,
    });
    expect(validate('850760-1238')).toMatchObject({ birthDate: null, birthYear: 1985 });
  });

  it('rejects an unknown month or day in a personnummer', () => {
    expect(validate('850700-1231')).toEqual({ isValid: false, reason: 'date' });
    expect(validate('851300-1233')).toEqual({ isValid: false, reason: 'date' });
    expect(validate('851232-1236')).toEqual({ isValid: false, reason: 'date' });
  });

  it('rejects a birth date after the reference date', () => {
    expect(validate('20270101-1237')).toEqual({ isValid: false, reason: 'date' });
  });

  it('rejects the serial 000, which is never issued, even with a fitting check digit', () => {
    expect(validate('850709-0002')).toEqual({ isValid: false, reason: 'format' });
  });

  it('rejects a wrong check digit as a checksum error', () => {
    expect(validate('850709-1233')).toEqual({ isValid: false, reason: 'checksum' });
  });

  it('rejects wrong lengths, letters, spaces and other separators as format errors', () => {
    for (const input of [
      '',
      '85070912',
      '850709-12321',
      'abcdef-ghij',
      '850709 1232',
      '850709/1232',
    ]) {
      expect(validate(input)).toEqual({ isValid: false, reason: 'format' });
    }
  });

  it('accepts an interim number with one of the letters in use and marks it', () => {
    expect(validate('000101-t220')).toMatchObject({ isValid: true, isInterim: true });
    expect(validate('000101-E220')).toEqual({ isValid: false, reason: 'format' });
  });
});

describe('formatShortIdentityNumber', () => {
  it('writes + once the holder has turned 100 and - before', () => {
    const centenarian = validate('19261127-1236');
    const youngster = validate('19261128-1235');
    if (!centenarian.isValid || !youngster.isValid)
      throw new Error('fixture numbers must be valid');
    expect(formatShortIdentityNumber(centenarian, referenceDate)).toBe('261127+1236');
    expect(formatShortIdentityNumber(youngster, referenceDate)).toBe('261128-1235');
  });
});

describe('luhnCheckDigit and isLeapYear', () => {
  it('computes the check digit of the textbook example 811218-9876', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
  });

  it('follows the Gregorian rule for leap years', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
  });
});
