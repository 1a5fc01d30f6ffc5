import type { CompanyRecord } from './company-registry.js';
import type { MatchFeature } from './sanctions-screening.js';

/**
 * A check of a supplier: what was checked, where, when, with what result, on what evidence
 * and by whom. Checks are append-only: a new check adds to the history and never replaces an
 * earlier one (the repository has no update, and the database refuses one).
 */
export const checkKinds = [
  'f_tax',
  'vat',
  'employer_registration',
  'enforcement_debts',
  'employer_contributions_3_months',
  'company_registration',
  'permits',
  'board_and_signatories',
  'beneficial_owners',
  'credit_rating',
  'sanctions_screening',
] as const;
export type CheckKind = (typeof checkKinds)[number];

export const checkResults = ['ok', 'remark', 'failed', 'could_not_check'] as const;
export type CheckResult = (typeof checkResults)[number];

export const checkSources = [
  'bolagsverket_api',
  'bolagsverket_bulk_file',
  'skatteverket',
  'kronofogden',
  'credit_agency',
  'supplier_provided',
  'sanctions_lists',
  'other',
] as const;
export type CheckSource = (typeof checkSources)[number];

/** The sources a person may name for a check entered by hand (the others are run by Tryggve). */
export const manualCheckSources = [
  'skatteverket',
  'kronofogden',
  'credit_agency',
  'supplier_provided',
  'bolagsverket_bulk_file',
  'other',
] as const satisfies readonly CheckSource[];

/** An uploaded document or a stored registry response, kept in the database. */
export interface Evidence {
  id: string;
  municipalityId: string;
  supplierId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdByUserId: string | null;
  createdAt: string;
}

export interface Check {
  id: string;
  municipalityId: string;
  supplierId: string;
  contractId: string | null;
  kind: CheckKind;
  source: CheckSource;
  /** The day the check was made (Europe/Stockholm). */
  checkedOn: string;
  result: CheckResult;
  summary: string;
  evidenceId: string | null;
  /** What the registry told, for registry checks: the red flags read it. */
  registryRecord: CompanyRecord | null;
  performedByUserId: string | null;
  createdAt: string;
}

export const matchReviewDecisions = ['false_positive', 'confirmed_match'] as const;
export type MatchReviewDecision = (typeof matchReviewDecisions)[number];

export interface MatchReview {
  id: string;
  matchId: string;
  decision: MatchReviewDecision;
  comment: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

/** A possible sanctions hit found by one screening, with the score explained per feature. */
export interface StoredSanctionsMatch {
  id: string;
  municipalityId: string;
  supplierId: string;
  checkId: string;
  subjectKey: string;
  subjectName: string;
  /** A hash of the subject's data: a review holds while this and the entity stay the same. */
  subjectFingerprint: string;
  entityId: string;
  caption: string;
  schema: string;
  datasets: string[];
  score: number;
  features: MatchFeature[];
}
