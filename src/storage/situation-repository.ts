import type { Kysely } from 'kysely';
import type { SituationRepository } from '../domain/situation/situation-repository.js';
import {
  countingStatuses,
  dayStartingAt,
  readHourlyCounts,
  rebuildRollups,
  stockholmDayAndHour,
} from './incident-rollups.js';
import { readSituationVersion } from './situation-version.js';
import type { Tables } from './tables.js';

export function createSituationRepository(db: Kysely<Tables>): SituationRepository {
  return {
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

    rebuildRollups: (municipalityId) => rebuildRollups(db, municipalityId),
  };
}
