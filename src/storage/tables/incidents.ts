/**
 * Tables: Incidents, their districts and categories, and their imports.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface DistrictLayerTable {
  id: string;
  municipality_id: string;
  name: string;
  source: string | null;
  created_at: string;
}

export interface DistrictTable {
  id: string;
  layer_id: string;
  name: string;
  code: string | null;
  category: string | null;
  geometry_geojson: string;
  min_longitude: number;
  min_latitude: number;
  max_longitude: number;
  max_latitude: number;
  created_at: string;
}

export interface TaxonomyCategoryTable {
  municipality_id: string;
  code: string;
  label_sv: string;
  label_en: string;
  category_group: string;
  /** 0 or 1. */
  is_organized_crime_signal: number;
  sort_order: number;
  retired_at: string | null;
  created_at: string;
}

export interface IncidentReportTable {
  id: string;
  municipality_id: string;
  organisation_id: string;
  reporter_user_id: string | null;
  /** The reporting device's own id for the report, so a resend after a lost answer is not stored twice. */
  client_reference: string | null;
  submitted_at: string;
}

export interface IncidentTable {
  id: string;
  municipality_id: string;
  report_id: string | null;
  occurred_at: string;
  occurred_until: string | null;
  time_precision: string;
  reported_at: string;
  longitude: number | null;
  latitude: number | null;
  address: string | null;
  chosen_district_id: string | null;
  location_precision: string;
  category_code: string;
  severity: number | null;
  unsafety: number | null;
  description: string;
  /** Comma-separated kinds of personal data kept unmasked by a role allowed to, or null. */
  personal_data_kinds: string | null;
  people_count: number | null;
  organisation_id: string;
  reporter_user_id: string | null;
  source: string;
  source_id: string | null;
  /** The source's own version of the record (the police's update time), to tell changed from unchanged. */
  source_version: string | null;
  status: string;
  duplicate_of_id: string | null;
  archive_reason: string | null;
  created_at: string;
  updated_at: string;
  /** When retention removed the free text (description, archive reason). */
  text_removed_at: string | null;
}

export interface IncidentDistrictTable {
  incident_id: string;
  district_id: string;
}

export interface ImportRunTable {
  id: string;
  municipality_id: string;
  source: string;
  file_name: string;
  actor_user_id: string | null;
  /** 'completed' or 'rejected' (nothing written). */
  status: string;
  /** JSON: the run's counts. */
  counts: string;
  /** JSON: every rejected row with its line and reason. */
  rejected_rows: string;
  started_at: string;
  finished_at: string;
}

export interface ImportProfileTable {
  id: string;
  municipality_id: string;
  name: string;
  /** JSON: the columns and category values. */
  definition: string;
  created_at: string;
  updated_at: string;
}

export interface PoliceTypeMappingTable {
  municipality_id: string;
  police_type: string;
  category_code: string | null;
  updated_at: string;
}
