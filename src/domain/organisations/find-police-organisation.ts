import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { createOrganisation } from './create-organisation.js';
import type { Organisation } from './organisation.js';

/** The name a police organisation made by the import gets. */
const policeOrganisationName = 'Polismyndigheten';

/**
 * The organisation the police's events are filed under: the municipality's one enabled police
 * organisation, or, when it has none, a new one named "Polismyndigheten" (audited like any new
 * organisation), so that a new municipality can import at once. Several enabled police
 * organisations are a choice for a person to make.
 */
export async function findPoliceOrganisation(
  deps: Deps,
  actor: Actor,
): Promise<{ organisation: Organisation; isCreated: boolean }> {
  await authorize(deps, actor, 'incident.import', 'incident.import');
  const police = (await deps.store.organisations.list(actor.municipalityId)).filter(
    (organisation) => organisation.kind === 'police' && organisation.disabledAt === null,
  );
  const [only, ...others] = police;
  if (only && others.length === 0) return { organisation: only, isCreated: false };
  if (only) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `The municipality has ${police.length} police organisations; choose the one the events come from.`,
    );
  }
  return {
    organisation: await createOrganisation(deps, actor, {
      name: policeOrganisationName,
      kind: 'police',
    }),
    isCreated: true,
  };
}
