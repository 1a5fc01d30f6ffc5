import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Contract } from './contract.js';
import type { Supplier } from './supplier.js';
import { findSupplierOrThrow } from './supplier-records.js';

interface SupplierDetail {
  supplier: Supplier;
  contracts: Contract[];
  /** Contracts where the supplier is a reported subcontractor. */
  subcontractorOf: Contract[];
}

/** One supplier with its contracts. Reading it is recorded in the audit log. */
export async function getSupplier(deps: Deps, actor: Actor, id: string): Promise<SupplierDetail> {
  await authorize(deps, actor, 'supplier.read', 'supplier.read');
  return deps.store.transaction(async (repositories) => {
    const supplier = await findSupplierOrThrow(repositories, actor.municipalityId, id);
    const contracts = await repositories.contracts.list(actor.municipalityId, id);
    const subcontractorOf = await repositories.contracts.listAsSubcontractor(
      actor.municipalityId,
      id,
    );
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'supplier.read',
      entityType: 'supplier',
      entityId: id,
    });
    return { supplier, contracts, subcontractorOf };
  });
}
