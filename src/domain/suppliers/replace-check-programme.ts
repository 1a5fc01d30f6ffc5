import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertProgrammeValid } from './contract-rules.js';
import type { ProgrammeItem } from './contract.js';
import { contractDetail, type ContractDetail } from './get-contract.js';
import { findContractOrThrow } from './supplier-records.js';

/**
 * Sets a contract's check programme: which checks, how often, who is responsible. The
 * programme is configuration and is replaced whole; the checks already made stay as they are,
 * and the next due days follow from them.
 */
export async function replaceCheckProgramme(
  deps: Deps,
  actor: Actor,
  contractId: string,
  items: ProgrammeItem[],
): Promise<ContractDetail> {
  await authorize(deps, actor, 'supplier.manage', 'contract.programme');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const contract = await findContractOrThrow(repositories, actor.municipalityId, contractId);
    await assertProgrammeValid(repositories, actor.municipalityId, items, ['items']);
    await repositories.contracts.replaceProgramme(actor.municipalityId, contractId, items);
    await recordAudit(repositories, now, actor, {
      action: 'contract.programme',
      entityType: 'contract',
      entityId: contractId,
      details: {
        items: items.map((item) => ({ kind: item.checkKind, months: item.intervalMonths })),
      },
    });
    return contractDetail(repositories, contract, now);
  });
}
