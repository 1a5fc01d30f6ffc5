import type { Period, PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
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
): Promise<{ period: Period; counts: SignalCount[] }> {
  await authorize(deps, actor, 'signal.count', 'signal.count');
  const period = requirePeriod(input.periodKind, input.periodKey);
  return {
    period,
    counts: await deps.store.signals.count(actor.municipalityId, period.from, period.to),
  };
}
