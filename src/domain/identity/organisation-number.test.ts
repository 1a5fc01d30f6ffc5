import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  legalFormLabels,
  validateOrganisationNumber,
  type LegalForm,
} from './organisation-number.js';

const referenceDate = new Date('2026-11-27T12:00:00Z');
const validate = (input: string) => validateOrganisationNumber(input, referenceDate);

function readFixture<T>(path: string): T {
  const url = new URL(`../../../test/fixtures/identity/${path}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** An entry of the shared organisationsnummer/meta suite. */
interface SuiteEntry {
  input: string;
  long_format: string;
  short_format: string;
  valid: boolean;
  type: string;
  vat_number: string;
}

// The suite names types by their Swedish label; these are the ones it uses.
const legalFormOfSuiteType: Record<string, LegalForm> = {
  Aktiebolag: 'limited_company',
  'Enskild firma': 'sole_trader',
};

describe('the shared organisationsnummer suite', () => {
  const suite = readFixture<SuiteEntry[]>('organisationsnummer/list.json');

  it('has the 24 entries its SOURCE.md describes, 20 valid', () => {
    expect([suite.length, suite.filter((entry) => entry.valid).length]).toEqual([24, 20]);
  });

  it.each(suite.filter((entry) => entry.valid))('accepts $input as $type $long_format', (entry) => {
    const legalForm = legalFormOfSuiteType[entry.type];
    expect(legalForm, `unmapped suite type ${entry.type}`).toBeDefined();
    expect(validate(entry.input)).toMatchObject({
      isValid: true,
      normalised: entry.long_format,
      digits: entry.short_format,
      vatNumber: entry.vat_number,
      legalForm,
      legalFormLabel: { sv: entry.type },
      isSoleTrader: legalForm === 'sole_trader',
    });
  });

  it.each(suite.filter((entry) => entry.valid))(
    'accepts the written forms $long_format and $short_format of $input',
    (entry) => {
      expect(validate(entry.long_format)).toMatchObject({
        isValid: true,
        digits: entry.short_format,
      });
      expect(validate(entry.short_format)).toMatchObject({ isValid: true });
    },
  );

  it.each(suite.filter((entry) => !entry.valid))('rejects $input for its check digit', (entry) => {
    expect(validate(entry.input)).toEqual({ isValid: false, reason: 'checksum' });
  });

  const pensionFunds = readFixture<{ separated_format: string; comment: string }[]>(
    'personnummer/orgnumber.json',
  );

  it.each(pensionFunds)(
    'accepts $separated_format, an organisation number that is no personnummer',
    ({ separated_format }) => {
      expect(validate(separated_format)).toMatchObject({
        isValid: true,
        isSoleTrader: false,
        legalForm: 'non_profit_association',
      });
    },
  );
});

describe('validateOrganisationNumber', () => {
  it('reads the legal form from the first digit, with Swedish and English labels', () => {
    const byFirstDigit: [string, LegalForm][] = [
      ['102000-1234', 'estate'],
      ['212000-0142', 'public_body'],
      ['302001-2344', 'foreign_company'],
      ['402000-1238', 'unknown'],
      ['556016-0680', 'limited_company'],
      ['769606-1238', 'economic_association'],
      ['802002-2227', 'non_profit_association'],
      ['969695-1236', 'trading_partnership'],
    ];
    for (const [input, legalForm] of byFirstDigit) {
      expect(validate(input), input).toMatchObject({
        legalForm,
        legalFormLabel: legalFormLabels[legalForm],
      });
    }
    expect(legalFormLabels.public_body).toEqual({
      sv: 'Stat, region, kommun eller församling',
      en: 'State, region, municipality or parish',
    });
  });

  it('accepts the 16 prefix with or without a hyphen', () => {
    expect(validate('16212000-0142')).toMatchObject({ normalised: '212000-0142' });
    expect(validate('162120000142')).toMatchObject({ normalised: '212000-0142' });
  });

  it("treats a personnummer as a sole trader's number and keeps the identity number", () => {
    expect(validate('850709-1232')).toMatchObject({
      isValid: true,
      isSoleTrader: true,
      legalForm: 'sole_trader',
      normalised: '850709-1232',
      identityNumber: { kind: 'personnummer', normalised: '19850709-1232' },
    });
  });

  it('reads a 10-digit number starting 16 as a personnummer when it is one', () => {
    expect(validate('1612051233')).toMatchObject({ isSoleTrader: true, digits: '1612051233' });
  });

  it('passes on why a would-be personnummer is invalid', () => {
    expect(validate('8507091233')).toEqual({ isValid: false, reason: 'checksum' });
    expect(validate('19850732-1230')).toEqual({ isValid: false, reason: 'date' });
  });

  it('rejects the 16 prefix before a personnummer', () => {
    expect(validate('168507091232')).toEqual({ isValid: false, reason: 'format' });
  });

  it('rejects a leading 0, wrong lengths, letters and other prefixes', () => {
    for (const input of [
      '022000-0140',
      '556016068',
      '55601606800',
      '556016-068O',
      '175560160680',
    ]) {
      expect(validate(input), input).toEqual({ isValid: false, reason: 'format' });
    }
  });
});
