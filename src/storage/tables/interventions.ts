/**
 * Tables: individual interventions (issue 14). Columns ending in `_sealed` hold AES-256-GCM
 * ciphertext (`<keyId>.<iv>.<tag>.<data>`, base64url), never clear text.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface InterventionProgrammeTable {
  id: string;
  municipality_id: string;
  kind: string;
  name: string;
  description: string;
  owner_organisation_id: string | null;
  owner_user_id: string | null;
  status: string;
  planned_restart_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  school_level: string | null;
  /** JSON array of staff members' names and roles (staff, not participants). */
  staff_members: string;
  /** JSON arrays of ids. */
  measure_ids: string;
  effort_ids: string;
  partner_organisation_ids: string;
  is_synthetic: number;
  created_at: string;
  updated_at: string;
}

export interface InterventionCaseTable {
  id: string;
  municipality_id: string;
  programme_id: string;
  identity_kind: string;
  /** The sealed identity (number, name, guardians); null once erased. */
  identity_sealed: string | null;
  /** HMAC-SHA-256 of the identity number under the search key; null without number or once erased. */
  identity_search_hash: string | null;
  age_group: string;
  protection_need: string | null;
  threat_sealed: string | null;
  agreement_signed_on: string | null;
  status: string;
  closing_reason: string | null;
  opened_on: string;
  closed_on: string | null;
  is_synthetic: number;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterventionCaseAssignmentTable {
  case_id: string;
  user_id: string;
}

export interface InterventionConsentTable {
  id: string;
  case_id: string;
  agency: string;
  given_by: string;
  scope_sealed: string | null;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
  recorded_by_user_id: string | null;
  recorded_at: string;
}

export interface InterventionPlanItemTable {
  id: string;
  case_id: string;
  kind: string;
  text_sealed: string | null;
  responsible_sealed: string | null;
  due_on: string | null;
  follow_up_on: string | null;
  status: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface InterventionNoteTable {
  id: string;
  case_id: string;
  text_sealed: string | null;
  written_by_user_id: string | null;
  written_at: string;
}

export interface InterventionDisclosureTable {
  id: string;
  case_id: string;
  recipient_agency: string;
  legal_ground: string;
  consent_id: string | null;
  what_sealed: string | null;
  disclosed_on: string;
  recorded_by_user_id: string | null;
  recorded_at: string;
}

export interface InterventionEmergencyAccessTable {
  id: string;
  case_id: string;
  user_id: string;
  reason_sealed: string | null;
  granted_at: string;
  expires_at: string;
  reviewed_at: string | null;
  reviewed_by_user_id: string | null;
}
