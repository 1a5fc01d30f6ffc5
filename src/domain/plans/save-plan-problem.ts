import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { PlanProblem } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  checkPictureReferences,
  checkRequired,
  findPlanOrThrow,
  resolvePlanId,
  type PlanFieldProblem,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface PlanProblemInput {
  title?: string | undefined;
  description?: string | undefined;
  categoryCodes?: string[] | undefined;
  districtIds?: string[] | undefined;
  isPrioritised?: boolean | undefined;
  position?: number | undefined;
}

/**
 * Adds a problem to a draft plan (no `problemId`) or changes one: what the plan works
 * against, linked to the picture's categories and districts or in free text, prioritised or
 * not. Prioritised problems are what the gap view checks.
 */
export async function savePlanProblem(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  problemId: string | null,
  input: PlanProblemInput,
): Promise<PlanProblem> {
  await authorize(deps, actor, 'plan.manage', 'plan.problem.save');
  input = maskFreeTextFields(input, ['title', 'description'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'problem', problemId),
    );
    const existing = await repositories.plans.listProblems(actor.municipalityId, plan.id);
    const current = problemId ? existing.find((problem) => problem.id === problemId) : undefined;
    if (problemId && !current) throw notFound('problem');
    assertContentEditable(plan);
    const problems: PlanFieldProblem[] = [];
    if (!current && input.title === undefined)
      problems.push({ field: 'title', problem: 'required' });
    checkRequired(problems, 'title', input.title);
    await checkPictureReferences(repositories, actor.municipalityId, problems, input);
    assertNoProblems(problems);
    const problem: PlanProblem = {
      id: current?.id ?? randomUUID(),
      planId: plan.id,
      municipalityId: actor.municipalityId,
      title: input.title?.trim() ?? current?.title ?? '',
      description: input.description?.trim() ?? current?.description ?? '',
      categoryCodes: input.categoryCodes
        ? [...new Set(input.categoryCodes)]
        : (current?.categoryCodes ?? []),
      districtIds: input.districtIds
        ? [...new Set(input.districtIds)]
        : (current?.districtIds ?? []),
      isPrioritised: input.isPrioritised ?? current?.isPrioritised ?? false,
      position: input.position ?? current?.position ?? existing.length,
    };
    await repositories.plans.saveProblem(problem);
    await recordAudit(repositories, now, actor, {
      action: current ? 'plan.problem.update' : 'plan.problem.create',
      entityType: 'plan_problem',
      entityId: problem.id,
      details: { planId: plan.id, isPrioritised: problem.isPrioritised },
    });
    return problem;
  });
}
