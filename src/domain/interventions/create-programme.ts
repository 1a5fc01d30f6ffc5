import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Programme } from './programme.js';
import {
  applyProgrammeFields,
  assertValidProgramme,
  type ProgrammeFields,
} from './programme-fields.js';

/** Sets up a programme: SIG, avhopparverksamhet, a Samkraft-style team or the municipality's own. */
export async function createProgramme(
  deps: Deps,
  actor: Actor,
  input: ProgrammeFields & Pick<Programme, 'kind' | 'name'>,
): Promise<Programme> {
  await authorize(deps, actor, 'intervention.manage_programmes', 'intervention.programme_create');
  const now = deps.clock().toISOString();
  const programme = applyProgrammeFields(
    {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      kind: input.kind,
      name: input.name,
      description: '',
      ownerOrganisationId: null,
      ownerUserId: null,
      status: 'active',
      plannedRestartOn: null,
      startsOn: null,
      endsOn: null,
      schoolLevel: null,
      staffMembers: [],
      measureIds: [],
      effortIds: [],
      partnerOrganisationIds: [],
      isSynthetic: false,
      createdAt: now,
      updatedAt: now,
    },
    input,
  );
  return deps.store.transaction(async (repositories) => {
    await assertValidProgramme(repositories, programme);
    await repositories.interventions.saveProgramme(programme);
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'intervention.programme_create',
      entityType: 'intervention_programme',
      entityId: programme.id,
      details: { kind: programme.kind, status: programme.status },
    });
    return programme;
  });
}
