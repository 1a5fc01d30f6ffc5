/**
 * A personnummer (or samordningsnummer) shown where people read it, in a log, a command's
 * output or a match's explanation: the date of birth kept, the last four digits hidden
 * ("19800102-****", "800102-****"). Organisation numbers (their third digit is 2 or more, or a
 * "16" century prefix) and anything else are returned as they are.
 */
export function maskPersonalIdentity(identifier: string): string {
  const digits = identifier.replace(/[\s+-]/g, '');
  // Twelve digits, or more or fewer by a slip, after a century: a personnummer's shape.
  if (/^(18|19|20)\d{2}[01]\d{6,}$/.test(digits)) return `${digits.slice(0, 8)}-****`;
  if (/^\d{2}[01]\d[0-9]\d{5}$/.test(digits)) return `${digits.slice(0, 6)}-****`;
  return identifier;
}
