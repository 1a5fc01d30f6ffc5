import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Goal } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  checkRequired,
  findPlanOrThrow,
  resolvePlanId,
  type PlanFieldProblem,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface GoalInput {
  title?: string | undefined;
  description?: string | undefined;
  position?: number | undefined;
}

/** Adds a goal to a draft plan (no `goalId`) or changes one. */
export async function saveGoal(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  goalId: string | null,
  input: GoalInput,
): Promise<Goal> {
  await authorize(deps, actor, 'plan.manage', 'plan.goal.save');
  input = maskFreeTextFields(input, ['title', 'description'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'goal', goalId),
    );
    const existing = await repositories.plans.listGoals(actor.municipalityId, plan.id);
    const current = goalId ? existing.find((goal) => goal.id === goalId) : undefined;
    if (goalId && !current) throw notFound('goal');
    assertContentEditable(plan);
    const problems: PlanFieldProblem[] = [];
    if (!current && input.title === undefined)
      problems.push({ field: 'title', problem: 'required' });
    checkRequired(problems, 'title', input.title);
    assertNoProblems(problems);
    const goal: Goal = {
      id: current?.id ?? randomUUID(),
      planId: plan.id,
      municipalityId: actor.municipalityId,
      title: input.title?.trim() ?? current?.title ?? '',
      description: input.description?.trim() ?? current?.description ?? '',
      position: input.position ?? current?.position ?? existing.length,
    };
    await repositories.plans.saveGoal(goal);
    await recordAudit(repositories, now, actor, {
      action: current ? 'plan.goal.update' : 'plan.goal.create',
      entityType: 'plan_goal',
      entityId: goal.id,
      details: { planId: plan.id },
    });
    return goal;
  });
}
