import { randomUUID } from 'node:crypto';
import { parsePeriod, type Period } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { addDays, formatLocalDate } from '../../shared/time/stockholm-time.js';
import type { IndicatorComputation, IndicatorValue } from './plan.js';
import {
  assertProgressRecordable,
  findPlanOrThrow,
  resolvePlanId,
  planInvalid,
} from './plan-rules.js';

/**
 * The count an indicator's computation gives from the picture's per-day counts: the given
 * categories in the whole municipality (no districts), or summed over the given districts.
 * An incident inside two of the given districts (overlapping layers) counts in each.
 */
export function sumComputedCount(
  computation: IndicatorComputation,
  cells: readonly { districtId: string | null; categoryCode: string; count: number }[],
): number {
  const categories = new Set(computation.categoryCodes);
  const districts = new Set(computation.districtIds);
  return cells
    .filter(
      (cell) =>
        categories.has(cell.categoryCode) &&
        (districts.size === 0
          ? cell.districtId === null
          : cell.districtId !== null && districts.has(cell.districtId)),
    )
    .reduce((sum, cell) => sum + cell.count, 0);
}

/** The last day of a period: the day a computed value describes. */
const lastDayOf = (period: Period): string => formatLocalDate(addDays(period.endDay, -1));

/**
 * Computes an indicator's value for a year or tertial from the situation picture (the daily
 * rollups of counting incidents) and records it with source "picture" and the period. A value
 * computed earlier for the same period is replaced: the incidents may have been corrected.
 */
export async function computeIndicatorValue(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  indicatorId: string,
  input: { periodKey: string },
): Promise<IndicatorValue> {
  await authorize(deps, actor, 'plan.manage', 'plan.indicator_value.compute');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const { municipalityId } = actor;
    const plan = await findPlanOrThrow(
      repositories,
      municipalityId,
      await resolvePlanId(repositories, municipalityId, planId, 'indicator', indicatorId),
    );
    const indicator = (await repositories.plans.listIndicators(municipalityId, plan.id)).find(
      (item) => item.id === indicatorId,
    );
    if (!indicator) throw notFound('indicator');
    assertProgressRecordable(plan);
    const { computation } = indicator;
    if (!computation) throw planInvalid([{ field: 'computation', problem: 'not_computable' }]);
    const period = parsePeriod(computation.periodKind, input.periodKey);
    if (!period)
      throw planInvalid([
        { field: 'periodKey', problem: 'invalid_period', value: input.periodKey },
      ]);
    const cells = await repositories.situation.countByDistrictAndCategory(
      municipalityId,
      period.from,
      period.to,
    );
    const value: IndicatorValue = {
      id: randomUUID(),
      indicatorId,
      planId: plan.id,
      municipalityId,
      measuredOn: lastDayOf(period),
      value: sumComputedCount(computation, cells),
      source: 'picture',
      sourceDetail: period.key,
      note: '',
      recordedAt: now.toISOString(),
      recordedByUserId: actor.userId,
    };
    for (const earlier of await repositories.plans.listIndicatorValues(municipalityId, plan.id)) {
      if (
        earlier.indicatorId === indicatorId &&
        earlier.source === 'picture' &&
        earlier.sourceDetail === period.key
      )
        await repositories.plans.deleteIndicatorValue(municipalityId, earlier.id);
    }
    await repositories.plans.addIndicatorValues([value]);
    await recordAudit(repositories, now, actor, {
      action: 'plan.indicator_value.compute',
      entityType: 'plan_indicator',
      entityId: indicatorId,
      details: { planId: plan.id, period: period.key, value: value.value },
    });
    return value;
  });
}
