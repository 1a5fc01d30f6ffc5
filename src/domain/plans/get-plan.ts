import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import type { Plan, PlanDetail } from './plan.js';
import { findPlanOrThrow, withStatus } from './plan-rules.js';
import { succeedingPlan } from './plan-succession.js';

/** A version with its problems, goals (indicators and their values), measures and snapshot. */
export async function loadPlanDetail(
  deps: Deps,
  repositories: Repositories,
  plan: Plan,
  now: Date,
): Promise<PlanDetail> {
  const { municipalityId, id } = plan;
  const [problems, goals, indicators, values, measures, snapshot, plans] = await Promise.all([
    repositories.plans.listProblems(municipalityId, id),
    repositories.plans.listGoals(municipalityId, id),
    repositories.plans.listIndicators(municipalityId, id),
    repositories.plans.listIndicatorValues(municipalityId, id),
    repositories.plans.listMeasures(municipalityId, id),
    repositories.plans.findSnapshot(municipalityId, id),
    repositories.plans.list(municipalityId, {}),
  ]);
  const successor = succeedingPlan(plan, plans);
  return {
    ...withStatus(plan, deps, now),
    problems,
    goals: goals.map((goal) => ({
      ...goal,
      indicators: indicators
        .filter((indicator) => indicator.goalId === goal.id)
        .map((indicator) => ({
          ...indicator,
          values: values.filter((value) => value.indicatorId === indicator.id),
        })),
    })),
    measures,
    snapshot,
    supersededBy: successor && { id: successor.id, title: successor.title },
  };
}

/**
 * One version of a plan with everything it holds. Any version stays readable after a
 * revision replaced it. Plans hold no personal data, so reading is not audited.
 */
export async function getPlan(deps: Deps, actor: Actor, id: string): Promise<PlanDetail> {
  await authorize(deps, actor, 'plan.read', 'plan.read');
  const now = deps.clock();
  const plan = await findPlanOrThrow(deps.store, actor.municipalityId, id);
  return loadPlanDetail(deps, deps.store, plan, now);
}
