/**
 * Swedish identity numbers: personnummer and samordningsnummer (Skatteverket), both
 * YYYYMMDD-NNNC with a Luhn check digit over the last ten digits; a samordningsnummer adds
 * 60 to the day. Pure functions, no I/O.
 */

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

/** The Luhn (mod 10) check over digits, the last one being the check digit. */
export function hasValidLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The number in its twelve-digit form (YYYYMMDDNNNC) if it is a valid number of `kind`,
 * otherwise null. Accepts 12 digits with or without a hyphen; ten-digit forms are refused,
 * since their century is a guess.
 */
export function normaliseIdentityNumber(kind: IdentityNumberKind, input: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/.exec(input.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText, lastFour] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const day = Number(dayText) - (kind === 'samordningsnummer' ? 60 : 0);
  if (!isRealDate(Number(yearText), Number(monthText), day)) return null;
  const digits = `${yearText}${monthText}${dayText}${lastFour}`;
  if (!hasValidLuhn(digits.slice(2))) return null;
  return digits;
}

/** The birth date of a valid twelve-digit number, as YYYY-MM-DD. */
export function birthDateOf(kind: IdentityNumberKind, digits: string): string {
  const day = Number(digits.slice(6, 8)) - (kind === 'samordningsnummer' ? 60 : 0);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${String(day).padStart(2, '0')}`;
}
