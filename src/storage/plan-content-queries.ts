import type { Kysely, Selectable } from 'kysely';
import type {
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  PlanProblem,
} from '../domain/plans/plan.js';
import type { PlanRepository } from '../domain/plans/plan-repository.js';
import type {
  PlanIndicatorTable,
  PlanIndicatorValueTable,
  PlanMeasureTable,
  Tables,
} from './tables.js';

/** What a plan version holds: problems, goals, indicators and their values, measures. */
type PlanContentQueries = Pick<
  PlanRepository,
  | 'saveProblem'
  | 'deleteProblem'
  | 'listProblems'
  | 'saveGoal'
  | 'deleteGoal'
  | 'listGoals'
  | 'saveIndicator'
  | 'deleteIndicator'
  | 'listIndicators'
  | 'addIndicatorValues'
  | 'deleteIndicatorValue'
  | 'listIndicatorValues'
  | 'saveMeasure'
  | 'deleteMeasure'
  | 'listMeasures'
>;

const parseList = (text: string) => JSON.parse(text) as string[];

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

/** A plan version's contents, for the plan repository. Every query is scoped to the municipality. */
export function createPlanContentQueries(db: Kysely<Tables>): PlanContentQueries {
  return {
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
  };
}
