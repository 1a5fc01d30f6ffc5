import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { PoliceTypeMapping } from './police-type-mapping.js';

/** The municipality's own police type → category entries, by type. */
export async function listPoliceTypeMappings(
  deps: Deps,
  actor: Actor,
): Promise<PoliceTypeMapping[]> {
  await authorize(deps, actor, 'taxonomy.read', 'police_type_mapping.list');
  return deps.store.policeTypeMappings.list(actor.municipalityId);
}
