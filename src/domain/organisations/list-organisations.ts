import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Organisation } from './organisation.js';

export async function listOrganisations(
  deps: Deps,
  actor: Actor,
): Promise<(Organisation & { userCount: number })[]> {
  await authorize(deps, actor, 'organisation.list', 'organisation.list');
  return deps.store.organisations.list(actor.municipalityId);
}
