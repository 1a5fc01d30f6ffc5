import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { RegisterSupplierInput } from './register-supplier.js';
import type { Supplier } from './supplier.js';
import { findSupplierOrThrow } from './supplier-records.js';

type UpdateSupplierInput = Partial<Omit<RegisterSupplierInput, 'organisationNumber'>>;

/**
 * Changes a supplier's name, address, phone or beneficial owners. The organisation number
 * never changes: a new number is a new supplier. The audit entry names the fields changed.
 */
export async function updateSupplier(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: UpdateSupplierInput,
): Promise<Supplier> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await findSupplierOrThrow(repositories, actor.municipalityId, id);
    const supplier: Supplier = {
      ...current,
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.address !== undefined ? { address: changes.address } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.beneficialOwners !== undefined
        ? { beneficialOwners: changes.beneficialOwners }
        : {}),
      updatedAt: now.toISOString(),
    };
    await repositories.suppliers.save(supplier);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.update',
      entityType: 'supplier',
      entityId: id,
      details: { fields: Object.keys(changes).sort() },
    });
    return supplier;
  });
}
