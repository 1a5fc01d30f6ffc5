import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { openCase, requireCipher } from './case-access.js';
import type { InterventionCase } from './intervention-case.js';

/** The most cases one list shows. */
export const casesListed = 500;

/**
 * The cases the caseworker is assigned to, or owns the programme of, with names: the read
 * is recorded with the ids. Cases reached by nödåtkomst are not listed; they are opened one
 * by one.
 */
export async function listMyInterventionCases(
  deps: Deps,
  actor: Actor,
): Promise<InterventionCase[]> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_list');
  const cipher = requireCipher(deps);
  if (actor.userId === null) return [];
  const stored = await deps.store.interventions.listCasesOfUser(
    actor.municipalityId,
    actor.userId,
    casesListed,
  );
  const programmes = new Map(
    (await deps.store.interventions.listProgrammes(actor.municipalityId)).map((programme) => [
      programme.id,
      programme,
    ]),
  );
  const cases = stored.flatMap((one) => {
    const programme = programmes.get(one.programmeId);
    return programme ? [openCase(cipher, one, programme)] : [];
  });
  await auditRead(deps, actor, {
    action: 'intervention.case_list',
    entityType: 'intervention_case',
    ids: cases.map((one) => one.id),
  });
  return cases;
}
