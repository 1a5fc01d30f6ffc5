import type { Kysely } from 'kysely';
import type { Repositories, Store } from '../domain/deps.js';
import { UniqueViolation } from '../domain/errors.js';
import { createAgreementRepository } from './agreement-repository.js';
import { createAuditRepository } from './audit-repository.js';
import type { Database, Dialect } from './db.js';
import { createEarlyWarningRepository } from './early-warning-repository.js';
import { createEffortRepository } from './effort-repository.js';
import { createFollowUpRepository } from './follow-up-repository.js';
import { createImportProfileRepository } from './import-profile-repository.js';
import { createImportRunRepository } from './import-run-repository.js';
import { createIncidentRepository } from './incident-repository.js';
import { createInterventionRepository } from './intervention-repository.js';
import { createCalendarFeedRepository } from './calendar-feed-repository.js';
import { createJointActionRepository } from './joint-action-repository.js';
import { createMinutesMailingRepository } from './minutes-mailing-repository.js';
import { createMeetingAgendaRepository } from './meeting-agenda-repository.js';
import { createMeetingRepository } from './meeting-repository.js';
import { createMunicipalityRepository } from './municipality-repository.js';
import { createOrganisationRepository } from './organisation-repository.js';
import { createPlanRepository } from './plan-repository.js';
import { createSanctionsListRepository } from './sanctions-list-repository.js';
import { createSessionRepository } from './session-repository.js';
import { createSignInRepository } from './sign-in-repository.js';
import { createSignalRepository } from './signal-repository.js';
import { createSupplierRepository } from './supplier-repository.js';
import { createSupplierCheckRepository } from './supplier-check-repository.js';
import { createContractRepository } from './contract-repository.js';
import { createSupplierDecisionRepository } from './supplier-decision-repository.js';
import { createSituationRepository } from './situation-repository.js';
import { createTaxonomyRepository } from './taxonomy-repository.js';
import { createPoliceTypeMappingRepository } from './police-type-mapping-repository.js';
import type { Tables } from './tables.js';
import { createLoginThrottleRepository } from './login-throttle-repository.js';
import { createOneTimeTokenRepository } from './one-time-token-repository.js';
import { createUserRepository } from './user-repository.js';

function createRepositories(db: Kysely<Tables>, dialect: Dialect): Repositories {
  return {
    municipalities: createMunicipalityRepository(db, dialect),
    organisations: createOrganisationRepository(db),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    tokens: createOneTimeTokenRepository(db),
    loginThrottle: createLoginThrottleRepository(db, dialect),
    audit: createAuditRepository(db, dialect),
    taxonomy: createTaxonomyRepository(db),
    policeTypeMappings: createPoliceTypeMappingRepository(db),
    incidents: createIncidentRepository(db),
    importRuns: createImportRunRepository(db),
    importProfiles: createImportProfileRepository(db),
    situation: createSituationRepository(db),
    signals: createSignalRepository(db),
    earlyWarning: createEarlyWarningRepository(db),
    plans: createPlanRepository(db),
    efforts: createEffortRepository(db),
    followUp: createFollowUpRepository(db),
    suppliers: createSupplierRepository(db),
    contracts: createContractRepository(db),
    supplierChecks: createSupplierCheckRepository(db),
    supplierDecisions: createSupplierDecisionRepository(db),
    agreements: createAgreementRepository(db),
    meetings: createMeetingRepository(db),
    meetingAgenda: createMeetingAgendaRepository(db),
    jointActions: createJointActionRepository(db),
    minutesMailings: createMinutesMailingRepository(db),
    agendaMailings: createMinutesMailingRepository(db, 'meeting_agenda_mailings'),
    calendarFeeds: createCalendarFeedRepository(db),
    sanctionsLists: createSanctionsListRepository(db),
    signIn: createSignInRepository(db),
    interventions: createInterventionRepository(db),
  };
}

/** PostgreSQL's unique_violation (23505), or SQLite's UNIQUE or PRIMARY KEY constraint. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** The domain's view of the database: repositories, and transactions over all of them. */
export function createStore(database: Database): Store {
  const { db, dialect } = database;
  return {
    ...createRepositories(db, dialect),
    transaction: (work) =>
      db
        .transaction()
        .execute((transaction) => work(createRepositories(transaction, dialect)))
        .catch((error: unknown) => {
          throw isUniqueViolation(error)
            ? new UniqueViolation(String((error as Error).message))
            : error;
        }),
  };
}
