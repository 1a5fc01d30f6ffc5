import type { AuditCheckpoint } from './audit-checkpoint.js';
import type { AuditChainHead, AuditEntry, AuditOutcome, AuditRecord } from './audit-chain.js';

export interface AuditFilter {
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Entries with a lower sequence number than this, for paging backwards. */
  before?: number | undefined;
  /** Entries about one record only (a case's own access log, issue 14). */
  entityType?: string | undefined;
  entityId?: string | undefined;
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
  /** Every chain that has a head or an entry: a chain whose head was deleted is still listed. */
  listChains(): Promise<string[]>;
  /** Where an entry with this hash sits, for `--expect-head` given a bare hash. */
  findByHash(hash: string): Promise<{ chain: string; seq: number } | null>;
  /** Keeps a signed checkpoint in the database too (the copy outside it is what counts). */
  saveCheckpoint(checkpoint: AuditCheckpoint): Promise<void>;
  listCheckpoints(): Promise<AuditCheckpoint[]>;
}
