import type { Kysely } from 'kysely';
import type { ImportCounts, ImportRun, RejectedRow } from '../domain/imports/incoming-incident.js';
import type { ImportRunRepository } from '../domain/imports/import-run-repository.js';
import type { Tables } from './tables.js';
import { importProblem, type ImportProblem } from '../domain/imports/import-problem.js';

export function createImportRunRepository(db: Kysely<Tables>): ImportRunRepository {
  return {
    async create(run) {
      await db.insertInto('import_runs').values(toRow(run)).execute();
    },

    async save(run) {
      await db
        .insertInto('import_runs')
        .values(toRow(run))
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({
            status: run.status,
            counts: JSON.stringify(run.counts),
            finished_at: run.finishedAt,
          }),
        )
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
        counts: readCounts(row.counts),
        rejectedRows: readRejectedRows(row.rejected_rows),
        startedAt: row.started_at,
        finishedAt: row.finished_at,
      }));
    },
  };
}

// Runs recorded before problems had codes hold English text only; they read as "uncoded".
const uncoded = (text: string) => importProblem('uncoded', { text });

function readCounts(json: string): ImportCounts {
  const counts = JSON.parse(json) as ImportCounts;
  const warnings = counts.warnings as (ImportProblem | string)[];
  return {
    ...counts,
    warnings: warnings.map((item) => (typeof item === 'string' ? uncoded(item) : item)),
  };
}

function readRejectedRows(json: string): RejectedRow[] {
  return (JSON.parse(json) as (Omit<RejectedRow, 'problems'> & Partial<RejectedRow>)[]).map(
    (row) => ({ ...row, problems: row.problems ?? [uncoded(row.reason)] }),
  );
}

function toRow(run: ImportRun) {
  return {
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
  };
}
