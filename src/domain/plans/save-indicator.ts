import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Indicator, IndicatorComputation, IndicatorDirection } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  checkPictureReferences,
  checkRequired,
  checkSpan,
  findPlanOrThrow,
  resolvePlanId,
  type PlanFieldProblem,
} from './plan-rules.js';

interface IndicatorInput {
  /** The goal it measures; required when adding, may move it to another goal of the plan. */
  goalId?: string | undefined;
  name?: string | undefined;
  unit?: string | undefined;
  direction?: IndicatorDirection | undefined;
  baselineValue?: number | null | undefined;
  baselineOn?: string | null | undefined;
  targetValue?: number | null | undefined;
  targetOn?: string | null | undefined;
  computation?: IndicatorComputation | null | undefined;
  position?: number | undefined;
}

const pick = <T>(given: T | undefined, current: T | undefined, fallback: T): T =>
  given !== undefined ? given : current !== undefined ? current : fallback;

/**
 * Adds an indicator to a goal of a draft plan (no `indicatorId`) or changes one: unit, which
 * direction is good, baseline and target (value and day), and optionally how to compute its
 * values from the situation picture (categories, districts, year or tertial).
 */
export async function saveIndicator(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  indicatorId: string | null,
  input: IndicatorInput,
): Promise<Indicator> {
  await authorize(deps, actor, 'plan.manage', 'plan.indicator.save');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'indicator', indicatorId),
    );
    const existing = await repositories.plans.listIndicators(actor.municipalityId, plan.id);
    const current = indicatorId ? existing.find((item) => item.id === indicatorId) : undefined;
    if (indicatorId && !current) throw notFound('indicator');
    assertContentEditable(plan);
    const problems: PlanFieldProblem[] = [];
    if (!current) {
      for (const field of ['goalId', 'name', 'unit', 'direction'] as const)
        if (input[field] === undefined) problems.push({ field, problem: 'required' });
    }
    checkRequired(problems, 'name', input.name);
    const goalId = input.goalId ?? current?.goalId;
    if (input.goalId !== undefined) {
      const goals = await repositories.plans.listGoals(actor.municipalityId, plan.id);
      if (!goals.some((goal) => goal.id === input.goalId))
        problems.push({ field: 'goalId', problem: 'goal_unknown' });
    }
    checkSpan(
      problems,
      { field: 'baselineOn', value: pick(input.baselineOn, current?.baselineOn, null) },
      { field: 'targetOn', value: pick(input.targetOn, current?.targetOn, null) },
    );
    if (input.computation) {
      if (input.computation.categoryCodes.length === 0)
        problems.push({ field: 'computation.categoryCodes', problem: 'required' });
      await checkPictureReferences(
        repositories,
        actor.municipalityId,
        problems,
        input.computation,
        'computation.',
      );
    }
    assertNoProblems(problems);
    const indicator: Indicator = {
      id: current?.id ?? randomUUID(),
      goalId: goalId ?? '',
      planId: plan.id,
      municipalityId: actor.municipalityId,
      name: input.name?.trim() ?? current?.name ?? '',
      unit: input.unit?.trim() ?? current?.unit ?? '',
      direction: pick(input.direction, current?.direction, 'down'),
      baselineValue: pick(input.baselineValue, current?.baselineValue, null),
      baselineOn: pick(input.baselineOn, current?.baselineOn, null),
      targetValue: pick(input.targetValue, current?.targetValue, null),
      targetOn: pick(input.targetOn, current?.targetOn, null),
      computation: pick(
        input.computation === undefined || input.computation === null
          ? input.computation
          : {
              categoryCodes: [...new Set(input.computation.categoryCodes)],
              districtIds: [...new Set(input.computation.districtIds)],
              periodKind: input.computation.periodKind,
            },
        current?.computation,
        null,
      ),
      position: input.position ?? current?.position ?? existing.length,
    };
    await repositories.plans.saveIndicator(indicator);
    await recordAudit(repositories, now, actor, {
      action: current ? 'plan.indicator.update' : 'plan.indicator.create',
      entityType: 'plan_indicator',
      entityId: indicator.id,
      details: { planId: plan.id, goalId: indicator.goalId },
    });
    return indicator;
  });
}
