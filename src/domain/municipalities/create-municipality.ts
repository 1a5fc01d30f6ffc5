import { randomUUID } from 'node:crypto';
import { commandLineOperator } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { defaultCategoriesFor } from '../incidents/taxonomy.js';
import { isMunicipalityCode, type Municipality, type PolygonGeometry } from './municipality.js';

export interface CreateMunicipalityInput {
  code: string;
  name: string;
  boundary: PolygonGeometry | null;
}

/** A new tenant, with the default incident taxonomy. Only the installation's operator does this, from the command line or the demo seed. */
export async function createMunicipality(
  deps: Deps,
  input: CreateMunicipalityInput,
): Promise<Municipality> {
  if (!isMunicipalityCode(input.code)) {
    throw new DomainError('VALIDATION_FAILED', 'A kommunkod has four digits, e.g. 0126.');
  }
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    if (await repositories.municipalities.findByCode(input.code)) {
      throw new DomainError(
        'MUNICIPALITY_CODE_TAKEN',
        `Municipality ${input.code} exists already.`,
      );
    }
    const municipality = {
      id: randomUUID(),
      code: input.code,
      name: input.name.trim(),
      createdAt: now.toISOString(),
    };
    await repositories.municipalities.create(municipality, input.boundary);
    await repositories.taxonomy.createMany(defaultCategoriesFor(municipality.id));
    await recordAudit(repositories, now, commandLineOperator(municipality.id), {
      action: 'municipality.create',
      entityType: 'municipality',
      entityId: municipality.id,
      details: { code: municipality.code, via: 'cli' },
    });
    return municipality;
  });
}
