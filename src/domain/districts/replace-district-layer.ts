import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  placePoliceEventsAfterLayerChange,
  type PoliceEventsPlacedAgain,
} from '../places/place-police-events-again.js';
import { notFound, UniqueViolation } from '../errors.js';
import { districtsOfLayer } from '../municipalities/create-district-layer.js';
import type { District, DistrictLayer, LayerAssignment } from '../municipalities/municipality.js';
import {
  assignIncidentsToDistricts,
  districtNameKey,
  readDistrictLayerFile,
  type DistrictLayerFileInput,
  type StoredDistrictLayer,
} from './district-layer-file.js';
import { districtLayerNameTaken, isLayerNameTaken } from './upload-district-layer.js';

type ReplaceDistrictLayerInput = DistrictLayerFileInput;
type ReplacedDistrictLayer = StoredDistrictLayer<DistrictLayer> & {
  /** Placing the police events again after the committed change: done, or failed (the layer stands). */
  policeEvents: PoliceEventsPlacedAgain;
};

/**
 * A coordinator replaces a layer's districts with a new file (DeSO 2025 after DeSO 2018, a
 * corrected kommundel), keeping the layer's id. Every incident of the municipality is
 * assigned again in the same transaction: an incident with a point to the new districts
 * that contain it; an incident without one, and a district its reporter chose, to the new
 * district of the same name (as imports match names), if there is one. A bad file changes
 * nothing.
 */
export async function replaceDistrictLayer(
  deps: Deps,
  actor: Actor,
  layerId: string,
  input: ReplaceDistrictLayerInput,
): Promise<ReplacedDistrictLayer> {
  await authorize(deps, actor, 'district_layer.manage', 'district_layer.replace');
  const read = readDistrictLayerFile(
    input,
    await deps.store.municipalities.findBoundary(actor.municipalityId),
  );
  const now = deps.clock();

  const stored = await deps.store
    .transaction(async (repositories) => {
      const { municipalities } = repositories;
      const stored = await municipalities.findDistrictLayer(actor.municipalityId, layerId);
      if (!stored) throw notFound('district layer');
      const layer: DistrictLayer = { ...stored, name: input.name.trim(), source: input.source };
      const layers = await municipalities.listDistrictLayers(actor.municipalityId);
      if (isLayerNameTaken(layers, layer.name, layer.id)) throw districtLayerNameTaken();

      const districts = districtsOfLayer(layer.id, read.districts);
      const oldDistricts = (await municipalities.listDistricts(actor.municipalityId)).filter(
        (district) => district.layerId === layer.id,
      );
      const successors = successorsByName(oldDistricts, districts);
      const assignments = await municipalities.listLayerAssignments(layer.id);

      await municipalities.replaceDistrictLayer(
        layer,
        districts,
        [...successors].flatMap(([fromId, [to]]) => (to ? [{ fromId, toId: to.id }] : [])),
        now.toISOString(),
      );
      const assignedIncidents = await assignIncidentsToDistricts(
        repositories,
        actor.municipalityId,
        districts,
        carriedAssignments(assignments, successors),
      );
      await recordAudit(repositories, now, actor, {
        action: 'district_layer.replace',
        entityType: 'district_layer',
        entityId: layer.id,
        details: {
          previousName: stored.name,
          previousDistrictCount: oldDistricts.length,
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

/** Each old district's new districts of the same name (none when the name is gone). */
function successorsByName(oldDistricts: District[], districts: District[]) {
  const byName = new Map<string, District[]>();
  for (const district of districts) {
    const key = districtNameKey(district.name);
    byName.set(key, [...(byName.get(key) ?? []), district]);
  }
  return new Map(
    oldDistricts.map((old) => [old.id, byName.get(districtNameKey(old.name)) ?? []] as const),
  );
}

/**
 * The assignments a point cannot give again: an incident without a point (placed by a
 * district name in an import, or by its reporter's choice) and a reporter's chosen district
 * move to the new districts of the same name.
 */
function carriedAssignments(
  assignments: LayerAssignment[],
  successors: Map<string, District[]>,
): Map<string, Set<string>> {
  const carried = new Map<string, Set<string>>();
  for (const assignment of assignments) {
    if (assignment.hasPoint && !assignment.isChosen) continue;
    for (const district of successors.get(assignment.districtId) ?? []) {
      carried.set(
        assignment.incidentId,
        (carried.get(assignment.incidentId) ?? new Set()).add(district.id),
      );
    }
  }
  return carried;
}
