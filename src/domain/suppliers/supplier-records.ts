import type { Repositories } from '../deps.js';
import { DomainError, notFound, type ErrorCode } from '../errors.js';
import type { Contract } from './contract.js';
import type { Supplier } from './supplier.js';

/** Lookups shared by the supplier use cases; a record of another municipality is "not found". */

export async function findSupplierOrThrow(
  repositories: Repositories,
  municipalityId: string,
  id: string,
): Promise<Supplier> {
  const supplier = await repositories.suppliers.find(municipalityId, id);
  if (!supplier) throw notFound('supplier');
  return supplier;
}

export async function findContractOrThrow(
  repositories: Repositories,
  municipalityId: string,
  id: string,
): Promise<Contract> {
  const contract = await repositories.contracts.find(municipalityId, id);
  if (!contract) throw notFound('contract');
  return contract;
}

/** A refusal of one field, in the shape of a validation error (`details.issues`). */
export function fieldProblem(code: ErrorCode, path: string[], message: string): DomainError {
  return new DomainError(code, message, { issues: [{ path: ['body', ...path], message }] });
}

/** A user named as responsible must be one of the municipality's own users. */
export async function assertOwnUser(
  repositories: Repositories,
  municipalityId: string,
  userId: string | null | undefined,
  code: ErrorCode,
  path: string[],
): Promise<void> {
  if (userId === null || userId === undefined) return;
  if (!(await repositories.users.findById(municipalityId, userId))) {
    throw fieldProblem(code, path, 'no such user in this municipality');
  }
}

/**
 * A check or decision may name a contract: it must be one where the supplier is the supplier
 * or a reported subcontractor.
 */
export async function assertContractOfSupplier(
  repositories: Repositories,
  supplier: Supplier,
  contractId: string | null | undefined,
  code: ErrorCode,
): Promise<void> {
  if (contractId === null || contractId === undefined) return;
  const contract = await repositories.contracts.find(supplier.municipalityId, contractId);
  if (
    !contract ||
    (contract.supplierId !== supplier.id && !contract.subcontractorIds.includes(supplier.id))
  ) {
    throw fieldProblem(code, ['contractId'], 'not a contract of this supplier');
  }
}
