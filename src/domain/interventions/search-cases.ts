import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { requireCipher } from './case-access.js';
import { normaliseIdentityNumber } from './identity-number.js';
import type { IdentityKind } from './intervention-case.js';

export interface CaseSearchHit {
  caseId: string;
  programmeId: string;
  /** Whether the searcher may open it now; if not, only nödåtkomst opens it. */
  isReadable: boolean;
}

/**
 * Finds the cases of one person by personnummer or samordningsnummer, through the keyed
 * hash (the number itself is never stored in clear nor compared). A caseworker learns which
 * cases exist, to ask for nödåtkomst; nothing else about them. The search is audited without
 * the number.
 */
export async function searchInterventionCases(
  deps: Deps,
  actor: Actor,
  input: { kind: Exclude<IdentityKind, 'protected'>; number: string },
): Promise<CaseSearchHit[]> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_search');
  const cipher = requireCipher(deps);
  const number = normaliseIdentityNumber(input.kind, input.number);
  if (number === null) {
    throw new DomainError('CASE_INVALID', 'Not a valid identity number.', {
      problems: { number: 'invalid' },
    });
  }
  const cases = await deps.store.interventions.findCasesBySearchHash(
    actor.municipalityId,
    cipher.searchHash(number),
  );
  const programmes = await deps.store.interventions.listProgrammes(actor.municipalityId);
  const now = deps.clock();
  const hits: CaseSearchHit[] = [];
  for (const found of cases) {
    const owner = programmes.find((programme) => programme.id === found.programmeId)?.ownerUserId;
    const isReadable =
      actor.userId !== null &&
      (found.assignedUserIds.includes(actor.userId) ||
        owner === actor.userId ||
        (await deps.store.interventions.findActiveEmergencyAccess(
          found.id,
          actor.userId,
          now.toISOString(),
        )) !== null);
    hits.push({ caseId: found.id, programmeId: found.programmeId, isReadable });
  }
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, now, actor, {
      action: 'intervention.case_search',
      entityType: 'intervention_case',
      entityId: hits.length === 1 ? hits[0]!.caseId : null,
      details: { count: hits.length, ids: hits.map((hit) => hit.caseId) },
    }),
  );
  return hits;
}
