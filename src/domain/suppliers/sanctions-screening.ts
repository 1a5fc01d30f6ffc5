/**
 * The port through which supplier vetting screens names against sanctions lists loaded from
 * FollowTheMoney entity files (the OpenSanctions format). The matcher lives in
 * src/analysis/sanctions; the loaded lists in storage, shared by every municipality of the
 * instance (they are public data). Every score is explained per feature.
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

export interface SanctionsMatch {
  subjectKey: string;
  /** The FtM entity id (NK-…, or the dataset's id). */
  entityId: string;
  caption: string;
  schema: string;
  datasets: string[];
  /** 0–1. */
  score: number;
  features: MatchFeature[];
}

export interface SanctionsScreening {
  /** Which lists were loaded, with their entity counts and when: shown with every result. */
  describeLists(): Promise<{ dataset: string; entities: number; loadedAt: string }[]>;
  /** Matches at or above `threshold` (default 0.7), best first. */
  screen(subjects: ScreeningSubject[], options?: { threshold?: number }): Promise<SanctionsMatch[]>;
}
