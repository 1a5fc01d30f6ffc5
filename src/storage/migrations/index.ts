import type { Migration } from 'kysely';
import * as createPlatform from './20261127T0900-create-platform.js';
import * as createIncidents from './20261127T1000-create-incidents.js';
import * as createImportRuns from './20261127T1100-create-import-runs.js';
import * as createImportProfiles from './20261127T1200-create-import-profiles.js';
import * as createIncidentRollups from './20261128T0900-create-incident-rollups.js';
import * as createSignals from './20261128T1000-create-signals.js';
import * as createEarlyWarning from './20261128T1100-create-early-warning.js';
import * as createPlans from './20261128T1200-create-plans.js';
import * as createFollowUp from './20261128T1300-create-follow-up.js';
import * as createMeetings from './20261129T0900-create-meetings.js';
import * as createAgreements from './20261129T0910-create-agreements.js';
import * as createSuppliers from './20261129T1000-create-suppliers.js';
import * as createCompanyRegister from './20261129T1010-create-company-register.js';
import * as createSanctionsLists from './20261129T1020-create-sanctions-lists.js';
import * as createSituationVersions from './20261129T1100-create-situation-versions.js';
import * as addTextRetention from './20261129T1110-add-text-retention.js';
import * as guardAuditLog from './20261207T1300-guard-audit-log.js';
import * as addPoliceTypeMappings from './20261207T1600-add-police-type-mappings.js';
import * as addAgendaMailings from './20261208T0100-add-agenda-mailings.js';
import * as addSignInMethods from './20261208T0500-add-sign-in-methods.js';
import * as createInterventions from './20261208T0700-create-interventions.js';
import * as createSituationWeekVersions from './20261208T0800-create-situation-week-versions.js';
import * as indexPeriodicQueries from './20261208T0810-index-periodic-queries.js';

/**
 * Every migration, by name, in the order they run. Listed by hand rather than read from the
 * folder so the compiled server and the tests see the same set; add each new file here.
 */
export const migrations: Record<string, Migration> = {
  '20261127T0900-create-platform': createPlatform,
  '20261127T1000-create-incidents': createIncidents,
  '20261127T1100-create-import-runs': createImportRuns,
  '20261127T1200-create-import-profiles': createImportProfiles,
  '20261128T0900-create-incident-rollups': createIncidentRollups,
  '20261128T1000-create-signals': createSignals,
  '20261128T1100-create-early-warning': createEarlyWarning,
  '20261128T1200-create-plans': createPlans,
  '20261128T1300-create-follow-up': createFollowUp,
  '20261129T0900-create-meetings': createMeetings,
  '20261129T0910-create-agreements': createAgreements,
  '20261129T1000-create-suppliers': createSuppliers,
  '20261129T1010-create-company-register': createCompanyRegister,
  '20261129T1020-create-sanctions-lists': createSanctionsLists,
  '20261129T1100-create-situation-versions': createSituationVersions,
  '20261129T1110-add-text-retention': addTextRetention,
  '20261207T1300-guard-audit-log': guardAuditLog,
  '20261207T1600-add-police-type-mappings': addPoliceTypeMappings,
  '20261208T0100-add-agenda-mailings': addAgendaMailings,
  '20261208T0500-add-sign-in-methods': addSignInMethods,
  '20261208T0700-create-interventions': createInterventions,
  '20261208T0800-create-situation-week-versions': createSituationWeekVersions,
  '20261208T0810-index-periodic-queries': indexPeriodicQueries,
};
