import type { Repositories } from '../deps.js';
import { dueChecksOf, sortDueChecks, type DueCheck } from './check-programme.js';
import type { Contract } from './contract.js';

/**
 * The programme items of these contracts with their next due day on `today`, worst first:
 * reads the programmes, the suppliers' names and their checks, then applies the rule of
 * check-programme.ts.
 */
export async function collectDueChecks(
  repositories: Repositories,
  municipalityId: string,
  contracts: readonly Contract[],
  today: string,
): Promise<DueCheck[]> {
  const running = contracts.filter((contract) => contract.endsOn >= today);
  if (running.length === 0) return [];
  const programmes = await repositories.contracts.listProgrammes(
    municipalityId,
    running.map((contract) => contract.id),
  );
  const supplierIds = [...new Set(running.map((contract) => contract.supplierId))];
  const checks = await repositories.supplierChecks.listForSuppliers(municipalityId, supplierIds);
  const names = new Map<string, string>();
  for (const supplierId of supplierIds) {
    const supplier = await repositories.suppliers.find(municipalityId, supplierId);
    names.set(supplierId, supplier?.name ?? '');
  }
  return sortDueChecks(
    running.flatMap((contract) =>
      dueChecksOf(
        contract,
        names.get(contract.supplierId) ?? '',
        programmes.get(contract.id) ?? [],
        checks,
        today,
      ),
    ),
  );
}
