import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  assertOpen,
  assertRegularAccess,
  findReadableCase,
  openCase,
  requireCipher,
  sealOrNull,
} from './case-access.js';
import { assertNoCaseProblems, checkAssignees } from './case-fields.js';
import type { InterventionCase, ProtectionNeed } from './intervention-case.js';

export interface UpdateCaseInput {
  assignedUserIds?: string[];
  protectionNeed?: ProtectionNeed | null;
  threatAssessment?: string | null;
  agreementSignedOn?: string | null;
}

/**
 * Changes who works with a case, the assessed threat and protection need and the date the
 * agreement was signed. Only those with regular access (assigned, programme owner) may; a
 * nödåtkomst reads and writes notes, it does not hand the case on. A case keeps at least one
 * assigned caseworker.
 */
export async function updateInterventionCase(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: UpdateCaseInput,
): Promise<InterventionCase> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_update');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const readable = await findReadableCase(repositories, actor, caseId, now);
    assertRegularAccess(readable);
    assertOpen(readable.stored);
    const problems: Record<string, string> = {};
    const stored = { ...readable.stored, updatedAt: now.toISOString() };
    if (input.assignedUserIds !== undefined) {
      const assigned = [...new Set(input.assignedUserIds)].sort();
      if (assigned.length === 0) problems.assignedUserIds = 'at_least_one';
      await checkAssignees(repositories, actor.municipalityId, assigned, problems);
      stored.assignedUserIds = assigned;
    }
    if (input.protectionNeed !== undefined) stored.protectionNeed = input.protectionNeed;
    if (readable.programme.kind === 'defector_support' && !stored.protectionNeed) {
      problems.protectionNeed = 'required_for_defector';
    }
    if (input.threatAssessment !== undefined) {
      stored.threatSealed = sealOrNull(cipher, input.threatAssessment?.trim());
    }
    if (input.agreementSignedOn !== undefined) stored.agreementSignedOn = input.agreementSignedOn;
    assertNoCaseProblems(problems);
    await repositories.interventions.saveCase(stored);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.case_update',
      entityType: 'intervention_case',
      entityId: caseId,
      details: {
        fields: Object.keys(input).filter(
          (key) => input[key as keyof UpdateCaseInput] !== undefined,
        ),
        assignedCount: stored.assignedUserIds.length,
      },
    });
    return openCase(cipher, stored, readable.programme);
  });
}
