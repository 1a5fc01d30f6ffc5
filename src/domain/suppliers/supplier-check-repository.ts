import type { Check, Evidence, MatchReview, StoredSanctionsMatch } from './check.js';

export interface SupplierCheckRepository {
  addEvidence(evidence: Evidence, content: Uint8Array): Promise<void>;
  findEvidence(municipalityId: string, id: string): Promise<Evidence | null>;
  readEvidenceContent(municipalityId: string, id: string): Promise<Uint8Array | null>;
  listEvidence(municipalityId: string, ids: readonly string[]): Promise<Evidence[]>;
  add(check: Check): Promise<void>;
  /** Newest first: by day, then by when it was recorded. */
  listForSupplier(municipalityId: string, supplierId: string): Promise<Check[]>;
  /** Every check of these suppliers (for due dates), newest first. */
  listForSuppliers(municipalityId: string, supplierIds: readonly string[]): Promise<Check[]>;
  addMatches(matches: readonly StoredSanctionsMatch[]): Promise<void>;
  listMatches(municipalityId: string, supplierId: string): Promise<StoredSanctionsMatch[]>;
  findMatch(municipalityId: string, id: string): Promise<StoredSanctionsMatch | null>;
  addReview(review: MatchReview, match: StoredSanctionsMatch): Promise<void>;
  listReviews(
    municipalityId: string,
    supplierId: string,
  ): Promise<(MatchReview & Pick<StoredSanctionsMatch, 'entityId' | 'subjectFingerprint'>)[]>;
}
