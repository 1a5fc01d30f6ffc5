import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { DecisionKind, SupplierDecision } from './contract.js';
import { assertContractOfSupplier, findSupplierOrThrow } from './supplier-records.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/**
 * Records a procurement officer's decision on a supplier (approve, ask for more information,
 * exclude, terminate) with a note, for one contract or the supplier as a whole. Decisions
 * are append-only: a new one follows the last, and both stay.
 */
export async function recordDecision(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: { decision: DecisionKind; note: string; contractId?: string | null | undefined },
): Promise<SupplierDecision> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.decide');
  input = maskFreeTextFields(input, ['note'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const supplier = await findSupplierOrThrow(repositories, actor.municipalityId, supplierId);
    await assertContractOfSupplier(repositories, supplier, input.contractId, 'DECISION_INVALID');
    const decision: SupplierDecision = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      supplierId,
      contractId: input.contractId ?? null,
      decision: input.decision,
      note: input.note.trim(),
      decidedByUserId: actor.userId,
      decidedAt: now.toISOString(),
    };
    await repositories.supplierDecisions.add(decision);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.decide',
      entityType: 'supplier',
      entityId: supplierId,
      details: {
        decisionId: decision.id,
        decision: decision.decision,
        contractId: decision.contractId,
      },
    });
    return decision;
  });
}
