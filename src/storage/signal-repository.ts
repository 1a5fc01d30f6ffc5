import type { Kysely, Selectable } from 'kysely';
import type { PersonalDataKind } from '../domain/incidents/personal-data-guard.js';
import { openStatuses, type Signal, type SignalStatus } from '../domain/signals/signal.js';
import type { SignalRepository } from '../domain/signals/signal-repository.js';
import type { SignalTable, Tables } from './tables.js';

function toSignal(row: Selectable<SignalTable>): Signal {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    categoryCode: row.category_code,
    districtId: row.district_id,
    observedAt: row.observed_at,
    description: row.description,
    personalDataKinds: JSON.parse(row.personal_data_kinds) as PersonalDataKind[],
    source: row.source as Signal['source'],
    sourceOrganisationId: row.source_organisation_id,
    credibility: row.credibility as Signal['credibility'],
    seriousness: row.seriousness as Signal['seriousness'],
    status: row.status as SignalStatus,
    followUp: row.follow_up,
    incidentIds: JSON.parse(row.incident_ids) as string[],
    alarmKeys: JSON.parse(row.alarm_keys) as string[],
    registeredByUserId: row.registered_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    textRemovedAt: row.text_removed_at,
  };
}

export function createSignalRepository(db: Kysely<Tables>): SignalRepository {
  return {
    async removeTextClosedBefore(municipalityId, closedBefore, removedAt, limit) {
      const kept = db
        .selectFrom('signals')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('status', '=', 'closed')
        .where('updated_at', '<', closedBefore)
        .where('text_removed_at', 'is', null);
      const result = await db
        .updateTable('signals')
        .set({
          description: '',
          follow_up: '',
          personal_data_kinds: '[]',
          text_removed_at: removedAt,
        })
        .where('id', 'in', limit === undefined ? kept : kept.limit(limit))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async save(signal) {
      const values = {
        category_code: signal.categoryCode,
        district_id: signal.districtId,
        observed_at: signal.observedAt,
        description: signal.description,
        personal_data_kinds: JSON.stringify(signal.personalDataKinds),
        source: signal.source,
        source_organisation_id: signal.sourceOrganisationId,
        credibility: signal.credibility,
        seriousness: signal.seriousness,
        status: signal.status,
        follow_up: signal.followUp,
        incident_ids: JSON.stringify(signal.incidentIds),
        alarm_keys: JSON.stringify(signal.alarmKeys),
        updated_at: signal.updatedAt,
        text_removed_at: signal.textRemovedAt,
      };
      await db
        .insertInto('signals')
        .values({
          id: signal.id,
          municipality_id: signal.municipalityId,
          registered_by_user_id: signal.registeredByUserId,
          created_at: signal.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('signals')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSignal(row) : null;
    },

    async list(municipalityId, filter, limit) {
      let query = db
        .selectFrom('signals')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (filter.status === 'open') query = query.where('status', 'in', openStatuses);
      else if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.categoryCode) query = query.where('category_code', '=', filter.categoryCode);
      if (filter.districtId) query = query.where('district_id', '=', filter.districtId);
      if (filter.from) query = query.where('observed_at', '>=', filter.from);
      if (filter.to) query = query.where('observed_at', '<', filter.to);
      const rows = await query.orderBy('observed_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toSignal);
    },

    async count(municipalityId, from, to) {
      const rows = await db
        .selectFrom('signals')
        .select(['category_code', 'district_id', 'status'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('municipality_id', '=', municipalityId)
        .where('observed_at', '>=', from)
        .where('observed_at', '<', to)
        .groupBy(['category_code', 'district_id', 'status'])
        .execute();
      return rows.map((row) => ({
        categoryCode: row.category_code,
        districtId: row.district_id,
        status: row.status as SignalStatus,
        count: Number(row.count),
      }));
    },
  };
}
