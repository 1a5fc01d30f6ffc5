import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { District } from './municipality.js';

/** The districts of every layer, with their geometry, for the map and the pickers. */
export async function listDistricts(deps: Deps, actor: Actor): Promise<District[]> {
  await authorize(deps, actor, 'municipality.read', 'district.list');
  return deps.store.municipalities.listDistricts(actor.municipalityId);
}
