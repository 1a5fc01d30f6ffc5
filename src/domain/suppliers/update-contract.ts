import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertContractValid } from './contract-rules.js';
import type { Contract } from './contract.js';
import type { ContractFieldsInput } from './create-contract.js';
import { contractDetail, type ContractDetail } from './get-contract.js';
import { findContractOrThrow } from './supplier-records.js';

/** Changes a contract's fields (not its supplier: another supplier is another contract). */
export async function updateContract(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: Partial<ContractFieldsInput>,
): Promise<ContractDetail> {
  await authorize(deps, actor, 'supplier.manage', 'contract.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await findContractOrThrow(repositories, actor.municipalityId, id);
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<ContractFieldsInput>;
    const contract: Contract = {
      ...current,
      ...defined,
      procurementReference: (defined.procurementReference ?? current.procurementReference).trim(),
      title: (defined.title ?? current.title).trim(),
      responsibleUnit: (defined.responsibleUnit ?? current.responsibleUnit).trim(),
      responsibleOfficerUserId:
        defined.responsibleOfficerUserId === undefined
          ? current.responsibleOfficerUserId
          : defined.responsibleOfficerUserId,
      subcontractorIds: [...new Set(defined.subcontractorIds ?? current.subcontractorIds)],
      updatedAt: now.toISOString(),
    };
    await assertContractValid(repositories, contract);
    await repositories.contracts.save(contract);
    await recordAudit(repositories, now, actor, {
      action: 'contract.update',
      entityType: 'contract',
      entityId: id,
      details: { fields: Object.keys(defined).sort() },
    });
    return contractDetail(repositories, contract, now);
  });
}
