import type { SupplierDecision } from './contract.js';

export interface SupplierDecisionRepository {
  add(decision: SupplierDecision): Promise<void>;
  /** Newest first. */
  list(municipalityId: string, supplierId: string): Promise<SupplierDecision[]>;
  /** The newest decision of each supplier. */
  listLatest(municipalityId: string): Promise<Map<string, SupplierDecision>>;
}
