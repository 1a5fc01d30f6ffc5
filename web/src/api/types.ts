/**
 * Names for the JSON the API sends and receives (base path /api), read off the generated API
 * document (./generated/openapi.ts, `npm run api:types`): nothing here restates a schema.
 */
import type { BodyOf, ResponseOf } from './contract';
import { everyValueOf } from './contract';
import type { PasswordWeakness } from '../../../src/domain/accounts/password';

// The server's own lists: one source for roles, organisation kinds and languages.
export { organisationKinds, roles } from '../../../src/domain/access/roles';
export { locales } from '../../../src/domain/accounts/user';

export type SessionUser = NonNullable<ResponseOf<'/api/session'>['user']>;
export type Role = SessionUser['roles'][number];
export type Locale = SessionUser['locale'];

export type Municipality = ResponseOf<'/api/municipality'>;
export type PolygonGeometry = NonNullable<Municipality['boundary']>;
export type DistrictLayerSummary = Municipality['districtLayers'][number];
export type Basemap = NonNullable<Municipality['basemap']>;

/** The body of POST /api/district-layers and PUT /api/district-layers/:id. */
export type DistrictLayerInput = BodyOf<'/api/district-layers', 'post'>;
export type UploadedDistrictLayer = ResponseOf<'/api/district-layers', 'post'>;

export type Organisation = ResponseOf<'/api/organisations'>['organisations'][number];
export type OrganisationKind = Organisation['kind'];

export type UserSummary = ResponseOf<'/api/users'>['users'][number];
export type UserStatus = UserSummary['status'];
export const userStatuses = everyValueOf<UserStatus>()(['active', 'invited', 'disabled']);

/** A link sent (or, without an SMTP server, handed to the admin) to invite or reset. */
export type IssuedLink = ResponseOf<'/api/users/{id}/password-reset', 'post'>;
export type InvitationDetails = ResponseOf<'/api/invitations/lookup', 'post'>;

export type AuditPage = ResponseOf<'/api/audit'>;
export type AuditEntry = AuditPage['entries'][number];
export type AuditOutcome = AuditEntry['outcome'];
export const auditOutcomes = everyValueOf<AuditOutcome>()(['success', 'denied', 'failure']);
export type AuditVerification = ResponseOf<'/api/audit/verification'>;

/** Why a password was refused (the details of a PASSWORD_TOO_WEAK error, which the document leaves untyped). */
export type PasswordWeaknessReason = PasswordWeakness;
export const passwordWeaknessReasons = everyValueOf<PasswordWeaknessReason>()([
  'too_short',
  'too_long',
  'too_common',
  'contains_personal_information',
]);

// ---- Incidents, the situation picture and imports ----------------------------------------

export type IncidentPage = ResponseOf<'/api/incidents'>;
export type Incident = ResponseOf<'/api/incidents/{id}'>;
export type IncidentStatus = Incident['status'];
export const incidentStatuses = everyValueOf<IncidentStatus>()([
  'new',
  'reviewed',
  'duplicate',
  'archived',
]);
export type IncidentSource = Incident['source'];
export const incidentSources = everyValueOf<IncidentSource>()([
  'manual',
  'police_events',
  'csv',
  'api',
]);
export type TimePrecision = Incident['timePrecision'];
export type LocationPrecision = Incident['location']['precision'];
export type GeoPoint = NonNullable<Incident['location']['point']>;

export type ReportInput = BodyOf<'/api/reports', 'post'>;
export type ReportedEventInput = ReportInput['events'][number];
export type ReportedIncidents = ResponseOf<'/api/reports', 'post'>;

/** The reporter's own assessment: 1 = little … 4 = very. */
export type Assessment = NonNullable<ReportedEventInput['severity']>;
export const assessmentScale = everyValueOf<Assessment>()([1, 2, 3, 4]);

/**
 * One problem of one event of a refused report (400 INCIDENT_INVALID, `details.problems`), as the
 * server names it.
 */
export type { EventProblemDetail as EventProblem } from '../../../src/domain/incidents/event-problem';

export type ReviewDecision = BodyOf<'/api/incidents/{id}/review', 'post'>;

export type Category = ResponseOf<'/api/taxonomy'>['categories'][number];
export type DistrictCollection = ResponseOf<'/api/districts'>;
export type DistrictFeature = DistrictCollection['features'][number];

export type SituationPicture = ResponseOf<'/api/situation'>;
export type PicturePeriod = SituationPicture['period'];
export type PeriodKind = PicturePeriod['kind'];
export const periodKinds = everyValueOf<PeriodKind>()([
  'week',
  'month',
  'tertial',
  'year',
  'custom',
]);
export type PictureRow = SituationPicture['rows'][number];

export type ImportRun = ResponseOf<'/api/import-runs'>['runs'][number];
export type RejectedRow = ImportRun['rejectedRows'][number];
/**
 * Why a record was refused, or what a coordinator should know: a code the web app words in
 * both languages, its values, and an English sentence for codes it does not know yet.
 */
export type ImportProblem = Exclude<ImportRun['counts']['warnings'][number], string>;

/** A CSV file's header and first rows, for mapping its columns. */
export type CsvPreview = ResponseOf<'/api/imports/csv/preview', 'post'>;

export type SavedImportProfile = ResponseOf<'/api/import-profiles'>['profiles'][number];
export type ImportProfile = Omit<SavedImportProfile, 'id' | 'createdAt' | 'updatedAt'>;
export type ImportProfileColumns = ImportProfile['columns'];
