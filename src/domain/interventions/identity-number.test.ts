import { describe, expect, it } from 'vitest';
import { hasValidLuhn, normaliseIdentityNumber } from './identity-number.js';

describe('identity numbers', () => {
  it('accepts a personnummer with a correct check digit, with or without a hyphen', () => {
    expect(normaliseIdentityNumber('personnummer', '19121212-1212')).toBe('191212121212');
    expect(normaliseIdentityNumber('personnummer', '191212121212')).toBe('191212121212');
  });

  it('refuses a personnummer whose check digit is wrong', () => {
    expect(normaliseIdentityNumber('personnummer', '19121212-1213')).toBeNull();
  });

  it('refuses a date that does not exist and the ten-digit form', () => {
    expect(normaliseIdentityNumber('personnummer', '20230230-1234')).toBeNull();
    expect(normaliseIdentityNumber('personnummer', '121212-1212')).toBeNull();
  });

  it('accepts a samordningsnummer, whose day is the birth day plus 60', () => {
    // 1990-01-01 as samordningsnummer: day 61; 901261-123 + check digit.
    const base = '9001611234';
    expect(hasValidLuhn(base)).toBe(false);
    const withCheck = [...'0123456789']
      .map((digit) => `900161123${digit}`)
      .find((digits) => hasValidLuhn(digits))!;
    expect(normaliseIdentityNumber('samordningsnummer', `19${withCheck}`)).toBe(`19${withCheck}`);
    expect(normaliseIdentityNumber('personnummer', `19${withCheck}`)).toBeNull();
  });
});
