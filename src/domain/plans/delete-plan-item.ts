import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { PlanItemKind } from './plan.js';
import {
  assertContentEditable,
  assertProgressRecordable,
  findPlanOrThrow,
  resolvePlanId,
} from './plan-rules.js';

/**
 * Removes a problem, goal (with its indicators and their values), indicator (with its
 * values) or measure from a draft; or a wrongly recorded indicator value from any plan not
 * yet replaced. Links to a removed goal or problem are dropped from the plan's measures.
 */
export async function deletePlanItem(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  kind: PlanItemKind,
  itemId: string,
): Promise<void> {
  await authorize(deps, actor, 'plan.manage', `plan.${kind}.delete`);
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    const { municipalityId } = actor;
    const plan = await findPlanOrThrow(
      repositories,
      municipalityId,
      await resolvePlanId(repositories, municipalityId, planId, kind, itemId),
    );
    const plans = repositories.plans;
    const ids =
      kind === 'problem'
        ? (await plans.listProblems(municipalityId, plan.id)).map((item) => item.id)
        : kind === 'goal'
          ? (await plans.listGoals(municipalityId, plan.id)).map((item) => item.id)
          : kind === 'indicator'
            ? (await plans.listIndicators(municipalityId, plan.id)).map((item) => item.id)
            : kind === 'measure'
              ? (await plans.listMeasures(municipalityId, plan.id)).map((item) => item.id)
              : (await plans.listIndicatorValues(municipalityId, plan.id)).map((item) => item.id);
    if (!ids.includes(itemId)) throw notFound(kind.replace('_', ' '));
    if (kind === 'indicator_value') assertProgressRecordable(plan);
    else assertContentEditable(plan);

    if (kind === 'problem' || kind === 'goal') {
      for (const measure of await plans.listMeasures(municipalityId, plan.id)) {
        const goalIds = measure.goalIds.filter((id) => id !== itemId);
        const problemId = measure.problemId === itemId ? null : measure.problemId;
        if (goalIds.length !== measure.goalIds.length || problemId !== measure.problemId)
          await plans.saveMeasure({ ...measure, goalIds, problemId });
      }
    }
    if (kind === 'problem') await plans.deleteProblem(municipalityId, itemId);
    else if (kind === 'goal') await plans.deleteGoal(municipalityId, itemId);
    else if (kind === 'indicator') await plans.deleteIndicator(municipalityId, itemId);
    else if (kind === 'measure') await plans.deleteMeasure(municipalityId, itemId);
    else await plans.deleteIndicatorValue(municipalityId, itemId);
    await recordAudit(repositories, now, actor, {
      action: `plan.${kind}.delete`,
      entityType: `plan_${kind}`,
      entityId: itemId,
      details: { planId: plan.id },
    });
  });
}
