/**
 * The years Tryggve accepts in any date or time it is given: wide enough for any incident,
 * plan or contract a municipality records (and birth years of beneficial owners), narrow
 * enough that every loop over days stays short and both databases store and compare the value
 * (PostgreSQL refuses year 0 and years after 9999; text comparison breaks past 9999).
 */
export const earliestSupportedYear = 1900;
export const latestSupportedYear = 2200;

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= earliestSupportedYear && year <= latestSupportedYear;
}
