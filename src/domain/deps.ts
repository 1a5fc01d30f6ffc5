import type { SanctionsListRepository } from '../analysis/sanctions/sanctions-list.js';
import type { LoginThrottleRepository } from './accounts/login-throttle-repository.js';
import type { OneTimeTokenRepository } from './accounts/one-time-token-repository.js';
import type { SessionRepository } from './accounts/session-repository.js';
import type { SignInRepository } from './sign-in/sign-in-repository.js';
import type { UserRepository } from './accounts/user-repository.js';
import type { AgreementRepository } from './agreements/agreement-repository.js';
import type { AuditCheckpointSettings } from './audit/audit-checkpoint.js';
import type { AuditRepository } from './audit/audit-repository.js';
import type { EarlyWarningRepository } from './early-warning/early-warning-repository.js';
import type { DomainLogger } from './failure-log.js';
import type { FollowUpRepository } from './follow-up/follow-up-repository.js';
import type { ImportProfileRepository } from './imports/import-profile-repository.js';
import type { ImportRunRepository } from './imports/import-run-repository.js';
import type { IncidentRepository } from './incidents/incident-repository.js';
import type { InterventionRepository } from './interventions/intervention-repository.js';
import type { CaseCipher } from './interventions/case-cipher.js';
import type { TaxonomyRepository } from './incidents/taxonomy-repository.js';
import type { FindReferenceMunicipality } from './municipalities/reference-municipality.js';
import type { MunicipalityRepository } from './municipalities/municipality-repository.js';
import type { CalendarFeedRepository } from './meetings/calendar-feed-repository.js';
import type { JointActionRepository } from './meetings/joint-action-repository.js';
import type { MeetingAgendaRepository } from './meetings/meeting-agenda-repository.js';
import type { MeetingRepository } from './meetings/meeting-repository.js';
import type { MinutesMailingRepository } from './meetings/minutes-mailing-repository.js';
import type { MinutesMailRenderer } from './meetings/minutes-mail-renderer.js';
import type { OrganisationRepository } from './organisations/organisation-repository.js';
import type { PoliceTypeMappingRepository } from './police-types/police-type-mapping-repository.js';
import type { EffortRepository } from './plans/effort-repository.js';
import type { PlanRepository } from './plans/plan-repository.js';
import type { PlaceNameReference } from './places/shipped-place-names.js';
import type { PlanSettings } from './plans/plan-status.js';
import type { RetentionSettings } from './retention/retention.js';
import type { SignalRepository } from './signals/signal-repository.js';
import type { SupplierCheckRepository } from './suppliers/supplier-check-repository.js';
import type { CompanyRegistry } from './suppliers/company-registry.js';
import type { SupplierDecisionRepository } from './suppliers/supplier-decision-repository.js';
import type { ContractRepository } from './suppliers/contract-repository.js';
import type { SanctionsScreening } from './suppliers/sanctions-screening.js';
import type { SupplierRepository } from './suppliers/supplier-repository.js';
import type { SituationPicture } from './situation/situation-picture.js';
import type { PictureCache } from './situation/picture-cache.js';
import type { FoundAlarms } from './early-warning/find-alarms.js';
import type { SituationRepository } from './situation/situation-repository.js';
import type { OpenIdConnectClient } from './sign-in/open-id-connect-client.js';

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  municipalities: MunicipalityRepository;
  organisations: OrganisationRepository;
  users: UserRepository;
  sessions: SessionRepository;
  tokens: OneTimeTokenRepository;
  loginThrottle: LoginThrottleRepository;
  audit: AuditRepository;
  taxonomy: TaxonomyRepository;
  policeTypeMappings: PoliceTypeMappingRepository;
  incidents: IncidentRepository;
  importRuns: ImportRunRepository;
  importProfiles: ImportProfileRepository;
  situation: SituationRepository;
  signals: SignalRepository;
  earlyWarning: EarlyWarningRepository;
  plans: PlanRepository;
  efforts: EffortRepository;
  followUp: FollowUpRepository;
  suppliers: SupplierRepository;
  contracts: ContractRepository;
  supplierChecks: SupplierCheckRepository;
  supplierDecisions: SupplierDecisionRepository;
  agreements: AgreementRepository;
  meetings: MeetingRepository;
  meetingAgenda: MeetingAgendaRepository;
  jointActions: JointActionRepository;
  minutesMailings: MinutesMailingRepository;
  /** The agenda's sent-log: the same shape as the minutes'. */
  agendaMailings: MinutesMailingRepository;
  calendarFeeds: CalendarFeedRepository;
  /** Loaded sanctions lists, instance-wide public data (issue 8). */
  sanctionsLists: SanctionsListRepository;
  /** Providers, sign-in policies, identities and second factors (issue 17). */
  signIn: SignInRepository;
  /** Programmes and cases of individual interventions (issue 14). */
  interventions: InterventionRepository;
}

export interface Store extends Repositories {
  /** Runs `work` in one transaction: everything it writes, audit entries included, or nothing. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}

/**
 * A store whose `transaction` joins the transaction `repositories` belong to, so that
 * several use cases can run as one unit (the demo seed: all of it or nothing).
 */
export function storeInTransaction(repositories: Repositories): Store {
  return { ...repositories, transaction: (work) => work(repositories) };
}

/** A file sent with a message (the meeting minutes as DOCX). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface AccountSettings {
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxAttempts: number;
  loginLockoutMinutes: number;
}

/** What a use case may reach. Passed in explicitly: no globals, no service locator. */
export interface Deps {
  store: Store;
  clock: () => Date;
  /** Null when no SMTP server is configured: links are then shown to the admin instead. */
  mailer: Mailer | null;
  /** Renders a closed meeting's minutes for its mail (src/reports; the server's worker pool). */
  minutesMail: MinutesMailRenderer;
  /** Where swallowed infrastructure failures leave their trace: a code, no personal data. */
  logger: DomainLogger;
  settings: AccountSettings;
  /** What the installation ships about a kommunkod (src/integrations/places-sweden). */
  findReferenceMunicipality: FindReferenceMunicipality;
  /** The police events feed's own type → category mapping (src/integrations/polisen). */
  policeTypeDefaults: Readonly<Record<string, string | null>>;
  /** The shipped place names police events are placed by (src/integrations/places-sweden). */
  placeNames: PlaceNameReference;
  /** Case-number pattern and expiring window; the defaults (plan-status.ts) when absent. */
  planSettings?: PlanSettings;
  /** Days before a follow-up task's due day that its owner is reminded; 14 when absent. */
  followUpReminderDays?: number;
  /** How long free text is kept (gallring); the defaults (retention.ts) when absent. */
  retention?: RetentionSettings;
  /** The company registry supplier checks read; absent: REGISTRY_NOT_CONFIGURED. */
  companyRegistry?: CompanyRegistry;
  /** The loaded sanctions lists; absent: SANCTIONS_NOT_CONFIGURED. */
  sanctionsScreening?: SanctionsScreening;
  /** E-mail addresses of the installation's administrators, who create municipalities in the web app. */
  installationAdminEmails?: readonly string[];
  /** Computed situation pictures, by version; absent: every request computes its picture. */
  pictureCache?: PictureCache<SituationPicture>;
  /** The week's tested alarms, by the version of the weeks they read; absent: never cached. */
  alarmCache?: PictureCache<FoundAlarms>;
  /** The key that signs audit checkpoints and where they are kept; absent: none are signed. */
  auditCheckpoints?: AuditCheckpointSettings;
  /** TRYGGVE_SECRETS_KEY: seals providers' client secrets and TOTP seeds; absent: neither can be set up. */
  secretsKey?: Uint8Array;
  /** Whether a municipality created from now on requires a second factor (issue 17); false when absent. */
  isSecondFactorRequiredByDefault?: boolean;
  /** The OpenID Connect relying party (src/integrations/oidc); absent: provider sign-in is off. */
  openIdConnect?: OpenIdConnectClient;
  /** Seals case identities and texts (issue 14); absent: cases cannot be used (CASE_KEYS_NOT_CONFIGURED). */
  caseCipher?: CaseCipher;
  /** Hours a nödåtkomst lasts; 24 when absent. */
  emergencyAccessHours?: number;
}
