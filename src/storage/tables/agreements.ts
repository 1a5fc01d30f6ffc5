/**
 * Tables: Agreements between partners.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface AgreementTable {
  id: string;
  municipality_id: string;
  kind: string;
  title: string;
  summary: string;
  valid_from: string | null;
  valid_until: string | null;
  signed_on: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementPartyTable {
  agreement_id: string;
  organisation_id: string;
  signatory_name: string;
  signatory_title: string;
  position: number;
}

export interface AgreementCommitmentTable {
  id: string;
  municipality_id: string;
  agreement_id: string;
  text: string;
  responsible_organisation_id: string | null;
  /** JSON array of plan measure ids. */
  measure_ids: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface AgreementFollowUpTable {
  id: string;
  municipality_id: string;
  agreement_id: string;
  commitment_id: string;
  followed_up_on: string;
  status: string;
  comment: string;
  recorded_by_user_id: string | null;
  recorded_at: string;
}

export interface AgreementDocumentTable {
  agreement_id: string;
  municipality_id: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  /** The PDF's bytes: bytea on PostgreSQL, blob on SQLite. */
  content: Uint8Array;
  uploaded_by_user_id: string | null;
  uploaded_at: string;
}
