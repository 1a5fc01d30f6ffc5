import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';

/**
 * Computes the municipality's picture rollups again from its incidents. They are a cache
 * that every incident write keeps exact; this is the repair for a database changed by hand
 * or restored from an old backup. Recorded in the audit log.
 */
export async function rebuildRollups(deps: Deps, actor: Actor): Promise<void> {
  await authorize(deps, actor, 'situation.rebuild', 'situation.rebuild_rollups');
  await deps.store.transaction(async (repositories) => {
    await repositories.situation.rebuildRollups(actor.municipalityId);
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'situation.rebuild_rollups',
      entityType: 'municipality',
      entityId: actor.municipalityId,
    });
  });
}
