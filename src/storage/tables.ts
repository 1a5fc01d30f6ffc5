import type {
  MunicipalityTable,
  OrganisationTable,
  UserTable,
  UserRoleTable,
  SessionTable,
  OneTimeTokenTable,
  LoginThrottleTable,
} from './tables/accounts.js';
import type {
  IdentityProviderTable,
  SignInPolicyTable,
  UserIdentityTable,
  OidcSignInAttemptTable,
  SecondFactorTable,
} from './tables/sign-in.js';
import type { AuditLogTable, AuditCheckpointTable, AuditChainHeadTable } from './tables/audit.js';
import type {
  DistrictLayerTable,
  DistrictTable,
  TaxonomyCategoryTable,
  IncidentReportTable,
  IncidentTable,
  IncidentDistrictTable,
  ImportRunTable,
  ImportProfileTable,
  PoliceTypeMappingTable,
} from './tables/incidents.js';
import type {
  IncidentDailyCountTable,
  SituationVersionTable,
  SituationWeekVersionTable,
  IncidentHourlyCountTable,
  SignalTable,
  EarlyWarningSettingsTable,
  AlarmDecisionTable,
} from './tables/situation.js';
import type {
  PlanTable,
  PlanSnapshotTable,
  PlanProblemTable,
  PlanGoalTable,
  PlanIndicatorTable,
  PlanIndicatorValueTable,
  PlanMeasureTable,
  EffortTable,
} from './tables/plans.js';
import type {
  FollowUpRoundTable,
  FollowUpTaskTable,
  FollowUpNotificationTable,
  FollowUpReportTable,
} from './tables/follow-up.js';
import type {
  AgreementTable,
  AgreementPartyTable,
  AgreementCommitmentTable,
  AgreementFollowUpTable,
  AgreementDocumentTable,
} from './tables/agreements.js';
import type {
  SupplierTable,
  ContractTable,
  ContractCheckProgrammeTable,
  SupplierEvidenceTable,
  SupplierCheckTable,
  SanctionsMatchTable,
  SanctionsMatchReviewTable,
  SupplierDecisionTable,
  CompanyRegisterTable,
  SanctionsListTable,
  SanctionsEntityTable,
  SanctionsNameTokenTable,
  SanctionsIdentifierTable,
} from './tables/suppliers.js';
import type {
  MeetingSeriesTable,
  MeetingTable,
  MeetingAgendaItemTable,
  MeetingIncidentFlagTable,
  JointActionTable,
  MeetingMinutesMailingTable,
  CalendarFeedTable,
} from './tables/meetings.js';
import type {
  InterventionProgrammeTable,
  InterventionCaseTable,
  InterventionCaseAssignmentTable,
  InterventionConsentTable,
  InterventionPlanItemTable,
  InterventionNoteTable,
  InterventionDisclosureTable,
  InterventionEmergencyAccessTable,
} from './tables/interventions.js';

/**
 * The tables as Kysely sees them. Times are ISO-8601 strings in UTC on both databases
 * (`timestamptz` on PostgreSQL, parsed back to ISO strings in db.ts; `text` on SQLite).
 * JSON is stored as text on both, so one repository serves both dialects. Each area's tables are
 * described in tables/<area>.ts; this file joins them into the one database Kysely sees.
 */
export interface Tables {
  municipalities: MunicipalityTable;
  organisations: OrganisationTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  one_time_tokens: OneTimeTokenTable;
  login_throttle: LoginThrottleTable;
  identity_providers: IdentityProviderTable;
  sign_in_policies: SignInPolicyTable;
  user_identities: UserIdentityTable;
  oidc_sign_in_attempts: OidcSignInAttemptTable;
  second_factors: SecondFactorTable;
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
  situation_week_versions: SituationWeekVersionTable;
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
  meeting_agenda_mailings: MeetingMinutesMailingTable;
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
  intervention_programmes: InterventionProgrammeTable;
  intervention_cases: InterventionCaseTable;
  intervention_case_assignments: InterventionCaseAssignmentTable;
  intervention_consents: InterventionConsentTable;
  intervention_plan_items: InterventionPlanItemTable;
  intervention_notes: InterventionNoteTable;
  intervention_disclosures: InterventionDisclosureTable;
  intervention_emergency_accesses: InterventionEmergencyAccessTable;
}

export type {
  MunicipalityTable,
  OrganisationTable,
  UserTable,
  UserRoleTable,
  SessionTable,
  OneTimeTokenTable,
  LoginThrottleTable,
} from './tables/accounts.js';
export type { AuditLogTable, AuditCheckpointTable, AuditChainHeadTable } from './tables/audit.js';
export type {
  DistrictLayerTable,
  DistrictTable,
  TaxonomyCategoryTable,
  IncidentReportTable,
  IncidentTable,
  IncidentDistrictTable,
  ImportRunTable,
  ImportProfileTable,
  PoliceTypeMappingTable,
} from './tables/incidents.js';
export type {
  IncidentDailyCountTable,
  SituationVersionTable,
  SituationWeekVersionTable,
  IncidentHourlyCountTable,
  SignalTable,
  EarlyWarningSettingsTable,
  AlarmDecisionTable,
} from './tables/situation.js';
export type {
  PlanTable,
  PlanSnapshotTable,
  PlanProblemTable,
  PlanGoalTable,
  PlanIndicatorTable,
  PlanIndicatorValueTable,
  PlanMeasureTable,
  EffortTable,
} from './tables/plans.js';
export type {
  FollowUpRoundTable,
  FollowUpTaskTable,
  FollowUpNotificationTable,
  FollowUpReportTable,
} from './tables/follow-up.js';
export type {
  AgreementTable,
  AgreementPartyTable,
  AgreementCommitmentTable,
  AgreementFollowUpTable,
  AgreementDocumentTable,
} from './tables/agreements.js';
export type {
  SupplierTable,
  ContractTable,
  ContractCheckProgrammeTable,
  SupplierEvidenceTable,
  SupplierCheckTable,
  SanctionsMatchTable,
  SanctionsMatchReviewTable,
  SupplierDecisionTable,
  CompanyRegisterTable,
  SanctionsListTable,
  SanctionsEntityTable,
  SanctionsNameTokenTable,
  SanctionsIdentifierTable,
} from './tables/suppliers.js';
export type {
  MeetingSeriesTable,
  MeetingTable,
  MeetingAgendaItemTable,
  MeetingIncidentFlagTable,
  JointActionTable,
  MeetingMinutesMailingTable,
  CalendarFeedTable,
} from './tables/meetings.js';
export type {
  InterventionProgrammeTable,
  InterventionCaseTable,
  InterventionCaseAssignmentTable,
  InterventionConsentTable,
  InterventionPlanItemTable,
  InterventionNoteTable,
  InterventionDisclosureTable,
  InterventionEmergencyAccessTable,
} from './tables/interventions.js';
