import type { Kysely } from 'kysely';
import type { SituationRepository } from '../domain/situation/situation-repository.js';
import {
  countingStatuses,
  dayStartingAt,
  readDailyCounts,
  readHourlyCounts,
  rebuildRollups,
  stockholmDayAndHour,
} from './incident-rollups.js';
import { readSituationVersion, readSituationVersionOf } from './situation-version.js';
import type { Tables } from './tables.js';

export function createSituationRepository(db: Kysely<Tables>): SituationRepository {
  /** The raw count, for periods that do not start and end at a Stockholm midnight. */
  async function countFromIncidents(municipalityId: string, from: string, to: string) {
    const counting = db
      .selectFrom('incidents')
      .where('incidents.municipality_id', '=', municipalityId)
      .where('incidents.occurred_at', '>=', from)
      .where('incidents.occurred_at', '<', to)
      .where('incidents.status', 'in', countingStatuses);
    const [byDistrict, whole] = await Promise.all([
      counting
        .innerJoin('incident_districts', 'incident_districts.incident_id', 'incidents.id')
        .select(['incident_districts.district_id', 'incidents.category_code'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .groupBy(['incident_districts.district_id', 'incidents.category_code'])
        .execute(),
      counting
        .select('incidents.category_code')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .groupBy('incidents.category_code')
        .execute(),
    ]);
    return [
      ...byDistrict.map((row) => ({
        districtId: row.district_id as string | null,
        categoryCode: row.category_code,
        count: Number(row.count),
      })),
      ...whole.map((row) => ({
        districtId: null,
        categoryCode: row.category_code,
        count: Number(row.count),
      })),
    ];
  }

  return {
    async countByDistrictAndCategory(municipalityId, from, to) {
      const fromDay = dayStartingAt(from);
      const toDay = dayStartingAt(to);
      // Every period of the picture is whole Stockholm days; anything else is counted raw.
      return fromDay !== null && toDay !== null
        ? readDailyCounts(db, municipalityId, fromDay, toDay)
        : countFromIncidents(municipalityId, from, to);
    },

    async countExactTimesByHour(municipalityId, from, to) {
      const fromDay = dayStartingAt(from);
      const toDay = dayStartingAt(to);
      if (fromDay !== null && toDay !== null)
        return readHourlyCounts(db, municipalityId, fromDay, toDay);
      // Not whole Stockholm days: counted from the incidents themselves.
      const rows = await db
        .selectFrom('incidents')
        .select('occurred_at')
        .where('municipality_id', '=', municipalityId)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .where('status', 'in', countingStatuses)
        .where('time_precision', '=', 'exact')
        .execute();
      const counts = new Map<string, { day: string; hour: number; count: number }>();
      for (const row of rows) {
        const { day, hour } = stockholmDayAndHour(row.occurred_at);
        const cell = counts.get(`${day}T${hour}`) ?? { day, hour, count: 0 };
        cell.count += 1;
        counts.set(`${day}T${hour}`, cell);
      }
      return [...counts.values()];
    },

    readVersion: (municipalityId) => readSituationVersion(db, municipalityId),

    readVersionOf: (municipalityId, spans) =>
      readSituationVersionOf(
        db,
        municipalityId,
        spans.map(({ from, to }) => ({
          fromDay: from === null ? null : stockholmDayAndHour(from).day,
          lastDay: stockholmDayAndHour(new Date(Date.parse(to) - 1).toISOString()).day,
        })),
      ),

    rebuildRollups: (municipalityId) => rebuildRollups(db, municipalityId),
  };
}
