import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  boundingBoxOf,
  type District,
  type DistrictInput,
  type DistrictLayer,
} from './municipality.js';

export type { DistrictInput };

/** Districts of a layer from their names and shapes, each with its bounding box. */
export function districtsOfLayer(layerId: string, inputs: DistrictInput[]): District[] {
  return inputs.map((district) => ({
    id: randomUUID(),
    layerId,
    name: district.name,
    code: district.code,
    category: district.category,
    geometry: district.geometry,
    boundingBox: boundingBoxOf(district.geometry),
  }));
}

interface CreateDistrictLayerInput {
  name: string;
  source: string | null;
  districts: DistrictInput[];
}

/** A set of areas to count by: the police's utsatta områden, DeSO, the municipality's own kommundelar. */
export async function createDistrictLayer(
  deps: Deps,
  actor: Actor,
  input: CreateDistrictLayerInput,
): Promise<DistrictLayer> {
  await authorize(deps, actor, 'district_layer.manage', 'district_layer.create');
  const now = deps.clock();
  const layer: DistrictLayer = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    name: input.name.trim(),
    source: input.source,
    createdAt: now.toISOString(),
  };
  const districts = districtsOfLayer(layer.id, input.districts);
  await deps.store.transaction(async (repositories) => {
    await repositories.municipalities.createDistrictLayer(layer, districts);
    await recordAudit(repositories, now, actor, {
      action: 'district_layer.create',
      entityType: 'district_layer',
      entityId: layer.id,
      details: { districtCount: districts.length },
    });
  });
  return layer;
}
