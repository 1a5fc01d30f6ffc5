import type { Kysely, Selectable } from 'kysely';
import type { Effort } from '../domain/plans/effort.js';
import type { EffortRepository } from '../domain/plans/effort-repository.js';
import type { EffortTable, Tables } from './tables.js';

const parseList = (text: string) => JSON.parse(text) as string[];

function toEffort(row: Selectable<EffortTable>): Effort {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    name: row.name,
    level: row.level as Effort['level'],
    owner: row.owner,
    targetGroup: row.target_group,
    evidenceBasis: row.evidence_basis,
    evaluation: row.evaluation as Effort['evaluation'],
    evaluationNote: row.evaluation_note,
    goalIds: parseList(row.goal_ids),
    problemIds: parseList(row.problem_ids),
    startedOn: row.started_on,
    endedOn: row.ended_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The register of efforts (kartläggning). */
export function createEffortRepository(db: Kysely<Tables>): EffortRepository {
  return {
    async save(effort) {
      const values = {
        name: effort.name,
        level: effort.level,
        owner: effort.owner,
        target_group: effort.targetGroup,
        evidence_basis: effort.evidenceBasis,
        evaluation: effort.evaluation,
        evaluation_note: effort.evaluationNote,
        goal_ids: JSON.stringify(effort.goalIds),
        problem_ids: JSON.stringify(effort.problemIds),
        started_on: effort.startedOn,
        ended_on: effort.endedOn,
        updated_at: effort.updatedAt,
      };
      await db
        .insertInto('efforts')
        .values({
          id: effort.id,
          municipality_id: effort.municipalityId,
          created_at: effort.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('efforts')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEffort(row) : null;
    },

    async list(municipalityId) {
      const rows = await db
        .selectFrom('efforts')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .execute();
      const levelOrder = { local: 0, regional: 1, national: 2 } as Record<string, number>;
      return rows
        .map(toEffort)
        .sort(
          (a, b) =>
            (levelOrder[a.level] ?? 9) - (levelOrder[b.level] ?? 9) ||
            a.name.localeCompare(b.name, 'sv') ||
            a.id.localeCompare(b.id),
        );
    },

    async delete(municipalityId, id) {
      await db
        .deleteFrom('efforts')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },
  };
}
