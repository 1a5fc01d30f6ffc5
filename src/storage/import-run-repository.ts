import type { Kysely } from 'kysely';
import type {
  ImportCounts,
  ImportRun,
  ImportRunRepository,
  RejectedRow,
} from '../domain/imports/incoming-incident.js';
import type { Tables } from './tables.js';

export function createImportRunRepository(db: Kysely<Tables>): ImportRunRepository {
  return {
    async create(run) {
      await db
        .insertInto('import_runs')
        .values({
          id: run.id,
          municipality_id: run.municipalityId,
          source: run.source,
          file_name: run.fileName,
          actor_user_id: run.actorUserId,
          status: run.status,
          counts: JSON.stringify(run.counts),
          rejected_rows: JSON.stringify(run.rejectedRows),
          started_at: run.startedAt,
          finished_at: run.finishedAt,
        })
        .execute();
    },

    async list(municipalityId, limit) {
      const rows = await db
        .selectFrom('import_runs')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('started_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        municipalityId: row.municipality_id,
        source: row.source as ImportRun['source'],
        fileName: row.file_name,
        actorUserId: row.actor_user_id,
        status: row.status as ImportRun['status'],
        counts: JSON.parse(row.counts) as ImportCounts,
        rejectedRows: JSON.parse(row.rejected_rows) as RejectedRow[],
        startedAt: row.started_at,
        finishedAt: row.finished_at,
      }));
    },
  };
}
