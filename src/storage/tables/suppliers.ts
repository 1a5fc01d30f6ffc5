/**
 * Tables: Suppliers, contracts and checks, the company register and sanctions lists.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface SupplierTable {
  id: string;
  municipality_id: string;
  organisation_number: string;
  name: string;
  /** JSON of SupplierAddress, or null. */
  address: string | null;
  phone: string | null;
  /** JSON list of BeneficialOwner. */
  beneficial_owners: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContractTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  procurement_reference: string;
  title: string;
  starts_on: string;
  ends_on: string;
  value_sek: number;
  responsible_unit: string;
  responsible_officer_user_id: string | null;
  /** JSON list of supplier ids. */
  subcontractor_ids: string;
  created_at: string;
  updated_at: string;
}

export interface ContractCheckProgrammeTable {
  contract_id: string;
  check_kind: string;
  interval_months: number | null;
  responsible_user_id: string | null;
  position: number;
}

export interface SupplierEvidenceTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** The bytes: bytea on PostgreSQL, blob on SQLite. */
  content: Uint8Array;
  created_by_user_id: string | null;
  created_at: string;
}

export interface SupplierCheckTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  contract_id: string | null;
  kind: string;
  source: string;
  checked_on: string;
  result: string;
  summary: string;
  evidence_id: string | null;
  /** JSON of the CompanyRecord a registry check read, or null. */
  registry_record: string | null;
  performed_by_user_id: string | null;
  created_at: string;
}

export interface SanctionsMatchTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  check_id: string;
  subject_key: string;
  subject_name: string;
  subject_fingerprint: string;
  entity_id: string;
  caption: string;
  schema: string;
  /** JSON list of dataset names. */
  datasets: string;
  score: number;
  /** JSON list of MatchFeature. */
  features: string;
}

export interface SanctionsMatchReviewTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  match_id: string;
  entity_id: string;
  subject_fingerprint: string;
  decision: string;
  comment: string;
  decided_by_user_id: string | null;
  decided_at: string;
}

export interface SupplierDecisionTable {
  id: string;
  municipality_id: string;
  supplier_id: string;
  contract_id: string | null;
  decision: string;
  note: string;
  decided_by_user_id: string | null;
  decided_at: string;
}

/** Bolagsverket's bulk file, imported (issue 8). JSON as text: address, recent_changes. */
export interface CompanyRegisterTable {
  organisation_number: string;
  name: string;
  legal_form: string | null;
  registered_on: string | null;
  status: string;
  status_since: string | null;
  address: string | null;
  business_description: string | null;
  recent_changes: string | null;
  /** The file's row as read, kept as the evidence of a check. */
  raw: string;
  imported_at: string;
}

/** Loaded sanctions lists (issue 8), instance-wide. */
export interface SanctionsListTable {
  dataset: string;
  source_file: string;
  entities: number;
  loaded_at: string;
}

/** JSON lists as text: names, identifiers, addresses, countries, birth_dates, … */
export interface SanctionsEntityTable {
  dataset: string;
  entity_id: string;
  schema: string;
  caption: string;
  names: string;
  identifiers: string;
  addresses: string;
  countries: string;
  birth_dates: string;
  source_datasets: string;
  topics: string;
}

export interface SanctionsNameTokenTable {
  dataset: string;
  entity_id: string;
  token: string;
}

export interface SanctionsIdentifierTable {
  dataset: string;
  entity_id: string;
  identifier: string;
}
