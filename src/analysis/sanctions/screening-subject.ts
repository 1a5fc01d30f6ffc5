/**
 * What the sanctions matcher compares and how it explains a score: plain data, so the matcher
 * stays below the domain (src/domain/suppliers/sanctions-screening.ts is the port built on it).
 */

export interface ScreeningSubject {
  /** Stable within one screening run: 'supplier', or an officer's/owner's index. */
  key: string;
  kind: 'organisation' | 'person';
  name: string;
  /** Organisation number, personnummer (never logged), VAT, LEI, … */
  identifiers: string[];
  /** ISO date or year, people only. */
  birthDate: string | null;
  /** Free-text address lines. */
  addresses: string[];
  /** ISO 3166 alpha-2, lower case ('se'). */
  countries: string[];
}

export interface MatchFeature {
  /** Stable id: 'name_exact', 'name_fuzzy', 'identifier_match', 'address_match',
   * 'country_mismatch', 'birth_date_mismatch', 'schema_mismatch', … */
  feature: string;
  /** The feature's contribution to the score (negative for contradicting details). */
  weight: number;
  /** What was compared, for the explanation ("ACME AB" ~ "Acme Aktiebolag", 0.93). */
  detail: string;
}
