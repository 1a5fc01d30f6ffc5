import type { Kysely } from 'kysely';
import type { AlarmDecision, EarlyWarningSettings } from '../domain/early-warning/early-warning.js';
import type { EarlyWarningRepository } from '../domain/early-warning/early-warning-repository.js';
import { defaultEarlyWarningSettings } from '../domain/early-warning/early-warning.js';
import { countingStatuses } from './incident-rollups.js';
import type { Tables } from './tables.js';

/** Reads are batched so that a long list of keys stays under every driver's parameter limit. */
const keyBatch = 500;

export function createEarlyWarningRepository(db: Kysely<Tables>): EarlyWarningRepository {
  return {
    async dailyCounts(municipalityId, fromDay, toDay) {
      const rows = await db
        .selectFrom('incident_daily_counts')
        .select(['day', 'district_id', 'category_code', 'count'])
        .where('municipality_id', '=', municipalityId)
        .where('day', '>=', fromDay)
        .where('day', '<', toDay)
        .where('count', '>', 0)
        .execute();
      return rows.map((row) => ({
        day: row.day,
        districtId: row.district_id === '' ? null : row.district_id,
        categoryCode: row.category_code,
        count: Number(row.count),
      }));
    },

    async findSettings(municipalityId) {
      const row = await db
        .selectFrom('early_warning_settings')
        .select('definition')
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      // No settings saved, or saved before a setting existed: the defaults fill in.
      return {
        ...defaultEarlyWarningSettings,
        ...(row ? (JSON.parse(row.definition) as Partial<EarlyWarningSettings>) : {}),
      };
    },

    async saveSettings(municipalityId, settings, updatedAt) {
      const values = { definition: JSON.stringify(settings), updated_at: updatedAt };
      await db
        .insertInto('early_warning_settings')
        .values({ municipality_id: municipalityId, ...values })
        .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet(values))
        .execute();
    },

    async addDecision(decision) {
      await db
        .insertInto('alarm_decisions')
        .values({
          id: decision.id,
          municipality_id: decision.municipalityId,
          alarm_key: decision.alarmKey,
          decision: decision.decision,
          comment: decision.comment,
          decided_by_user_id: decision.decidedByUserId,
          decided_at: decision.decidedAt,
        })
        .execute();
    },

    async listDecisions(municipalityId, alarmKeys) {
      const decisions: AlarmDecision[] = [];
      for (let start = 0; start < alarmKeys.length; start += keyBatch) {
        const rows = await db
          .selectFrom('alarm_decisions')
          .selectAll()
          .where('municipality_id', '=', municipalityId)
          .where('alarm_key', 'in', alarmKeys.slice(start, start + keyBatch))
          .execute();
        decisions.push(
          ...rows.map((row) => ({
            id: row.id,
            municipalityId: row.municipality_id,
            alarmKey: row.alarm_key,
            decision: row.decision as AlarmDecision['decision'],
            comment: row.comment,
            decidedByUserId: row.decided_by_user_id,
            decidedAt: row.decided_at,
          })),
        );
      }
      return decisions.sort(
        (a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id),
      );
    },

    async listPoints(municipalityId, from, to) {
      const rows = await db
        .selectFrom('incidents')
        .select(['longitude', 'latitude'])
        .where('municipality_id', '=', municipalityId)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .where('status', 'in', countingStatuses)
        .where('longitude', 'is not', null)
        .where('latitude', 'is not', null)
        // A place name's point (a locality's) is too coarse for hot spots and the heat surface.
        .where('location_precision', '!=', 'place_name')
        .execute();
      return rows.map((row) => ({
        longitude: Number(row.longitude),
        latitude: Number(row.latitude),
      }));
    },

    async listCategoryEvents(municipalityId, categoryCode, from, to, limit) {
      const rows = await db
        .selectFrom('incidents')
        .select(['occurred_at', 'longitude', 'latitude', 'location_precision'])
        .where('municipality_id', '=', municipalityId)
        .where('category_code', '=', categoryCode)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .where('status', 'in', countingStatuses)
        .orderBy('occurred_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => {
        const isExact =
          (row.location_precision === 'point' || row.location_precision === 'address') &&
          row.longitude !== null &&
          row.latitude !== null;
        return {
          occurredAt: row.occurred_at,
          point: isExact
            ? { longitude: Number(row.longitude), latitude: Number(row.latitude) }
            : null,
          precision: row.location_precision,
        };
      });
    },
  };
}
