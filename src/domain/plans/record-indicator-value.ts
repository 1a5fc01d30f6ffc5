import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { IndicatorValue } from './plan.js';
import {
  assertNoProblems,
  assertProgressRecordable,
  findPlanOrThrow,
  resolvePlanId,
  type PlanFieldProblem,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface IndicatorValueInput {
  value: number;
  measuredOn: string;
  note?: string | undefined;
}

/** A value entered by hand, with its day; the source ("manual"), who and when are kept beside it. */
export async function recordIndicatorValue(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  indicatorId: string,
  input: IndicatorValueInput,
): Promise<IndicatorValue> {
  await authorize(deps, actor, 'plan.manage', 'plan.indicator_value.record');
  input = maskFreeTextFields(input, ['note'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'indicator', indicatorId),
    );
    const indicators = await repositories.plans.listIndicators(actor.municipalityId, plan.id);
    if (!indicators.some((indicator) => indicator.id === indicatorId)) throw notFound('indicator');
    assertProgressRecordable(plan);
    const problems: PlanFieldProblem[] = [];
    if (!isCalendarDay(input.measuredOn))
      problems.push({ field: 'measuredOn', problem: 'invalid_date', value: input.measuredOn });
    if (!Number.isFinite(input.value)) problems.push({ field: 'value', problem: 'invalid_number' });
    assertNoProblems(problems);
    const value: IndicatorValue = {
      id: randomUUID(),
      indicatorId,
      planId: plan.id,
      municipalityId: actor.municipalityId,
      measuredOn: input.measuredOn,
      value: input.value,
      source: 'manual',
      sourceDetail: '',
      note: input.note?.trim() ?? '',
      recordedAt: now.toISOString(),
      recordedByUserId: actor.userId,
    };
    await repositories.plans.addIndicatorValues([value]);
    await recordAudit(repositories, now, actor, {
      action: 'plan.indicator_value.record',
      entityType: 'plan_indicator',
      entityId: indicatorId,
      details: { planId: plan.id, measuredOn: value.measuredOn, source: 'manual' },
    });
    return value;
  });
}
