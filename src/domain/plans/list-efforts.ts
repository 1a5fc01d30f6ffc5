import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Effort } from './effort.js';

/** The register of efforts: local, then regional, then national; by name. */
export async function listEfforts(deps: Deps, actor: Actor): Promise<Effort[]> {
  await authorize(deps, actor, 'plan.read', 'effort.list');
  return deps.store.efforts.list(actor.municipalityId);
}

/** One effort of the register. */
export async function getEffort(deps: Deps, actor: Actor, effortId: string): Promise<Effort> {
  await authorize(deps, actor, 'plan.read', 'effort.read');
  const effort = await deps.store.efforts.find(actor.municipalityId, effortId);
  if (!effort) throw notFound('effort');
  return effort;
}
