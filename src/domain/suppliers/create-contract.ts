import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertContractValid, assertProgrammeValid } from './contract-rules.js';
import type { Contract, ProgrammeItem } from './contract.js';
import { contractDetail, type ContractDetail } from './get-contract.js';
import { fieldProblem } from './supplier-records.js';

export interface ContractFieldsInput {
  procurementReference: string;
  title: string;
  startsOn: string;
  endsOn: string;
  valueSek: number;
  responsibleUnit: string;
  responsibleOfficerUserId?: string | null | undefined;
  subcontractorIds?: string[] | undefined;
}

interface CreateContractInput extends ContractFieldsInput {
  supplierId: string;
  programme?: ProgrammeItem[] | undefined;
}

/**
 * Records a contract won in a procurement with its supplier, reported subcontractors and
 * check programme; the programme's first checks fall due at award.
 */
export async function createContract(
  deps: Deps,
  actor: Actor,
  input: CreateContractInput,
): Promise<ContractDetail> {
  await authorize(deps, actor, 'supplier.manage', 'contract.create');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    if (!(await repositories.suppliers.find(actor.municipalityId, input.supplierId))) {
      throw fieldProblem('CONTRACT_INVALID', ['supplierId'], 'no such supplier');
    }
    const contract: Contract = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      supplierId: input.supplierId,
      procurementReference: input.procurementReference.trim(),
      title: input.title.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      valueSek: input.valueSek,
      responsibleUnit: input.responsibleUnit.trim(),
      responsibleOfficerUserId: input.responsibleOfficerUserId ?? null,
      subcontractorIds: [...new Set(input.subcontractorIds ?? [])],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await assertContractValid(repositories, contract);
    const programme = input.programme ?? [];
    await assertProgrammeValid(repositories, actor.municipalityId, programme, ['programme']);
    await repositories.contracts.save(contract);
    await repositories.contracts.replaceProgramme(actor.municipalityId, contract.id, programme);
    await recordAudit(repositories, now, actor, {
      action: 'contract.create',
      entityType: 'contract',
      entityId: contract.id,
      details: {
        supplierId: contract.supplierId,
        programme: programme.map((item) => item.checkKind),
      },
    });
    return contractDetail(repositories, contract, now);
  });
}
