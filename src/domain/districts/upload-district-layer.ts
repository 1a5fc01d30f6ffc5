import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  placePoliceEventsAfterLayerChange,
  type PoliceEventsPlacedAgain,
} from '../places/place-police-events-again.js';
import { DomainError, UniqueViolation } from '../errors.js';
import { districtsOfLayer } from '../municipalities/create-district-layer.js';
import type { DistrictLayer } from '../municipalities/municipality.js';
import {
  assignIncidentsToDistricts,
  readDistrictLayerFile,
  type DistrictLayerFileInput,
  type StoredDistrictLayer,
} from './district-layer-file.js';

type UploadDistrictLayerInput = DistrictLayerFileInput;
type UploadedDistrictLayer = StoredDistrictLayer<DistrictLayer> & {
  /** Placing the police events again after the committed change: done, or failed (the layer stands). */
  policeEvents: PoliceEventsPlacedAgain;
};

/** The answer when another layer of the municipality has the name already. */
export const districtLayerNameTaken = () =>
  new DomainError('DISTRICT_LAYER_NAME_TAKEN', 'A layer with this name exists already.');

/** Whether a layer other than `exceptId` has this name, in any case. */
export const isLayerNameTaken = (
  layers: DistrictLayer[],
  name: string,
  exceptId: string | null = null,
) =>
  layers.some(
    (item) =>
      item.id !== exceptId && item.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'),
  );

/**
 * A coordinator adds a layer of districts (DeSO, RegSO, the municipality's own kommundelar)
 * from GeoJSON in WGS84 or SWEREF 99 TM. Every bad feature is reported with its position and
 * reason; the layer and the assignment of every existing incident to its new districts are
 * written in one transaction.
 */
export async function uploadDistrictLayer(
  deps: Deps,
  actor: Actor,
  input: UploadDistrictLayerInput,
): Promise<UploadedDistrictLayer> {
  await authorize(deps, actor, 'district_layer.manage', 'district_layer.create');
  const read = readDistrictLayerFile(
    input,
    await deps.store.municipalities.findBoundary(actor.municipalityId),
  );
  const now = deps.clock();
  const layer: DistrictLayer = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    name: input.name.trim(),
    source: input.source,
    createdAt: now.toISOString(),
  };
  const districts = districtsOfLayer(layer.id, read.districts);

  const stored = await deps.store
    .transaction(async (repositories) => {
      const existing = await repositories.municipalities.listDistrictLayers(actor.municipalityId);
      if (isLayerNameTaken(existing, layer.name)) throw districtLayerNameTaken();
      await repositories.municipalities.createDistrictLayer(layer, districts);
      const assignedIncidents = await assignIncidentsToDistricts(
        repositories,
        actor.municipalityId,
        districts,
      );
      await recordAudit(repositories, now, actor, {
        action: 'district_layer.create',
        entityType: 'district_layer',
        entityId: layer.id,
        details: {
          districtCount: districts.length,
          rejected: read.rejected.length,
          crossing: read.crossing.length,
          crs: read.crs,
          assignedIncidents,
        },
      });
      return {
        layer,
        districtCount: districts.length,
        crs: read.crs,
        rejected: read.rejected,
        crossing: read.crossing,
        assignedIncidents,
      };
    })
    .catch((error: unknown) => {
      throw error instanceof UniqueViolation ? districtLayerNameTaken() : error;
    });
  // Police events placed by their text land where the new districts say (issue 13: order never matters).
  const policeEvents = await placePoliceEventsAfterLayerChange(deps, actor.municipalityId);
  // The planner's figures for the assignments just rewritten (PostgreSQL), before "done".
  await deps.store.incidents.refreshStatistics();
  return { ...stored, policeEvents };
}
