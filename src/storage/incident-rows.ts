import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type {
  Assessment,
  Incident,
  IncidentSource,
  IncidentStatus,
  LocationPrecision,
  TimePrecision,
} from '../domain/incidents/incident.js';
import type { CountedFacts } from './incident-rollups.js';
import type { IncidentReportTable, IncidentTable, Tables } from './tables.js';

/** The incident repository's rows: how an incident is written and read back. */

/** Rows per INSERT: well under both databases' parameter limits at 27 columns a row. */
export const batchSize = 500;

export function toRow(incident: Incident) {
  return {
    id: incident.id,
    municipality_id: incident.municipalityId,
    report_id: incident.reportId,
    occurred_at: incident.occurredAt,
    occurred_until: incident.occurredUntil,
    time_precision: incident.timePrecision,
    reported_at: incident.reportedAt,
    longitude: incident.location.point?.longitude ?? null,
    latitude: incident.location.point?.latitude ?? null,
    address: incident.location.address,
    chosen_district_id: incident.location.chosenDistrictId,
    location_precision: incident.location.precision,
    category_code: incident.categoryCode,
    severity: incident.severity,
    unsafety: incident.unsafety,
    description: incident.description,
    personal_data_kinds:
      incident.personalDataKinds.length > 0 ? incident.personalDataKinds.join(',') : null,
    people_count: incident.peopleCount,
    organisation_id: incident.organisationId,
    reporter_user_id: incident.reporterUserId,
    source: incident.source,
    source_id: incident.sourceId,
    source_version: incident.sourceVersion,
    status: incident.status,
    duplicate_of_id: incident.duplicateOfId,
    archive_reason: incident.archiveReason,
    created_at: incident.createdAt,
    updated_at: incident.updatedAt,
  };
}

function toIncident(row: Selectable<IncidentTable>, districtIds: string[]): Incident {
  const hasPoint = row.longitude !== null && row.latitude !== null;
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    reportId: row.report_id,
    occurredAt: row.occurred_at,
    occurredUntil: row.occurred_until,
    timePrecision: row.time_precision as TimePrecision,
    reportedAt: row.reported_at,
    location: {
      point: hasPoint ? { longitude: Number(row.longitude), latitude: Number(row.latitude) } : null,
      address: row.address,
      chosenDistrictId: row.chosen_district_id,
      precision: row.location_precision as LocationPrecision,
    },
    categoryCode: row.category_code,
    severity: row.severity as Assessment | null,
    unsafety: row.unsafety as Assessment | null,
    description: row.description,
    personalDataKinds: row.personal_data_kinds ? row.personal_data_kinds.split(',') : [],
    peopleCount: row.people_count === null ? null : Number(row.people_count),
    organisationId: row.organisation_id,
    reporterUserId: row.reporter_user_id,
    source: row.source as IncidentSource,
    sourceId: row.source_id,
    sourceVersion: row.source_version,
    status: row.status as IncidentStatus,
    duplicateOfId: row.duplicate_of_id,
    archiveReason: row.archive_reason,
    textRemovedAt: row.text_removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    districtIds,
  };
}

export const countedFactsOf = (incident: Incident): CountedFacts => ({
  municipalityId: incident.municipalityId,
  occurredAt: incident.occurredAt,
  categoryCode: incident.categoryCode,
  timePrecision: incident.timePrecision,
  status: incident.status,
});

const toCountedFacts = (
  row: Pick<
    Selectable<IncidentTable>,
    'municipality_id' | 'occurred_at' | 'category_code' | 'time_precision' | 'status'
  >,
): CountedFacts => ({
  municipalityId: row.municipality_id,
  occurredAt: row.occurred_at,
  categoryCode: row.category_code,
  timePrecision: row.time_precision,
  status: row.status,
});

export const toReport = (row: Selectable<IncidentReportTable>) => ({
  id: row.id,
  municipalityId: row.municipality_id,
  organisationId: row.organisation_id,
  reporterUserId: row.reporter_user_id,
  clientReference: row.client_reference,
  submittedAt: row.submitted_at,
});

/** The incidents of these rows, with their district assignments. */
export async function withDistricts(
  db: Kysely<Tables>,
  rows: Selectable<IncidentTable>[],
): Promise<Incident[]> {
  if (rows.length === 0) return [];
  const assignments = await db
    .selectFrom('incident_districts')
    .select(['incident_id', 'district_id'])
    .where(
      'incident_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('district_id')
    .execute();
  const byIncident = new Map<string, string[]>();
  for (const { incident_id, district_id } of assignments) {
    byIncident.set(incident_id, [...(byIncident.get(incident_id) ?? []), district_id]);
  }
  return rows.map((row) => toIncident(row, byIncident.get(row.id) ?? []));
}

/** What decides where each of these incidents is counted, by id. */
export async function countedFacts(
  db: Kysely<Tables>,
  ids: string[],
): Promise<Map<string, CountedFacts>> {
  const facts = new Map<string, CountedFacts>();
  // Locked on PostgreSQL until the transaction ends: two reviews of one incident, or a review
  // and an import's update, must not both uncount it from what each read before the other.
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (let start = 0; start < ids.length; start += batchSize * 2) {
    const query = db
      .selectFrom('incidents')
      .select(['id', 'municipality_id', 'occurred_at', 'category_code', 'time_precision', 'status'])
      .where('id', 'in', ids.slice(start, start + batchSize * 2));
    const rows = await (isPostgres ? query.forUpdate() : query).execute();
    for (const row of rows) facts.set(row.id, toCountedFacts(row));
  }
  return facts;
}

/** The districts an incident is assigned to. */
export async function districtIdsOf(db: Kysely<Tables>, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('incident_districts')
    .select('district_id')
    .where('incident_id', '=', incidentId)
    .execute();
  return rows.map((row) => row.district_id);
}
