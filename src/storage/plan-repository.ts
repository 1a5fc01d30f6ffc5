import type { Kysely, Selectable } from 'kysely';
import type { Effort } from '../domain/plans/effort.js';
import type { EffortRepository } from '../domain/plans/effort-repository.js';
import type {
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  Plan,
  PlanItemKind,
  PlanProblem,
} from '../domain/plans/plan.js';
import type { PlanRepository } from '../domain/plans/plan-repository.js';
import type {
  EffortTable,
  PlanIndicatorTable,
  PlanIndicatorValueTable,
  PlanMeasureTable,
  PlanTable,
  Tables,
} from './tables.js';

const parseList = (text: string) => JSON.parse(text) as string[];

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

function toIndicator(row: Selectable<PlanIndicatorTable>): Indicator {
  return {
    id: row.id,
    goalId: row.goal_id,
    planId: row.plan_id,
    municipalityId: row.municipality_id,
    name: row.name,
    unit: row.unit,
    direction: row.direction as Indicator['direction'],
    baselineValue: row.baseline_value === null ? null : Number(row.baseline_value),
    baselineOn: row.baseline_on,
    targetValue: row.target_value === null ? null : Number(row.target_value),
    targetOn: row.target_on,
    computation:
      row.computation === null ? null : (JSON.parse(row.computation) as Indicator['computation']),
    position: Number(row.position),
  };
}

function toIndicatorValue(row: Selectable<PlanIndicatorValueTable>): IndicatorValue {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    planId: row.plan_id,
    municipalityId: row.municipality_id,
    measuredOn: row.measured_on,
    value: Number(row.value),
    source: row.source as IndicatorValue['source'],
    sourceDetail: row.source_detail,
    note: row.note,
    recordedAt: row.recorded_at,
    recordedByUserId: row.recorded_by_user_id,
  };
}

function toMeasure(row: Selectable<PlanMeasureTable>): Measure {
  return {
    id: row.id,
    planId: row.plan_id,
    municipalityId: row.municipality_id,
    problemId: row.problem_id,
    cause: row.cause,
    categoryCodes: parseList(row.category_codes),
    districtIds: parseList(row.district_ids),
    measure: row.measure,
    operativeGoal: row.operative_goal,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    responsible: row.responsible,
    contactPerson: row.contact_person,
    partners: parseList(row.partners),
    plannedHours: row.planned_hours === null ? null : Number(row.planned_hours),
    costSek: row.cost_sek === null ? null : Number(row.cost_sek),
    statusColour: row.status_colour as Measure['statusColour'],
    statusComment: row.status_comment,
    statusUpdatedAt: row.status_updated_at,
    statusUpdatedByUserId: row.status_updated_by_user_id,
    goalIds: parseList(row.goal_ids),
    position: Number(row.position),
  };
}

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

/** Plans and everything a version holds. Every query is scoped to the municipality. */
export function createPlanRepository(db: Kysely<Tables>): PlanRepository {
  return {
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

    async saveProblem(problem) {
      const values = {
        title: problem.title,
        description: problem.description,
        category_codes: JSON.stringify(problem.categoryCodes),
        district_ids: JSON.stringify(problem.districtIds),
        is_prioritised: problem.isPrioritised ? 1 : 0,
        position: problem.position,
      };
      await db
        .insertInto('plan_problems')
        .values({
          id: problem.id,
          plan_id: problem.planId,
          municipality_id: problem.municipalityId,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async deleteProblem(municipalityId, id) {
      await db
        .deleteFrom('plan_problems')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async listProblems(municipalityId, planId): Promise<PlanProblem[]> {
      const rows = await db
        .selectFrom('plan_problems')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        planId: row.plan_id,
        municipalityId: row.municipality_id,
        title: row.title,
        description: row.description,
        categoryCodes: parseList(row.category_codes),
        districtIds: parseList(row.district_ids),
        isPrioritised: Number(row.is_prioritised) === 1,
        position: Number(row.position),
      }));
    },

    async saveGoal(goal) {
      const values = { title: goal.title, description: goal.description, position: goal.position };
      await db
        .insertInto('plan_goals')
        .values({
          id: goal.id,
          plan_id: goal.planId,
          municipality_id: goal.municipalityId,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async deleteGoal(municipalityId, id) {
      // Explicit rather than by cascade: SQLite enforces foreign keys only when asked to.
      const indicators = await db
        .selectFrom('plan_indicators')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('goal_id', '=', id)
        .execute();
      for (const indicator of indicators) await this.deleteIndicator(municipalityId, indicator.id);
      await db
        .deleteFrom('plan_goals')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async listGoals(municipalityId, planId): Promise<Goal[]> {
      const rows = await db
        .selectFrom('plan_goals')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        planId: row.plan_id,
        municipalityId: row.municipality_id,
        title: row.title,
        description: row.description,
        position: Number(row.position),
      }));
    },

    async saveIndicator(indicator) {
      const values = {
        goal_id: indicator.goalId,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        baseline_value: indicator.baselineValue,
        baseline_on: indicator.baselineOn,
        target_value: indicator.targetValue,
        target_on: indicator.targetOn,
        computation: indicator.computation === null ? null : JSON.stringify(indicator.computation),
        position: indicator.position,
      };
      await db
        .insertInto('plan_indicators')
        .values({
          id: indicator.id,
          plan_id: indicator.planId,
          municipality_id: indicator.municipalityId,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async deleteIndicator(municipalityId, id) {
      await db
        .deleteFrom('plan_indicator_values')
        .where('municipality_id', '=', municipalityId)
        .where('indicator_id', '=', id)
        .execute();
      await db
        .deleteFrom('plan_indicators')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async listIndicators(municipalityId, planId) {
      const rows = await db
        .selectFrom('plan_indicators')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toIndicator);
    },

    async addIndicatorValues(values) {
      // In slices: SQLite allows at most 32766 bound parameters per statement.
      for (let start = 0; start < values.length; start += 500) {
        await db
          .insertInto('plan_indicator_values')
          .values(
            values.slice(start, start + 500).map((value) => ({
              id: value.id,
              indicator_id: value.indicatorId,
              plan_id: value.planId,
              municipality_id: value.municipalityId,
              measured_on: value.measuredOn,
              value: value.value,
              source: value.source,
              source_detail: value.sourceDetail,
              note: value.note,
              recorded_at: value.recordedAt,
              recorded_by_user_id: value.recordedByUserId,
            })),
          )
          .execute();
      }
    },

    async deleteIndicatorValue(municipalityId, id) {
      await db
        .deleteFrom('plan_indicator_values')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async listIndicatorValues(municipalityId, planId) {
      const rows = await db
        .selectFrom('plan_indicator_values')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .orderBy('measured_on')
        .orderBy('recorded_at')
        .orderBy('id')
        .execute();
      return rows.map(toIndicatorValue);
    },

    async saveMeasure(measure) {
      const values = {
        problem_id: measure.problemId,
        cause: measure.cause,
        category_codes: JSON.stringify(measure.categoryCodes),
        district_ids: JSON.stringify(measure.districtIds),
        measure: measure.measure,
        operative_goal: measure.operativeGoal,
        starts_on: measure.startsOn,
        ends_on: measure.endsOn,
        responsible: measure.responsible,
        contact_person: measure.contactPerson,
        partners: JSON.stringify(measure.partners),
        planned_hours: measure.plannedHours,
        cost_sek: measure.costSek,
        status_colour: measure.statusColour,
        status_comment: measure.statusComment,
        status_updated_at: measure.statusUpdatedAt,
        status_updated_by_user_id: measure.statusUpdatedByUserId,
        goal_ids: JSON.stringify(measure.goalIds),
        position: measure.position,
      };
      await db
        .insertInto('plan_measures')
        .values({
          id: measure.id,
          plan_id: measure.planId,
          municipality_id: measure.municipalityId,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async deleteMeasure(municipalityId, id) {
      await db
        .deleteFrom('plan_measures')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async listMeasures(municipalityId, planId): Promise<Measure[]> {
      const rows = await db
        .selectFrom('plan_measures')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toMeasure);
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
