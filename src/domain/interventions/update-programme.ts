import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Programme } from './programme.js';
import {
  applyProgrammeFields,
  assertValidProgramme,
  type ProgrammeFields,
} from './programme-fields.js';

/** Changes a programme's fields: its status (dormant with a planned restart, ended), owner, links. */
export async function updateProgramme(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ProgrammeFields,
): Promise<Programme> {
  await authorize(deps, actor, 'intervention.manage_programmes', 'intervention.programme_update');
  return deps.store.transaction(async (repositories) => {
    const existing = await repositories.interventions.findProgramme(actor.municipalityId, id);
    if (!existing) throw notFound('programme');
    const programme = applyProgrammeFields(existing, {
      ...input,
      // A status change drops the restart date unless one is given with it.
      ...(input.status && input.status !== 'dormant' && input.plannedRestartOn === undefined
        ? { plannedRestartOn: null }
        : {}),
    });
    programme.updatedAt = deps.clock().toISOString();
    await assertValidProgramme(repositories, programme);
    await repositories.interventions.saveProgramme(programme);
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'intervention.programme_update',
      entityType: 'intervention_programme',
      entityId: id,
      details: { status: programme.status },
    });
    return programme;
  });
}
