import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { openCase, requireCipher, sealOrNull } from './case-access.js';
import {
  assertNoCaseProblems,
  checkAssignees,
  checkIdentity,
  type IdentityInput,
} from './case-fields.js';
import type {
  AgeGroup,
  InterventionCase,
  ProtectionNeed,
  StoredCase,
} from './intervention-case.js';

export interface OpenCaseInput {
  programmeId: string;
  identity: IdentityInput;
  ageGroup: AgeGroup;
  protectionNeed?: ProtectionNeed | null;
  threatAssessment?: string | null;
  agreementSignedOn?: string | null;
  openedOn?: string;
  /** Other caseworkers to assign; the one who opens the case is always assigned. */
  assignedUserIds?: string[];
  isSynthetic?: boolean;
}

/**
 * Opens a case for one participant in one programme (issue 14). The identity and the threat
 * assessment are sealed before they reach the database; the identity number is searchable
 * only by its keyed hash. Avhoppare need an assessed protection need. Teams have members,
 * not participants, and an ended programme takes no one new.
 */
export async function openInterventionCase(
  deps: Deps,
  actor: Actor,
  input: OpenCaseInput,
): Promise<InterventionCase> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_open');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const problems: Record<string, string> = {};
    const programme = await repositories.interventions.findProgramme(
      actor.municipalityId,
      input.programmeId,
    );
    if (!programme) problems.programmeId = 'unknown_programme';
    else if (programme.kind === 'team') problems.programmeId = 'team_has_no_participants';
    else if (programme.status === 'ended') problems.programmeId = 'programme_ended';
    if (programme?.kind === 'defector_support' && !input.protectionNeed) {
      problems.protectionNeed = 'required_for_defector';
    }
    const identity = checkIdentity(input.identity, input.ageGroup, problems);
    const assignedUserIds = [
      ...new Set([...(actor.userId ? [actor.userId] : []), ...(input.assignedUserIds ?? [])]),
    ].sort();
    await checkAssignees(repositories, actor.municipalityId, assignedUserIds, problems);
    const searchHash = identity.number ? cipher.searchHash(identity.number) : null;
    if (searchHash && programme) {
      const same = await repositories.interventions.findCasesBySearchHash(
        actor.municipalityId,
        searchHash,
      );
      if (same.some((other) => other.programmeId === programme.id && other.status === 'open')) {
        problems['identity.number'] = 'already_open_in_programme';
      }
    }
    assertNoCaseProblems(problems);
    const stored: StoredCase = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      programmeId: input.programmeId,
      identityKind: identity.kind,
      identitySealed: cipher.seal(JSON.stringify(identity)),
      identitySearchHash: searchHash,
      ageGroup: input.ageGroup,
      protectionNeed: input.protectionNeed ?? null,
      threatSealed: sealOrNull(cipher, input.threatAssessment?.trim()),
      agreementSignedOn: input.agreementSignedOn ?? null,
      status: 'open',
      closingReason: null,
      openedOn: input.openedOn ?? now.toISOString().slice(0, 10),
      closedOn: null,
      isSynthetic: input.isSynthetic ?? false,
      erasedAt: null,
      assignedUserIds,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.interventions.saveCase(stored);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.case_open',
      entityType: 'intervention_case',
      entityId: stored.id,
      details: { programmeId: stored.programmeId, identityKind: stored.identityKind },
    });
    return openCase(cipher, stored, programme!);
  });
}
