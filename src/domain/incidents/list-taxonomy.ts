import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Category } from './taxonomy.js';

/** The municipality's categories, retired ones included (old incidents still use them). */
export async function listTaxonomy(deps: Deps, actor: Actor): Promise<Category[]> {
  await authorize(deps, actor, 'taxonomy.read', 'taxonomy.list');
  return deps.store.taxonomy.list(actor.municipalityId);
}
