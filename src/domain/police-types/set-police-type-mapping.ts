import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { policeTypeKey, type PoliceTypeMapping } from './police-type-mapping.js';

interface SetPoliceTypeMappingInput {
  policeType: string;
  /** A category of the municipality's taxonomy that is not retired, or null: not an incident. */
  categoryCode: string | null;
}

/**
 * A coordinator decides which category a police event type becomes in the municipality
 * ("Farligt föremål, misstänkt" as "other", say). Audited; the next import applies it to
 * every event of the type, old ones included.
 */
export async function setPoliceTypeMapping(
  deps: Deps,
  actor: Actor,
  input: SetPoliceTypeMappingInput,
): Promise<PoliceTypeMapping> {
  await authorize(deps, actor, 'taxonomy.manage', 'police_type_mapping.set');
  const policeType = policeTypeKey(input.policeType);
  if (policeType === '' || policeType.length > 100) {
    throw new DomainError('VALIDATION_FAILED', 'A police event type has 1 to 100 characters.');
  }
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    if (input.categoryCode !== null) {
      const category = (await repositories.taxonomy.list(actor.municipalityId)).find(
        (item) => item.code === input.categoryCode,
      );
      if (!category || category.retiredAt !== null) {
        throw new DomainError(
          'VALIDATION_FAILED',
          `The category ${input.categoryCode} is not in use in the municipality.`,
        );
      }
    }
    const mapping = { policeType, categoryCode: input.categoryCode, updatedAt: now.toISOString() };
    await repositories.policeTypeMappings.save(actor.municipalityId, mapping);
    await recordAudit(repositories, now, actor, {
      action: 'police_type_mapping.set',
      entityType: 'police_type_mapping',
      entityId: policeType,
      details: { categoryCode: input.categoryCode },
    });
    return mapping;
  });
}

/** The municipality goes back to the default mapping for the type. Audited. */
export async function resetPoliceTypeMapping(
  deps: Deps,
  actor: Actor,
  policeType: string,
): Promise<void> {
  await authorize(deps, actor, 'taxonomy.manage', 'police_type_mapping.reset');
  const key = policeTypeKey(policeType);
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    if (!(await repositories.policeTypeMappings.remove(actor.municipalityId, key))) {
      throw new DomainError('NOT_FOUND', 'The municipality has no own mapping for this type.');
    }
    await recordAudit(repositories, now, actor, {
      action: 'police_type_mapping.reset',
      entityType: 'police_type_mapping',
      entityId: key,
      details: {},
    });
  });
}
