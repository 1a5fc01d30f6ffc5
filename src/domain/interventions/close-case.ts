import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import {
  assertOpen,
  assertRegularAccess,
  findReadableCase,
  openCase,
  requireCipher,
} from './case-access.js';
import type { ClosingReason, InterventionCase } from './intervention-case.js';

/**
 * Closes a case with its reason. From the closing day the retention period runs (gallring of
 * identity and texts, src/domain/retention); its facts stay for the aggregates.
 */
export async function closeInterventionCase(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { closingReason: ClosingReason; closedOn?: string },
): Promise<InterventionCase> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_close');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const readable = await findReadableCase(repositories, actor, caseId, now);
    assertRegularAccess(readable);
    assertOpen(readable.stored);
    const closedOn = input.closedOn ?? now.toISOString().slice(0, 10);
    if (closedOn < readable.stored.openedOn) {
      throw new DomainError('CASE_INVALID', 'A case closes after it opened.', {
        problems: { closedOn: 'before_opening' },
      });
    }
    const stored = {
      ...readable.stored,
      status: 'closed' as const,
      closingReason: input.closingReason,
      closedOn,
      updatedAt: now.toISOString(),
    };
    await repositories.interventions.saveCase(stored);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.case_close',
      entityType: 'intervention_case',
      entityId: caseId,
      details: { closingReason: input.closingReason },
    });
    return openCase(cipher, stored, readable.programme);
  });
}
