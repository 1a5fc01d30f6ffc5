import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { LinkedMeasure } from './agreement.js';

/** The measures of the municipality's current plans that a commitment may be linked to. */
export async function listLinkableMeasures(deps: Deps, actor: Actor): Promise<LinkedMeasure[]> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.measures.list');
  return deps.store.agreements.listLinkableMeasures(actor.municipalityId);
}
