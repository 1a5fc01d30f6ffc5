import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { SignalCount } from './signal.js';

/**
 * How many signals were observed in a span, by category, district and status: what the
 * municipality's own roles may see, politicians included. No text, no sources, no links.
 * Partners' reporters do not: signals of organized crime by district are not theirs to see.
 */
export async function countSignals(
  deps: Deps,
  actor: Actor,
  span: { from: string; to: string },
): Promise<SignalCount[]> {
  await authorize(deps, actor, 'signal.count', 'signal.count');
  return deps.store.signals.count(actor.municipalityId, span.from, span.to);
}
