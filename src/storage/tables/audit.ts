/**
 * Tables: The audit log and its signed chain.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface AuditLogTable {
  chain: string;
  seq: number;
  at: string;
  municipality_id: string | null;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  outcome: string;
  details: string | null;
  previous_hash: string;
  hash: string;
}

/** Signed checkpoints of the chain heads (issue 20); the copy outside the database is what counts. */
export interface AuditCheckpointTable {
  signature: string;
  at: string;
  /** The checkpoint as written to files: canonical JSON. */
  line: string;
}

export interface AuditChainHeadTable {
  chain: string;
  last_seq: number;
  last_hash: string;
}
