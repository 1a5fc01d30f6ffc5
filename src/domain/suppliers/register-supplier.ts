import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, UniqueViolation } from '../errors.js';
import {
  requireOrganisationNumber,
  type BeneficialOwner,
  type Supplier,
  type SupplierAddress,
} from './supplier.js';

export interface RegisterSupplierInput {
  organisationNumber: string;
  name: string;
  address?: SupplierAddress | null | undefined;
  phone?: string | null | undefined;
  beneficialOwners?: BeneficialOwner[] | undefined;
}

function supplierExists(existing: Supplier | null): DomainError {
  return new DomainError('SUPPLIER_EXISTS', 'A supplier with this organisation number exists.', {
    supplierId: existing?.id ?? null,
    issues: [{ path: ['body', 'organisationNumber'], message: 'already registered' }],
  });
}

/**
 * Registers a supplier by its organisation number, validated (Luhn, legal form, a sole
 * trader's personnummer) and stored in its normalised form: one supplier per number.
 */
export async function registerSupplier(
  deps: Deps,
  actor: Actor,
  input: RegisterSupplierInput,
): Promise<Supplier> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.register');
  const now = deps.clock();
  const number = requireOrganisationNumber(input.organisationNumber, now);
  try {
    return await deps.store.transaction(async (repositories) => {
      const existing = await repositories.suppliers.findByOrganisationNumber(
        actor.municipalityId,
        number.normalised,
      );
      if (existing) throw supplierExists(existing);
      const supplier: Supplier = {
        id: randomUUID(),
        municipalityId: actor.municipalityId,
        organisationNumber: number.normalised,
        name: input.name.trim(),
        address: input.address ?? null,
        phone: input.phone ?? null,
        beneficialOwners: input.beneficialOwners ?? [],
        createdByUserId: actor.userId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await repositories.suppliers.save(supplier);
      await recordAudit(repositories, now, actor, {
        action: 'supplier.register',
        entityType: 'supplier',
        entityId: supplier.id,
        details: { legalForm: number.legalForm },
      });
      return supplier;
    });
  } catch (error) {
    if (error instanceof UniqueViolation) throw supplierExists(null);
    throw error;
  }
}
