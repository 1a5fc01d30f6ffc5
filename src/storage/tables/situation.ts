/**
 * Tables: The situation picture's rollups, and signals and early warning.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

/**
 * A cache the situation picture reads instead of the incidents: how many counting incidents
 * (new or reviewed) occurred on each Stockholm calendar day, per district and category.
 * Kept exact by the repositories' own writes; `rebuildRollups` recomputes it.
 */
export interface IncidentDailyCountTable {
  municipality_id: string;
  /** The Europe/Stockholm calendar day, "2026-11-27". */
  day: string;
  /** '' for the whole municipality: a NULL would not take part in the primary key. */
  district_id: string;
  category_code: string;
  count: number;
}

/** Raised with every change to what a municipality's situation picture reads. */
export interface SituationVersionTable {
  municipality_id: string;
  version: number;
}

/** The version at which a change last touched a Stockholm week ('' for every week). */
export interface SituationWeekVersionTable {
  municipality_id: string;
  /** The week's Monday, YYYY-MM-DD; '' for a change to the whole picture. */
  week: string;
  version: number;
}

/** Counting incidents whose time is known to the minute, per Stockholm day and local hour. */
export interface IncidentHourlyCountTable {
  municipality_id: string;
  day: string;
  /** 0–23, Swedish local time. */
  hour: number;
  count: number;
}

export interface SignalTable {
  id: string;
  municipality_id: string;
  category_code: string;
  district_id: string | null;
  observed_at: string;
  description: string;
  /** JSON list of the kinds of personal data kept unmasked. */
  personal_data_kinds: string;
  source: string;
  source_organisation_id: string | null;
  credibility: string | null;
  seriousness: string | null;
  status: string;
  follow_up: string;
  /** JSON list of incident ids. */
  incident_ids: string;
  /** JSON list of alarm keys. */
  alarm_keys: string;
  registered_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  /** When retention removed the free text of the closed signal. */
  text_removed_at: string | null;
}

export interface EarlyWarningSettingsTable {
  municipality_id: string;
  /** JSON of EarlyWarningSettings. */
  definition: string;
  updated_at: string;
}

export interface AlarmDecisionTable {
  id: string;
  municipality_id: string;
  /** "2026-W48|<district id or ''>|<category code>". */
  alarm_key: string;
  decision: string;
  comment: string;
  decided_by_user_id: string | null;
  decided_at: string;
}
