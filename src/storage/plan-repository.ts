import type { Kysely, Selectable } from 'kysely';
import type { Plan, PlanItemKind } from '../domain/plans/plan.js';
import type { PlanRepository } from '../domain/plans/plan-repository.js';
import { createPlanContentQueries } from './plan-content-queries.js';
import type { PlanTable, Tables } from './tables.js';

function toPlan(row: Selectable<PlanTable>): Plan {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    lineageId: row.lineage_id,
    version: Number(row.version),
    revisesPlanId: row.revises_plan_id,
    title: row.title,
    kind: row.kind as Plan['kind'],
    owner: row.owner,
    summary: row.summary,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    followUpIntervalMonths: Number(row.follow_up_interval_months),
    decision:
      row.decision_body !== null && row.decided_on !== null && row.case_number !== null
        ? {
            body: row.decision_body as NonNullable<Plan['decision']>['body'],
            bodyName: row.decision_body_name ?? '',
            decidedOn: row.decided_on,
            caseNumber: row.case_number,
          }
        : null,
    adoptedAt: row.adopted_at,
    adoptedByUserId: row.adopted_by_user_id,
    replacedByPlanId: row.replaced_by_plan_id,
    replacedOn: row.replaced_on,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Plans and everything a version holds. Every query is scoped to the municipality. */
export function createPlanRepository(db: Kysely<Tables>): PlanRepository {
  return {
    ...createPlanContentQueries(db),

    async save(plan) {
      const values = {
        title: plan.title,
        kind: plan.kind,
        owner: plan.owner,
        summary: plan.summary,
        valid_from: plan.validFrom,
        valid_until: plan.validUntil,
        follow_up_interval_months: plan.followUpIntervalMonths,
        decision_body: plan.decision?.body ?? null,
        decision_body_name: plan.decision?.bodyName ?? null,
        decided_on: plan.decision?.decidedOn ?? null,
        case_number: plan.decision?.caseNumber ?? null,
        adopted_at: plan.adoptedAt,
        adopted_by_user_id: plan.adoptedByUserId,
        replaced_by_plan_id: plan.replacedByPlanId,
        replaced_on: plan.replacedOn,
        updated_at: plan.updatedAt,
      };
      await db
        .insertInto('plans')
        .values({
          id: plan.id,
          municipality_id: plan.municipalityId,
          lineage_id: plan.lineageId,
          version: plan.version,
          revises_plan_id: plan.revisesPlanId,
          created_by_user_id: plan.createdByUserId,
          created_at: plan.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toPlan(row) : null;
    },

    async list(municipalityId, filter) {
      let query = db.selectFrom('plans').selectAll().where('municipality_id', '=', municipalityId);
      if (filter.lineageId) query = query.where('lineage_id', '=', filter.lineageId);
      const rows = await query.orderBy('lineage_id').orderBy('version').execute();
      let plans = rows.map(toPlan);
      if (filter.isLatestOnly) {
        const latest = new Map<string, Plan>();
        for (const plan of plans) latest.set(plan.lineageId, plan);
        plans = [...latest.values()];
      }
      // Drafts first, then the newest decision; a stable order for equal days.
      return plans.sort(
        (a, b) =>
          Number(a.decision !== null) - Number(b.decision !== null) ||
          (b.decision?.decidedOn ?? '').localeCompare(a.decision?.decidedOn ?? '') ||
          b.createdAt.localeCompare(a.createdAt) ||
          a.id.localeCompare(b.id),
      );
    },

    async saveSnapshot(municipalityId, snapshot) {
      const values = {
        period_kind: snapshot.periodKind,
        period_key: snapshot.periodKey,
        picture: JSON.stringify(snapshot.picture),
        saved_at: snapshot.savedAt,
        saved_by_user_id: snapshot.savedByUserId,
      };
      await db
        .insertInto('plan_snapshots')
        .values({ plan_id: snapshot.planId, municipality_id: municipalityId, ...values })
        .onConflict((conflict) => conflict.column('plan_id').doUpdateSet(values))
        .execute();
    },

    async findSnapshot(municipalityId, planId) {
      const row = await db
        .selectFrom('plan_snapshots')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      return row
        ? {
            planId: row.plan_id,
            periodKind: row.period_kind,
            periodKey: row.period_key,
            picture: JSON.parse(row.picture) as unknown,
            savedAt: row.saved_at,
            savedByUserId: row.saved_by_user_id,
          }
        : null;
    },

    async findPlanIdOf(municipalityId, kind, id) {
      const table = {
        problem: 'plan_problems',
        goal: 'plan_goals',
        indicator: 'plan_indicators',
        measure: 'plan_measures',
        indicator_value: 'plan_indicator_values',
      } as const satisfies Record<PlanItemKind, keyof Tables>;
      const row = await db
        .selectFrom(table[kind])
        .select('plan_id')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.plan_id ?? null;
    },
  };
}
