/**
 * The tables as Kysely sees them. Times are ISO-8601 strings in UTC on both databases
 * (`timestamptz` on PostgreSQL, parsed back to ISO strings in db.ts; `text` on SQLite).
 * JSON is stored as text on both, so one repository serves both dialects.
 */
export interface Tables {
  municipalities: MunicipalityTable;
  organisations: OrganisationTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  one_time_tokens: OneTimeTokenTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointTable;
  audit_chain_heads: AuditChainHeadTable;
  district_layers: DistrictLayerTable;
  districts: DistrictTable;
  taxonomy_categories: TaxonomyCategoryTable;
  police_type_mappings: PoliceTypeMappingTable;
  incident_reports: IncidentReportTable;
  incidents: IncidentTable;
  incident_districts: IncidentDistrictTable;
  import_runs: ImportRunTable;
  import_profiles: ImportProfileTable;
  incident_daily_counts: IncidentDailyCountTable;
  incident_hourly_counts: IncidentHourlyCountTable;
  situation_versions: SituationVersionTable;
  signals: SignalTable;
  early_warning_settings: EarlyWarningSettingsTable;
  alarm_decisions: AlarmDecisionTable;
  plans: PlanTable;
  plan_snapshots: PlanSnapshotTable;
  plan_problems: PlanProblemTable;
  plan_goals: PlanGoalTable;
  plan_indicators: PlanIndicatorTable;
  plan_indicator_values: PlanIndicatorValueTable;
  plan_measures: PlanMeasureTable;
  efforts: EffortTable;
  follow_up_rounds: FollowUpRoundTable;
  follow_up_tasks: FollowUpTaskTable;
  follow_up_notifications: FollowUpNotificationTable;
  follow_up_reports: FollowUpReportTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingTable;
  meeting_agenda_items: MeetingAgendaItemTable;
  meeting_incident_flags: MeetingIncidentFlagTable;
  joint_actions: JointActionTable;
  meeting_minutes_mailings: MeetingMinutesMailingTable;
  calendar_feeds: CalendarFeedTable;
  suppliers: SupplierTable;
  contracts: ContractTable;
  company_register: CompanyRegisterTable;
  sanctions_lists: SanctionsListTable;
  sanctions_entities: SanctionsEntityTable;
  sanctions_name_tokens: SanctionsNameTokenTable;
  sanctions_identifiers: SanctionsIdentifierTable;
  contract_check_programmes: ContractCheckProgrammeTable;
  supplier_evidence: SupplierEvidenceTable;
  supplier_checks: SupplierCheckTable;
  sanctions_matches: SanctionsMatchTable;
  sanctions_match_reviews: SanctionsMatchReviewTable;
  supplier_decisions: SupplierDecisionTable;
  agreements: AgreementTable;
  agreement_parties: AgreementPartyTable;
  agreement_commitments: AgreementCommitmentTable;
  agreement_follow_ups: AgreementFollowUpTable;
  agreement_documents: AgreementDocumentTable;
}

export interface MunicipalityTable {
  id: string;
  code: string;
  name: string;
  boundary_geojson: string | null;
  created_at: string;
}

export interface OrganisationTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: string;
  disabled_at: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  municipality_id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  locale: string;
  password_hash: string | null;
  password_changed_at: string | null;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a leaked table gives no usable session. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface OneTimeTokenTable {
  /** SHA-256 of the token sent in the link. */
  id: string;
  purpose: string;
  user_id: string;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginThrottleTable {
  /** SHA-256 of the normalised e-mail address, so unknown addresses are throttled too. */
  key: string;
  failure_count: number;
  locked_until: string | null;
  updated_at: string;
}

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

/** Counting incidents whose time is known to the minute, per Stockholm day and local hour. */
/** Raised with every change to what a municipality's situation picture reads. */
export interface SituationVersionTable {
  municipality_id: string;
  version: number;
}

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

/** One version of a plan. Calendar days are "YYYY-MM-DD" text; the status is derived, not stored. */
export interface PlanTable {
  id: string;
  municipality_id: string;
  lineage_id: string;
  version: number;
  revises_plan_id: string | null;
  title: string;
  kind: string;
  owner: string;
  summary: string;
  valid_from: string | null;
  valid_until: string | null;
  follow_up_interval_months: number;
  decision_body: string | null;
  decision_body_name: string | null;
  decided_on: string | null;
  case_number: string | null;
  adopted_at: string | null;
  adopted_by_user_id: string | null;
  replaced_by_plan_id: string | null;
  replaced_on: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanSnapshotTable {
  plan_id: string;
  municipality_id: string;
  period_kind: string;
  period_key: string;
  /** JSON of the situation picture as it was. */
  picture: string;
  saved_at: string;
  saved_by_user_id: string | null;
}

export interface PlanProblemTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  title: string;
  description: string;
  /** JSON lists. */
  category_codes: string;
  district_ids: string;
  /** 0 or 1. */
  is_prioritised: number;
  position: number;
}

export interface PlanGoalTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  title: string;
  description: string;
  position: number;
}

export interface PlanIndicatorTable {
  id: string;
  goal_id: string;
  plan_id: string;
  municipality_id: string;
  name: string;
  unit: string;
  direction: string;
  baseline_value: number | null;
  baseline_on: string | null;
  target_value: number | null;
  target_on: string | null;
  /** JSON of IndicatorComputation, or null. */
  computation: string | null;
  position: number;
}

export interface PlanIndicatorValueTable {
  id: string;
  indicator_id: string;
  plan_id: string;
  municipality_id: string;
  measured_on: string;
  value: number;
  source: string;
  source_detail: string;
  note: string;
  recorded_at: string;
  recorded_by_user_id: string | null;
}

export interface PlanMeasureTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  problem_id: string | null;
  cause: string;
  /** JSON lists. */
  category_codes: string;
  district_ids: string;
  measure: string;
  operative_goal: string;
  starts_on: string | null;
  ends_on: string | null;
  responsible: string;
  contact_person: string;
  /** JSON list of partner names. */
  partners: string;
  planned_hours: number | null;
  cost_sek: number | null;
  status_colour: string | null;
  status_comment: string;
  status_updated_at: string | null;
  status_updated_by_user_id: string | null;
  /** JSON list of goal ids of the same plan version. */
  goal_ids: string;
  position: number;
}

export interface EffortTable {
  id: string;
  municipality_id: string;
  name: string;
  level: string;
  owner: string;
  target_group: string;
  evidence_basis: string;
  evaluation: string;
  evaluation_note: string;
  /** JSON lists of ids. */
  goal_ids: string;
  problem_ids: string;
  started_on: string | null;
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}

/** A follow-up round of a plan (issue 5); unique by plan and due day. */
export interface FollowUpRoundTable {
  id: string;
  municipality_id: string;
  plan_id: string;
  label: string;
  due_on: string;
  origin: string;
  /** 0 or 1. */
  is_final: number;
  created_by_user_id: string | null;
  created_at: string;
}

export interface FollowUpTaskTable {
  id: string;
  municipality_id: string;
  round_id: string;
  plan_id: string;
  measure_id: string;
  assignee_user_id: string | null;
  colour: string | null;
  delivery_state: string | null;
  delivery: string;
  process: string;
  effect: string;
  hours_spent: number | null;
  cost_sek: number | null;
  reported_at: string | null;
  reported_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** In-app notifications, and the reminder job's sent-log: unique by task, kind, due day, user. */
export interface FollowUpNotificationTable {
  id: string;
  municipality_id: string;
  user_id: string;
  plan_id: string;
  round_id: string;
  task_id: string;
  kind: string;
  due_on: string;
  message: string;
  email_status: string;
  created_at: string;
  read_at: string | null;
}

export interface FollowUpReportTable {
  id: string;
  municipality_id: string;
  round_id: string;
  plan_id: string;
  /** JSON of FollowUpReportHeading. */
  heading: string;
  /** JSON of the written sections. */
  texts: string;
  finalized_at: string | null;
  finalized_by_user_id: string | null;
  /** JSON of the report's data as it was made final. */
  archived_data: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

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

/** A meeting series (issue 6); JSON arrays of organisation and user ids. */
export interface MeetingSeriesTable {
  id: string;
  municipality_id: string;
  title: string;
  place: string;
  weekday: number;
  start_time: string;
  duration_minutes: number;
  starts_on: string;
  ends_on: string | null;
  organisation_ids: string;
  member_user_ids: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A meeting: one occurrence of a series (unique by series and day) or a one-off. */
export interface MeetingTable {
  id: string;
  municipality_id: string;
  series_id: string | null;
  occurrence_on: string | null;
  title: string;
  place: string;
  starts_at: string;
  ends_at: string;
  organisation_ids: string;
  member_user_ids: string;
  general_notes: string;
  guests: string;
  /** JSON of AttendanceMark[]. */
  attendance: string;
  agenda_generated_at: string | null;
  cancelled_at: string | null;
  closed_at: string | null;
  closed_by_user_id: string | null;
  /** JSON of MinutesSnapshot, written at closing. */
  minutes_snapshot: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingAgendaItemTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  position: number;
  kind: string;
  source_ref: string | null;
  title: string;
  notes: string;
  decisions: string;
  /** 0 or 1. */
  is_automatic: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An incident a coordinator flagged for a meeting; unique by meeting and incident. */
export interface MeetingIncidentFlagTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  incident_id: string;
  note: string;
  flagged_by_user_id: string | null;
  flagged_at: string;
}

export interface JointActionTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  series_id: string | null;
  title: string;
  description: string;
  district_ids: string;
  organisation_ids: string;
  responsible_user_ids: string;
  due_on: string | null;
  expected_result: string;
  status: string;
  outcome: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** The minutes' sent-log: one row per meeting and member, so a retry never sends twice. */
export interface MeetingMinutesMailingTable {
  meeting_id: string;
  user_id: string;
  status: string;
  claimed_at: string | null;
  sent_at: string | null;
}

/** A user's iCalendar feed: only the SHA-256 of the token in its URL is kept. */
export interface CalendarFeedTable {
  token_hash: string;
  municipality_id: string;
  user_id: string;
  created_at: string;
  revoked_at: string | null;
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

export interface PoliceTypeMappingTable {
  municipality_id: string;
  police_type: string;
  category_code: string | null;
  updated_at: string;
}
