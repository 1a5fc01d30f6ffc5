import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import type { DueCheck } from './check-programme.js';
import { collectDueChecks } from './collect-due-checks.js';
import type { Contract, ProgrammeItem } from './contract.js';
import { findContractOrThrow } from './supplier-records.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

export interface ContractDetail {
  contract: Contract;
  supplierName: string;
  programme: ProgrammeItem[];
  /** Every programme item with something still due, scheduled ones included. */
  due: DueCheck[];
}

/** Reads a contract's programme and next due checks, in the transaction given. */
export async function contractDetail(
  repositories: Repositories,
  contract: Contract,
  now: Date,
): Promise<ContractDetail> {
  const programmes = await repositories.contracts.listProgrammes(contract.municipalityId, [
    contract.id,
  ]);
  const supplier = await repositories.suppliers.find(contract.municipalityId, contract.supplierId);
  return {
    contract,
    supplierName: supplier?.name ?? '',
    programme: programmes.get(contract.id) ?? [],
    due: await collectDueChecks(
      repositories,
      contract.municipalityId,
      [contract],
      stockholmToday(now),
    ),
  };
}

/** One contract with its programme and what is due. Reading it is audited. */
export async function getContract(deps: Deps, actor: Actor, id: string): Promise<ContractDetail> {
  await authorize(deps, actor, 'supplier.read', 'contract.read');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const contract = await findContractOrThrow(repositories, actor.municipalityId, id);
    await recordAudit(repositories, now, actor, {
      action: 'contract.read',
      entityType: 'contract',
      entityId: id,
    });
    return contractDetail(repositories, contract, now);
  });
}
