import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { isEffortEvaluated, type Effort } from './effort.js';
import type { Goal, Measure, PlanProblem } from './plan.js';
import { findPlanOrThrow } from './plan-rules.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface ProblemCoverage {
  problem: PlanProblem;
  /** Efforts of the register linked to the problem. */
  effortIds: string[];
  /** The plan's own measures working on it. */
  measureIds: string[];
}

interface GapView {
  planId: string;
  /** Every prioritised problem with what addresses it. */
  prioritisedProblems: ProblemCoverage[];
  /**
   * Prioritised problems that neither an effort of the register nor a measure of the plan
   * addresses: the mapping's gaps. A measure added for a problem closes its gap at once.
   */
  unaddressedProblems: ProblemCoverage[];
  /** Goals that neither a measure of the plan nor an effort serves. */
  goalsWithoutWork: Goal[];
  /** Efforts still running (no end, or ending today or later) that nobody has evaluated. */
  unevaluatedEfforts: Effort[];
}

/** Pure: the gaps of one plan version against the register. */
function findGaps(
  planId: string,
  problems: readonly PlanProblem[],
  goals: readonly Goal[],
  measures: readonly Measure[],
  efforts: readonly Effort[],
  today: string,
): GapView {
  const prioritisedProblems = problems
    .filter((problem) => problem.isPrioritised)
    .map((problem) => ({
      problem,
      effortIds: efforts
        .filter((effort) => effort.problemIds.includes(problem.id))
        .map((effort) => effort.id),
      measureIds: measures
        .filter((measure) => measure.problemId === problem.id)
        .map((measure) => measure.id),
    }));
  return {
    planId,
    prioritisedProblems,
    unaddressedProblems: prioritisedProblems.filter(
      (coverage) => coverage.effortIds.length === 0 && coverage.measureIds.length === 0,
    ),
    goalsWithoutWork: goals.filter(
      (goal) =>
        !measures.some((measure) => measure.goalIds.includes(goal.id)) &&
        !efforts.some((effort) => effort.goalIds.includes(goal.id)),
    ),
    unevaluatedEfforts: efforts.filter(
      (effort) =>
        !isEffortEvaluated(effort) && (effort.endedOn === null || effort.endedOn >= today),
    ),
  };
}

/**
 * The gap view of a plan version: prioritised problems nothing addresses, goals nothing
 * works towards, and running efforts nobody has evaluated.
 */
export async function getGapView(deps: Deps, actor: Actor, planId: string): Promise<GapView> {
  await authorize(deps, actor, 'plan.read', 'plan.gaps');
  const { municipalityId } = actor;
  const plan = await findPlanOrThrow(deps.store, municipalityId, planId);
  const [problems, goals, measures, efforts] = await Promise.all([
    deps.store.plans.listProblems(municipalityId, plan.id),
    deps.store.plans.listGoals(municipalityId, plan.id),
    deps.store.plans.listMeasures(municipalityId, plan.id),
    deps.store.efforts.list(municipalityId),
  ]);
  return findGaps(plan.id, problems, goals, measures, efforts, stockholmToday(deps.clock()));
}
