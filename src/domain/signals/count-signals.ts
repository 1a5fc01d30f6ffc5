import { aggregatePeriod, protectCounts } from '../../analysis/disclosure-control.js';
import type { Period, PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { requirePeriod } from '../situation/require-period.js';
import type { SignalCount } from './signal.js';

/**
 * How many signals were observed in a span, by category, district and status: what the
 * municipality's own roles may see, politicians included. No text, no sources, no links.
 * Partners' reporters do not: signals of organized crime by district are not theirs to see.
 */
export async function countSignals(
  deps: Deps,
  actor: Actor,
  input: { periodKind: PeriodKind; periodKey: string },
): Promise<{ period: Period; counts: ShownSignalCount[]; hasSmallCountsHidden: boolean }> {
  await authorize(deps, actor, 'signal.count', 'signal.count');
  // Those who may not read the register see aggregates only: the small-count rule
  // (src/analysis/disclosure-control.ts), with custom periods of whole weeks.
  const isAggregatesOnly = !isPermitted(actor, 'signal.read');
  const requested = requirePeriod(input.periodKind, input.periodKey);
  const period = isAggregatesOnly ? aggregatePeriod(requested) : requested;
  const counts = await deps.store.signals.count(actor.municipalityId, period.from, period.to);
  if (!isAggregatesOnly) return { period, counts, hasSmallCountsHidden: false };
  // The rule works district layer by layer; a district missing from the list is its own.
  const districts = await deps.store.municipalities.listDistricts(actor.municipalityId);
  const layerOfDistrict = new Map(districts.map((district) => [district.id, district.layerId]));
  return {
    period,
    counts: protectCounts(
      counts,
      (cell) => `${cell.categoryCode}\u0000${cell.status}`,
      (districtId) => layerOfDistrict.get(districtId) ?? districtId,
    ),
    hasSmallCountsHidden: true,
  };
}

/** A count as its reader sees it: null where the small-count rule hides it. */
type ShownSignalCount = Omit<SignalCount, 'count'> & { count: number | null };
