import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

/** Removes an effort from the register (a mistaken entry; an ended effort gets `endedOn`). */
export async function deleteEffort(deps: Deps, actor: Actor, effortId: string): Promise<void> {
  await authorize(deps, actor, 'plan.manage', 'effort.delete');
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    const effort = await repositories.efforts.find(actor.municipalityId, effortId);
    if (!effort) throw notFound('effort');
    await repositories.efforts.delete(actor.municipalityId, effortId);
    await recordAudit(repositories, now, actor, {
      action: 'effort.delete',
      entityType: 'effort',
      entityId: effortId,
      details: { name: effort.name },
    });
  });
}
