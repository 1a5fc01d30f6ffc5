import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { SignalCount } from './signal.js';

/**
 * How many signals were observed in a span, by category, district and status: what every
 * role may see, politicians included. No text, no sources, no links.
 */
export async function countSignals(
  deps: Deps,
  actor: Actor,
  span: { from: string; to: string },
): Promise<SignalCount[]> {
  await authorize(deps, actor, 'situation.read', 'signal.count');
  return deps.store.signals.count(actor.municipalityId, span.from, span.to);
}
