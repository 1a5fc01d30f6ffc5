import type { Repositories } from '../deps.js';
import { assertOwnUser, fieldProblem } from './supplier-records.js';
import type { Contract, ProgrammeItem } from './contract.js';

/**
 * Checks a contract's fields against the municipality's records: a period that ends on or
 * after it starts, a responsible officer among its users, subcontractors that are registered
 * suppliers other than the contract's own supplier. Raises CONTRACT_INVALID at the field.
 */
export async function assertContractValid(
  repositories: Repositories,
  contract: Contract,
): Promise<void> {
  if (contract.endsOn < contract.startsOn) {
    throw fieldProblem('CONTRACT_INVALID', ['endsOn'], 'the contract ends before it starts');
  }
  await assertOwnUser(
    repositories,
    contract.municipalityId,
    contract.responsibleOfficerUserId,
    'CONTRACT_INVALID',
    ['responsibleOfficerUserId'],
  );
  for (const [index, subcontractorId] of contract.subcontractorIds.entries()) {
    if (subcontractorId === contract.supplierId) {
      throw fieldProblem(
        'CONTRACT_INVALID',
        ['subcontractorIds', String(index)],
        'the supplier cannot be its own subcontractor',
      );
    }
    if (!(await repositories.suppliers.find(contract.municipalityId, subcontractorId))) {
      throw fieldProblem(
        'CONTRACT_INVALID',
        ['subcontractorIds', String(index)],
        'register the subcontractor as a supplier first',
      );
    }
  }
}

/** Every person named responsible in a programme must be one of the municipality's users. */
export async function assertProgrammeValid(
  repositories: Repositories,
  municipalityId: string,
  items: readonly ProgrammeItem[],
  path: string[],
): Promise<void> {
  const kinds = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (kinds.has(item.checkKind)) {
      throw fieldProblem(
        'CONTRACT_INVALID',
        [...path, String(index), 'checkKind'],
        'each kind once',
      );
    }
    kinds.add(item.checkKind);
    await assertOwnUser(repositories, municipalityId, item.responsibleUserId, 'CONTRACT_INVALID', [
      ...path,
      String(index),
      'responsibleUserId',
    ]);
  }
}
