import { randomUUID } from 'node:crypto';
import { commandLineOperator, type Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { defaultCategoriesFor } from '../incidents/taxonomy.js';
import { defaultSignInPolicy } from '../sign-in/sign-in.js';
import { districtsOfLayer } from './create-district-layer.js';
import { isMunicipalityCode, type DistrictLayer, type Municipality } from './municipality.js';
import { layersForMunicipality } from './provisioned-layer.js';
import type { CreateMunicipalityInput } from './reference-municipality.js';

export type { CreateMunicipalityInput };

/** Who created it, for the audit log: the command line (the default) or an installation admin. */
interface CreatedBy {
  via: 'cli' | 'web';
  userId: string | null;
}

/**
 * A new tenant, with the default incident taxonomy and its provisioned district layers, all
 * in one transaction. Only the installation's operator does this: from the command line, the
 * demo seed, or an installation admin's page of the web app.
 */
export async function createMunicipality(
  deps: Deps,
  input: CreateMunicipalityInput,
  createdBy: CreatedBy = { via: 'cli', userId: null },
): Promise<Municipality> {
  if (!isMunicipalityCode(input.code)) {
    throw new DomainError('VALIDATION_FAILED', 'A kommunkod has four digits, e.g. 0126.');
  }
  const now = deps.clock();
  const layers = layersForMunicipality(input.layers ?? [], input.boundary);
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
    // Issue 17: a new municipality requires a second factor where the installation says so.
    await repositories.signIn.savePolicy({
      ...defaultSignInPolicy(municipality.id),
      isSecondFactorRequired: deps.isSecondFactorRequiredByDefault ?? false,
      updatedAt: now.toISOString(),
    });
    const operator: Actor = { ...commandLineOperator(municipality.id), userId: createdBy.userId };
    await recordAudit(repositories, now, operator, {
      action: 'municipality.create',
      entityType: 'municipality',
      entityId: municipality.id,
      details: { code: municipality.code, via: createdBy.via },
    });
    for (const input of layers) {
      const layer: DistrictLayer = {
        id: randomUUID(),
        municipalityId: municipality.id,
        name: input.name,
        source: input.source,
        createdAt: now.toISOString(),
      };
      const districts = districtsOfLayer(layer.id, input.districts);
      await repositories.municipalities.createDistrictLayer(layer, districts);
      await recordAudit(repositories, now, operator, {
        action: 'district_layer.create',
        entityType: 'district_layer',
        entityId: layer.id,
        details: { districtCount: districts.length, provisioned: true },
      });
    }
    return municipality;
  });
}
