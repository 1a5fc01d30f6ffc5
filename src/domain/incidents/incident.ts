import type { Point } from '../districts/district-index.js';

export const incidentStatuses = ['new', 'reviewed', 'duplicate', 'archived'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const incidentSources = ['manual', 'police_events', 'csv', 'api'] as const;
export type IncidentSource = (typeof incidentSources)[number];

/** How exactly the time is known: to the minute, to the day, or only roughly (a span, a guess). */
export const timePrecisions = ['exact', 'day', 'approximate'] as const;
export type TimePrecision = (typeof timePrecisions)[number];

/**
 * How exactly the place is known. A police event whose only coordinates are the
 * municipality's or the county's centroid is 'municipality' or 'county' and has no point:
 * a centroid is never shown or counted as the place of an incident. A police event placed
 * by a place name its text gives is 'place_name': it carries that place's point (a
 * locality's, say), which counts in districts but is too coarse for hot spots.
 */
export const locationPrecisions = [
  'point',
  'address',
  'place_name',
  'district',
  'municipality',
  'county',
] as const;
export type LocationPrecision = (typeof locationPrecisions)[number];

/** The reporter's own assessment, on a fixed four-step scale (1 = little, 4 = very). */
export const assessmentScale = [1, 2, 3, 4] as const;
export type Assessment = (typeof assessmentScale)[number];

interface IncidentLocation {
  point: Point | null;
  address: string | null;
  /** The district the reporter picked, when they gave a district rather than (or besides) a point. */
  chosenDistrictId: string | null;
  precision: LocationPrecision;
}

export interface Incident {
  id: string;
  municipalityId: string;
  reportId: string | null;
  occurredAt: string;
  occurredUntil: string | null;
  timePrecision: TimePrecision;
  reportedAt: string;
  location: IncidentLocation;
  categoryCode: string;
  severity: Assessment | null;
  unsafety: Assessment | null;
  description: string;
  /** Kinds of personal data a permitted role chose to keep unmasked in the description. */
  personalDataKinds: string[];
  peopleCount: number | null;
  organisationId: string;
  reporterUserId: string | null;
  source: IncidentSource;
  sourceId: string | null;
  /** The source's own version of the record, e.g. the police's last update time. */
  sourceVersion: string | null;
  status: IncidentStatus;
  duplicateOfId: string | null;
  archiveReason: string | null;
  /** When retention (gallring) removed the description and archive reason; null while kept. */
  textRemovedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Every district, on every layer, that the incident lies in or was placed in. */
  districtIds: string[];
}

/** An imported incident as stored, for telling whether a source's record changed. */
export interface StoredSourceRecord {
  id: string;
  sourceVersion: string | null;
  categoryCode: string;
  description: string;
  precision: LocationPrecision;
  point: Point | null;
  textRemovedAt: string | null;
}

export interface IncidentReport {
  id: string;
  municipalityId: string;
  organisationId: string;
  reporterUserId: string | null;
  clientReference: string | null;
  submittedAt: string;
}

export interface IncidentFilter {
  /** Occurred at or after (ISO). */
  from?: string | undefined;
  /** Occurred before (ISO). */
  to?: string | undefined;
  districtId?: string | undefined;
  categoryCode?: string | undefined;
  source?: IncidentSource | undefined;
  status?: IncidentStatus | undefined;
  organisationId?: string | undefined;
  /** Paging: incidents listed after this one (by when they occurred, then id). */
  before?: { occurredAt: string; id: string } | undefined;
  limit: number;
}

export interface StatusChange {
  status: IncidentStatus;
  duplicateOfId: string | null;
  archiveReason: string | null;
  updatedAt: string;
}

/** An incident as its readers see it: with the reporting organisation's name. */
export interface IncidentView extends Incident {
  organisationName: string;
}
