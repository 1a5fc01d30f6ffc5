import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Contract } from './contract.js';

/** The municipality's contracts, newest start first, of one supplier when given; audited. */
export async function listContracts(
  deps: Deps,
  actor: Actor,
  supplierId?: string,
): Promise<(Contract & { supplierName: string })[]> {
  await authorize(deps, actor, 'supplier.read', 'contract.list');
  return deps.store.transaction(async (repositories) => {
    const contracts = await repositories.contracts.list(actor.municipalityId, supplierId);
    const names = new Map(
      (await repositories.suppliers.list(actor.municipalityId)).map((supplier) => [
        supplier.id,
        supplier.name,
      ]),
    );
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'contract.list',
      entityType: 'contract',
      entityId: null,
      details: { count: contracts.length, supplierId: supplierId ?? null },
    });
    return contracts.map((contract) => ({
      ...contract,
      supplierName: names.get(contract.supplierId) ?? '',
    }));
  });
}
