import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { viewChecks, type CheckView } from './check-view.js';
import { findSupplierOrThrow } from './supplier-records.js';

/** A supplier's whole history of checks, newest first, with evidence and matches; audited. */
export async function listSupplierChecks(
  deps: Deps,
  actor: Actor,
  supplierId: string,
): Promise<CheckView[]> {
  await authorize(deps, actor, 'supplier.read', 'supplier.check.list');
  return deps.store.transaction(async (repositories) => {
    await findSupplierOrThrow(repositories, actor.municipalityId, supplierId);
    const checks = await repositories.supplierChecks.listForSupplier(
      actor.municipalityId,
      supplierId,
    );
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'supplier.check.list',
      entityType: 'supplier',
      entityId: supplierId,
      details: { count: checks.length },
    });
    return viewChecks(repositories, actor.municipalityId, supplierId, checks);
  });
}
