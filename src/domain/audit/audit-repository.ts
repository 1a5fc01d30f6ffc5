import type { AuditChainHead, AuditEntry, AuditOutcome, AuditRecord } from './audit-chain.js';

export interface AuditFilter {
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Entries with a lower sequence number than this, for paging backwards. */
  before?: number | undefined;
  limit: number;
}

export interface AuditListItem extends AuditEntry {
  actorDisplayName: string | null;
  actorOrganisationName: string | null;
}

export interface AuditRepository {
  /** Appends to the record's chain (its municipality, or the system chain) inside the caller's transaction. */
  append(record: AuditRecord, at: string): Promise<AuditEntry>;
  list(chain: string, filter: AuditFilter): Promise<AuditListItem[]>;
  /** The whole chain in ascending order, in pages, for verification. */
  readChain(chain: string, afterSeq: number, limit: number): Promise<AuditEntry[]>;
  readHead(chain: string): Promise<AuditChainHead | null>;
  listChains(): Promise<string[]>;
}
