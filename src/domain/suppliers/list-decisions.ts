import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { SupplierDecision } from './contract.js';
import { findSupplierOrThrow } from './supplier-records.js';

/** Every decision on a supplier, newest first, with its note; reading them is audited. */
export async function listDecisions(
  deps: Deps,
  actor: Actor,
  supplierId: string,
): Promise<SupplierDecision[]> {
  await authorize(deps, actor, 'supplier.read', 'supplier.decision.list');
  return deps.store.transaction(async (repositories) => {
    await findSupplierOrThrow(repositories, actor.municipalityId, supplierId);
    const decisions = await repositories.supplierDecisions.list(actor.municipalityId, supplierId);
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'supplier.decision.list',
      entityType: 'supplier',
      entityId: supplierId,
      details: { count: decisions.length },
    });
    return decisions;
  });
}
