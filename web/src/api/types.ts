/**
 * Types of the JSON the API sends and receives (base path /api). They mirror the server's zod
 * schemas; keep the two in step when the contract changes.
 */

// The server's own lists: one source for roles, organisation kinds and languages.
export { organisationKinds, roles } from '../../../src/domain/access/roles';
export type { OrganisationKind, Role } from '../../../src/domain/access/roles';
export { locales } from '../../../src/domain/accounts/user';
export type { Locale } from '../../../src/domain/accounts/user';
import type { Locale } from '../../../src/domain/accounts/user';
import type { OrganisationKind, Role } from '../../../src/domain/access/roles';
import type { ImportProfile } from '../../../src/domain/imports/import-profile';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  organisation: { id: string; name: string };
  municipality: { id: string; code: string; name: string };
}

export interface Municipality {
  id: string;
  code: string;
  name: string;
  districtLayers: DistrictLayerSummary[];
  /** The municipal boundary in WGS84, for framing maps. */
  boundary?: PolygonGeometry | null;
  /** An XYZ raster basemap from the server's configuration; absent or null: no basemap. */
  basemap?: Basemap | null;
  /** How many place names police events can be placed by. */
  placeNameCount?: number;
}

export interface PolygonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

export interface DistrictLayerSummary {
  id: string;
  name: string;
  districtCount: number;
  /** Who made the layer's data and its licence: the credit shown with it. */
  source?: string | null;
}

export interface Basemap {
  /** An XYZ template such as https://tiles.example/{z}/{x}/{y}.png. */
  tiles: string;
  attribution: string | null;
}

/** The body of POST /api/district-layers and PUT /api/district-layers/:id. */
export interface DistrictLayerInput {
  name: string;
  source: string | null;
  geojson: unknown;
  nameProperty: string;
  codeProperty: string | null;
  isSkippingBadFeatures: boolean;
}

export interface UploadedDistrictLayer {
  layer: { id: string; name: string; source: string | null };
  districtCount: number;
  crs: 'wgs84' | 'sweref99tm';
  rejected: { index: number; reason: string }[];
  /** Features kept although part of them lies outside the municipality. */
  crossing?: { index: number; name: string; code: 'crossing_municipality_boundary' }[];
  assignedIncidents: number;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  disabledAt: string | null;
  userCount: number;
}

export const userStatuses = ['active', 'invited', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisation: { id: string; name: string };
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
}

/** A link sent (or, without an SMTP server, handed to the admin) to invite or reset. */
export interface IssuedLink {
  /** Non-null when no e-mail server is configured: the admin must pass the link on. */
  link: string | null;
  isEmailed: boolean;
  expiresAt: string;
}

export interface InvitationDetails {
  email: string;
  displayName: string;
  organisationName: string;
  municipalityName: string;
}

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  details: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export interface AuditVerification {
  isIntact: boolean;
  checkedEntries: number;
  problems: { seq: number; kind: 'changed' | 'removed' | 'reordered'; message: string }[];
}

export const passwordWeaknessReasons = [
  'too_short',
  'too_long',
  'too_common',
  'contains_personal_information',
] as const;
export type PasswordWeaknessReason = (typeof passwordWeaknessReasons)[number];

// ---- Incidents, the situation picture and imports ----------------------------------------

export const incidentStatuses = ['new', 'reviewed', 'duplicate', 'archived'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const incidentSources = ['manual', 'police_events', 'csv', 'api'] as const;
export type IncidentSource = (typeof incidentSources)[number];

export type TimePrecision = 'exact' | 'day' | 'approximate';
export type LocationPrecision =
  'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';

/** The reporter's own assessment: 1 = little … 4 = very. */
export const assessmentScale = [1, 2, 3, 4] as const;
export type Assessment = (typeof assessmentScale)[number];

export interface GeoPoint {
  longitude: number;
  latitude: number;
}

export interface Category {
  code: string;
  labelSv: string;
  labelEn: string;
  group: string;
  isOrganizedCrimeSignal: boolean;
  sortOrder: number;
  retiredAt: string | null;
}

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  properties: { layerId: string; name: string; code: string | null; category: string | null };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

export interface ReportedEventInput {
  occurredAt?: string;
  occurredUntil?: string;
  point?: GeoPoint;
  address?: string;
  districtId?: string;
  categoryCode: string;
  severity?: Assessment;
  unsafety?: Assessment;
  description: string;
  peopleCount?: number;
}

export interface ReportInput {
  clientReference?: string;
  events: ReportedEventInput[];
  isPersonalDataKept?: boolean;
}

export interface Incident {
  id: string;
  reportId: string | null;
  occurredAt: string;
  occurredUntil: string | null;
  timePrecision: TimePrecision;
  reportedAt: string;
  location: {
    point: GeoPoint | null;
    address: string | null;
    chosenDistrictId: string | null;
    precision: LocationPrecision;
  };
  categoryCode: string;
  severity: number | null;
  unsafety: number | null;
  description: string;
  personalDataKinds: string[];
  peopleCount: number | null;
  organisationId: string;
  reporterUserId: string | null;
  source: IncidentSource;
  sourceId: string | null;
  status: IncidentStatus;
  duplicateOfId: string | null;
  archiveReason: string | null;
  /** When retention (gallring) removed the free text; the incident still counts. */
  textRemovedAt: string | null;
  districtIds: string[];
}

export interface ReportedIncidents {
  reportId: string;
  incidents: Incident[];
  maskedKinds: string[];
  isRepeat: boolean;
}

/** One problem of one event of a refused report (400 INCIDENT_INVALID, `details.problems`). */
export interface EventProblem {
  index: number;
  field: string;
  problem: string;
}

export interface IncidentPage {
  incidents: Incident[];
  next: { reportedAt: string; id: string } | null;
}

export type ReviewDecision =
  | { decision: 'reviewed' }
  | { decision: 'new' }
  | { decision: 'duplicate'; duplicateOfId: string }
  | { decision: 'archived'; reason: string };

export const periodKinds = ['week', 'month', 'tertial', 'year', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface PicturePeriod {
  kind: PeriodKind;
  key: string;
  /** UTC, inclusive. */
  from: string;
  /** UTC, exclusive. */
  to: string;
}

export interface PictureRow {
  /** null: the whole municipality. */
  districtId: string | null;
  categoryCode: string;
  /** null (here and below): hidden by the small-count rule, under 3 or revealing such a count. */
  count: number | null;
  previousCount: number | null;
  baselineMean: number | null;
  lastYearCount: number | null;
  changeFromPrevious: number | null;
  changeFromBaseline: number | null;
}

export interface SituationPicture {
  period: PicturePeriod;
  previousPeriod: PicturePeriod;
  baselinePeriods: number;
  lastYearPeriod: PicturePeriod | null;
  rows: PictureRow[];
  largestChanges: (PictureRow & { direction: 'rise' | 'fall'; score: number; sentence: string })[];
  /** Weekday (Monday first) × hour (0–23), Swedish time; null where a count under 3 is hidden. */
  weekdayHour: (number | null)[][];
  /** The reader sees aggregates only: counts under 3 are hidden, custom periods are whole weeks. */
  hasSmallCountsHidden: boolean;
}

/**
 * Why a record was refused, or what a coordinator should know: a code the web app words in
 * both languages, its values, and an English sentence for codes it does not know yet.
 */
export interface ImportProblem {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/**
 * A refused record. Newer runs carry `problems` (or a single `code` with `params`); runs
 * recorded before the codes existed carry only the English `reason`.
 */
export interface RejectedRow {
  line: number;
  sourceId: string | null;
  reason: string;
  problems?: ImportProblem[];
  code?: string;
  params?: Record<string, string | number>;
}

export interface ImportRun {
  id: string;
  source: 'police_events' | 'csv';
  fileName: string;
  status: 'completed' | 'rejected';
  counts: {
    read: number;
    inserted: number;
    updated: number;
    unchanged: number;
    rejected: number;
    /** Counts by skip code (`other_municipality`). */
    skipped: Record<string, number>;
    /** Problems; plain sentences in runs recorded before the codes existed. */
    warnings: (ImportProblem | string)[];
  };
  rejectedRows: RejectedRow[];
  startedAt: string;
  finishedAt: string;
}

/** A CSV file's header and first rows, for mapping its columns (POST /api/imports/csv/preview). */
export interface CsvPreview {
  delimiter: ',' | ';' | '\t';
  headers: string[];
  rows: string[][];
  rowCount: number;
}

export type { ImportProfile } from '../../../src/domain/imports/import-profile';
export type ImportProfileColumns = ImportProfile['columns'];

export interface SavedImportProfile extends ImportProfile {
  id: string;
  createdAt: string;
  updatedAt: string;
}
