import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { aggregateProgramme, type ProgrammeAggregates } from './programme-aggregates.js';
import type { Programme } from './programme.js';

export interface ProgrammeWithAggregates extends Programme {
  aggregates: ProgrammeAggregates;
}

/**
 * The municipality's programmes with their suppressed aggregates: what every role may see.
 * No case, no identity, no text about a person; so no read entry is written.
 */
export async function listProgrammes(deps: Deps, actor: Actor): Promise<ProgrammeWithAggregates[]> {
  await authorize(deps, actor, 'intervention.read_aggregates', 'intervention.programme_list');
  const programmes = await deps.store.interventions.listProgrammes(actor.municipalityId);
  const facts = await deps.store.interventions.listCaseFacts(
    actor.municipalityId,
    programmes.map((programme) => programme.id),
  );
  return programmes.map((programme) => ({
    ...programme,
    aggregates: aggregateProgramme(programme, facts),
  }));
}
