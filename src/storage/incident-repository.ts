import type { Kysely } from 'kysely';
import type { LocationPrecision, StoredSourceRecord } from '../domain/incidents/incident.js';
import type { IncidentRepository } from '../domain/incidents/incident-repository.js';
import { isCountingStatus, lockRollups, RollupChanges } from './incident-rollups.js';
import {
  batchSize,
  countedFacts,
  countedFactsOf,
  districtIdsOf,
  toReport,
  toRow,
  withDistricts,
} from './incident-rows.js';
import { refreshStatistics } from './refresh-statistics.js';
import type { Tables } from './tables.js';

export function createIncidentRepository(db: Kysely<Tables>): IncidentRepository {
  return {
    async createReport(report) {
      await db
        .insertInto('incident_reports')
        .values({
          id: report.id,
          municipality_id: report.municipalityId,
          organisation_id: report.organisationId,
          reporter_user_id: report.reporterUserId,
          client_reference: report.clientReference,
          submitted_at: report.submittedAt,
        })
        .execute();
    },

    async findReportByClientReference(reporterUserId, clientReference) {
      const row = await db
        .selectFrom('incident_reports')
        .selectAll()
        .where('reporter_user_id', '=', reporterUserId)
        .where('client_reference', '=', clientReference)
        .executeTakeFirst();
      return row ? toReport(row) : null;
    },

    async createMany(incidents) {
      await lockRollups(db, 'shared');
      for (let start = 0; start < incidents.length; start += batchSize) {
        const batch = incidents.slice(start, start + batchSize);
        await db.insertInto('incidents').values(batch.map(toRow)).execute();
        const assignments = batch.flatMap((incident) =>
          incident.districtIds.map((districtId) => ({
            incident_id: incident.id,
            district_id: districtId,
          })),
        );
        for (let offset = 0; offset < assignments.length; offset += batchSize * 4) {
          await db
            .insertInto('incident_districts')
            .values(assignments.slice(offset, offset + batchSize * 4))
            .execute();
        }
      }
      const changes = new RollupChanges();
      for (const incident of incidents) {
        changes.addIncident(countedFactsOf(incident), incident.districtIds, 1);
      }
      await changes.apply(db);
    },

    async findById(municipalityId, id) {
      const rows = await db
        .selectFrom('incidents')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
      return (await withDistricts(db, rows))[0] ?? null;
    },

    async findSourceVersions(municipalityId, source, sourceIds) {
      const versions = new Map<string, StoredSourceRecord>();
      for (let start = 0; start < sourceIds.length; start += batchSize * 2) {
        const rows = await db
          .selectFrom('incidents')
          .select([
            'id',
            'source_id',
            'source_version',
            'category_code',
            'description',
            'location_precision',
            'longitude',
            'latitude',
            'text_removed_at',
          ])
          .where('municipality_id', '=', municipalityId)
          .where('source', '=', source)
          .where('source_id', 'in', sourceIds.slice(start, start + batchSize * 2))
          .execute();
        for (const row of rows) {
          if (row.source_id !== null)
            versions.set(row.source_id, {
              id: row.id,
              sourceVersion: row.source_version,
              categoryCode: row.category_code,
              description: row.description,
              precision: row.location_precision as LocationPrecision,
              point:
                row.longitude === null || row.latitude === null
                  ? null
                  : { longitude: Number(row.longitude), latitude: Number(row.latitude) },
              textRemovedAt: row.text_removed_at,
            });
        }
      }
      return versions;
    },

    async updateFromSource(incident) {
      await lockRollups(db, 'shared');
      const row = toRow(incident);
      const before = (await countedFacts(db, [incident.id])).get(incident.id);
      const changes = new RollupChanges();
      if (before) {
        changes.addIncident(before, await districtIdsOf(db, incident.id), -1);
        // The review state is kept: the incident counts, or not, as it did.
        changes.addIncident(
          { ...countedFactsOf(incident), status: before.status },
          incident.districtIds,
          1,
        );
      }
      await db
        .updateTable('incidents')
        .set({
          occurred_at: row.occurred_at,
          occurred_until: row.occurred_until,
          time_precision: row.time_precision,
          longitude: row.longitude,
          latitude: row.latitude,
          address: row.address,
          location_precision: row.location_precision,
          category_code: row.category_code,
          description: row.description,
          people_count: row.people_count,
          source_version: row.source_version,
          updated_at: row.updated_at,
        })
        .where('id', '=', incident.id)
        .execute();
      await db.deleteFrom('incident_districts').where('incident_id', '=', incident.id).execute();
      if (incident.districtIds.length > 0) {
        await db
          .insertInto('incident_districts')
          .values(
            incident.districtIds.map((districtId) => ({
              incident_id: incident.id,
              district_id: districtId,
            })),
          )
          .execute();
      }
      await changes.apply(db);
    },

    async updatePlacement(incidentId, placement) {
      await lockRollups(db, 'shared');
      // Locks the row on PostgreSQL, so the text compared below is the one that stays.
      const before = (await countedFacts(db, [incidentId])).get(incidentId);
      if (!before) return false;
      const current = await db
        .selectFrom('incidents')
        .select(['description', 'text_removed_at'])
        .where('id', '=', incidentId)
        .executeTakeFirst();
      if (current?.description !== placement.placedFrom || current.text_removed_at !== null)
        return false;
      // Only districts that still exist: a layer deleted meanwhile took its districts along.
      const wanted = [...new Set(placement.districtIds)];
      const existing =
        wanted.length === 0
          ? []
          : await db.selectFrom('districts').select('id').where('id', 'in', wanted).execute();
      const districtIds = existing.map((row) => row.id);
      const changes = new RollupChanges();
      // Time, category and status stay: only the districts it is counted in move.
      changes.addIncident(before, await districtIdsOf(db, incidentId), -1);
      changes.addIncident(before, districtIds, 1);
      await db
        .updateTable('incidents')
        .set({
          longitude: placement.point?.longitude ?? null,
          latitude: placement.point?.latitude ?? null,
          location_precision: placement.precision,
        })
        .where('id', '=', incidentId)
        .execute();
      await db.deleteFrom('incident_districts').where('incident_id', '=', incidentId).execute();
      if (districtIds.length > 0) {
        await db
          .insertInto('incident_districts')
          .values(
            districtIds.map((districtId) => ({ incident_id: incidentId, district_id: districtId })),
          )
          .execute();
      }
      await changes.apply(db);
      return true;
    },

    async list(municipalityId, filter) {
      let query = db
        .selectFrom('incidents')
        .selectAll('incidents')
        .where('incidents.municipality_id', '=', municipalityId)
        // In time order, the latest first: what happened when, not when it was entered (an
        // import enters a year of incidents in one minute).
        .orderBy('incidents.occurred_at', 'desc')
        .orderBy('incidents.id', 'desc')
        .limit(filter.limit);
      if (filter.from) query = query.where('incidents.occurred_at', '>=', filter.from);
      if (filter.to) query = query.where('incidents.occurred_at', '<', filter.to);
      if (filter.categoryCode)
        query = query.where('incidents.category_code', '=', filter.categoryCode);
      if (filter.source) query = query.where('incidents.source', '=', filter.source);
      if (filter.status) query = query.where('incidents.status', '=', filter.status);
      if (filter.organisationId)
        query = query.where('incidents.organisation_id', '=', filter.organisationId);
      if (filter.districtId) {
        const districtId = filter.districtId;
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('incident_districts')
              .select('incident_districts.incident_id')
              .whereRef('incident_districts.incident_id', '=', 'incidents.id')
              .where('incident_districts.district_id', '=', districtId),
          ),
        );
      }
      if (filter.before) {
        const { occurredAt, id } = filter.before;
        query = query.where((eb) =>
          eb.or([
            eb('incidents.occurred_at', '<', occurredAt),
            eb.and([eb('incidents.occurred_at', '=', occurredAt), eb('incidents.id', '<', id)]),
          ]),
        );
      }
      return withDistricts(db, await query.execute());
    },

    async listBySource(municipalityId, source, afterId, limit) {
      const rows = await db
        .selectFrom('incidents')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('source', '=', source)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return withDistricts(db, rows);
    },

    async listPoints(municipalityId, afterId, limit) {
      const rows = await db
        .selectFrom('incidents')
        .select(['id', 'longitude', 'latitude'])
        .where('municipality_id', '=', municipalityId)
        .where('longitude', 'is not', null)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        longitude: Number(row.longitude),
        latitude: Number(row.latitude),
      }));
    },

    async addDistrictAssignments(assignments) {
      await lockRollups(db, 'shared');
      for (let start = 0; start < assignments.length; start += batchSize * 4) {
        const batch = assignments.slice(start, start + batchSize * 4);
        await db
          .insertInto('incident_districts')
          .values(
            batch.map((item) => ({ incident_id: item.incidentId, district_id: item.districtId })),
          )
          .execute();
        const facts = await countedFacts(db, [...new Set(batch.map((item) => item.incidentId))]);
        const changes = new RollupChanges();
        for (const item of batch) {
          const incident = facts.get(item.incidentId);
          if (incident) changes.addAssignment(incident, item.districtId, 1);
        }
        await changes.apply(db);
      }
    },

    async removeTextReportedBefore(municipalityId, reportedBefore, removedAt, limit) {
      const kept = db
        .selectFrom('incidents')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('reported_at', '<', reportedBefore)
        .where('text_removed_at', 'is', null);
      const result = await db
        .updateTable('incidents')
        .set({
          description: '',
          archive_reason: null,
          personal_data_kinds: null,
          text_removed_at: removedAt,
        })
        .where('id', 'in', limit === undefined ? kept : kept.limit(limit))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    refreshStatistics: () => refreshStatistics(db),

    async earliestOccurrence(municipalityId) {
      const row = await db
        .selectFrom('incidents')
        .select((eb) => eb.fn.min('occurred_at').as('earliest'))
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      return row?.earliest ?? null;
    },

    async setStatus(id, change) {
      await lockRollups(db, 'shared');
      const before = (await countedFacts(db, [id])).get(id);
      const changes = new RollupChanges();
      if (before && isCountingStatus(before.status) !== isCountingStatus(change.status)) {
        const districtIds = await districtIdsOf(db, id);
        changes.addIncident(before, districtIds, -1);
        changes.addIncident({ ...before, status: change.status }, districtIds, 1);
      }
      await db
        .updateTable('incidents')
        .set({
          status: change.status,
          duplicate_of_id: change.duplicateOfId,
          archive_reason: change.archiveReason,
          updated_at: change.updatedAt,
        })
        .where('id', '=', id)
        .execute();
      await changes.apply(db);
    },

    async listByReport(reportId) {
      const rows = await db
        .selectFrom('incidents')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('occurred_at')
        .orderBy('id')
        .execute();
      return withDistricts(db, rows);
    },
  };
}
