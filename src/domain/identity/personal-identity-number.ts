/**
 * Swedish personal identity numbers: personnummer, samordningsnummer (coordination numbers,
 * day + 60) and interimsnummer (a letter in place of the first serial digit). Pure parsing and
 * validation, so that free text can be screened and supplier data checked without I/O.
 */

/** Which register issued the number. */
type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

/** Why a string is not a valid identity number. */
export type IdentityNumberProblem = 'format' | 'date' | 'checksum';

export interface ValidIdentityNumber {
  isValid: true;
  kind: IdentityNumberKind;
  /** `YYYYMMDD-NNNC` with the digits as issued: a samordningsnummer keeps its day + 60. */
  normalised: string;
  /**
   * The birth date as `YYYY-MM-DD`, or null when a samordningsnummer records the month or
   * the day as unknown (00), which Skatteverket allows.
   */
  birthDate: string | null;
  birthYear: number;
  /** An interimsnummer: a letter (T, R, S, U, W, X, J, K, L, M, N) in the first serial place. */
  isInterim: boolean;
}

interface InvalidIdentityNumber {
  isValid: false;
  reason: IdentityNumberProblem;
}

export type IdentityNumberResult = ValidIdentityNumber | InvalidIdentityNumber;

/** A calendar date without time or zone. `month` and `day` are 1-based. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Optional century, YYMMDD, optional separator, serial (digit or interim letter + 2 digits), check.
const identityNumberPattern = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+])?([\dTRSUWXJKLMN]\d{2})(\d)$/;
const interimLetter = /^[TRSUWXJKLMN]/;
const coordinationDayOffset = 60;

/**
 * The Luhn (mod 10) check digit of a string of digits, as used by personnummer,
 * samordningsnummer and organisationsnummer (over their first nine digits).
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const product = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** True for Gregorian leap years: 2000 is one, 1900 is not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const swedishDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date in Sweden at `moment`, so "100 years old" turns at Swedish midnight. */
function swedishCalendarDate(moment: Date): CalendarDate {
  const parts = swedishDateFormat.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

/**
 * The full birth year of a 10-digit number: the latest year ending in `twoDigitYear` at which
 * the holder is already born (separator `-` or none) or already 100 (`+`) on `today`. An unknown
 * month or day (0) counts as the earliest possible one.
 */
function inferBirthYear(
  twoDigitYear: number,
  month: number,
  day: number,
  isCentenarian: boolean,
  today: CalendarDate,
): number {
  const latestYear = today.year - (isCentenarian ? 100 : 0);
  let year = latestYear - ((((latestYear - twoDigitYear) % 100) + 100) % 100);
  const birthdayInLatestYear = { year: latestYear, month: month || 1, day: day || 1 };
  if (
    year === latestYear &&
    compareDates(birthdayInLatestYear, { ...today, year: latestYear }) > 0
  ) {
    year -= 100;
  }
  return year;
}

/**
 * Whether year/month/day (day already without the + 60) can be a birth date of this kind.
 * A samordningsnummer may record an unknown month or day as 00; a personnummer may not.
 */
function isPossibleBirthDate(
  kind: IdentityNumberKind,
  year: number,
  month: number,
  day: number,
): boolean {
  if (month > 12 || day > 31) return false;
  if (month === 0 || day === 0) return kind === 'samordningsnummer';
  return day <= daysInMonth(year, month);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Validates a Swedish personnummer, samordningsnummer or interimsnummer.
 *
 * Accepts `YYMMDD-NNNC`, `YYMMDD+NNNC` (`+`: 100 years or older), `YYMMDDNNNC`, `YYYYMMDDNNNC`
 * and `YYYYMMDD-NNNC`, with surrounding whitespace ignored. The century of a 10-digit form is the
 * one that makes the holder younger than 100 (or, with `+`, at least 100) on `referenceDate`.
 * The check digit is Luhn over the 10-digit form (an interim letter counts as 1), the date must
 * exist in that year, the birth must not lie after `referenceDate`, and the serial 000 is never
 * issued. Other separators (a space, for one) are a format error, as in the shared test suites;
 * a `+` in a 12-digit form is accepted and ignored, since the century is already written out.
 *
 * @param referenceDate the day ages are counted at; defaults to now.
 */
export function validatePersonalIdentityNumber(
  input: string,
  referenceDate: Date = new Date(),
): IdentityNumberResult {
  const match = identityNumberPattern.exec(input.trim().toUpperCase());
  if (!match) return { isValid: false, reason: 'format' };
  const [, century, yy = '', mm = '', dd = '', separator, serial = '', check = ''] = match;
  // Serial 000 is never issued: such a number is malformed even when its check digit fits.
  if (serial === '000') return { isValid: false, reason: 'format' };

  const kind: IdentityNumberKind =
    Number(dd) >= coordinationDayOffset ? 'samordningsnummer' : 'personnummer';
  const month = Number(mm);
  const day = Number(dd) - (kind === 'samordningsnummer' ? coordinationDayOffset : 0);
  const today = swedishCalendarDate(referenceDate);
  const year =
    century === undefined
      ? inferBirthYear(Number(yy), month, day, separator === '+', today)
      : Number(century + yy);
  if (year < 1800 || !isPossibleBirthDate(kind, year, month, day)) {
    return { isValid: false, reason: 'date' };
  }
  if (compareDates({ year, month: month || 1, day: day || 1 }, today) > 0) {
    return { isValid: false, reason: 'date' };
  }

  const isInterim = interimLetter.test(serial);
  const luhnInput = yy + mm + dd + serial.replace(interimLetter, '1');
  if (luhnCheckDigit(luhnInput) !== Number(check)) return { isValid: false, reason: 'checksum' };

  return {
    isValid: true,
    kind,
    normalised: `${year}${mm}${dd}-${serial}${check}`,
    birthDate: month === 0 || day === 0 ? null : `${year}-${twoDigits(month)}-${twoDigits(day)}`,
    birthYear: year,
    isInterim,
  };
}

/**
 * The 10-digit form Skatteverket writes, `YYMMDD-NNNC`, or `YYMMDD+NNNC` once the holder has
 * turned 100 on `referenceDate` (an unknown month or day counts as the earliest possible).
 * A sole trader's organisation number is written this way.
 */
export function formatShortIdentityNumber(
  identityNumber: ValidIdentityNumber,
  referenceDate: Date = new Date(),
): string {
  const { normalised, birthYear } = identityNumber;
  const month = Number(normalised.slice(4, 6));
  const day = Number(normalised.slice(6, 8)) % coordinationDayOffset;
  const hundredthBirthday = { year: birthYear + 100, month: month || 1, day: day || 1 };
  const isCentenarian = compareDates(hundredthBirthday, swedishCalendarDate(referenceDate)) <= 0;
  return `${normalised.slice(2, 8)}${isCentenarian ? '+' : '-'}${normalised.slice(9)}`;
}
