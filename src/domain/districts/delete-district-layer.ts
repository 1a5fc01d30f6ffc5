import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  placePoliceEventsAfterLayerChange,
  type PoliceEventsPlacedAgain,
} from '../places/place-police-events-again.js';
import { notFound } from '../errors.js';

/**
 * A coordinator deletes a layer: its districts go, and with them every incident's assignment
 * to them and a reporter's choice of one of them. The incidents stay and still count for
 * the whole municipality and in the other layers.
 */
export async function deleteDistrictLayer(
  deps: Deps,
  actor: Actor,
  layerId: string,
): Promise<PoliceEventsPlacedAgain> {
  await authorize(deps, actor, 'district_layer.manage', 'district_layer.delete');
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    const { municipalities } = repositories;
    const layer = await municipalities.findDistrictLayer(actor.municipalityId, layerId);
    if (!layer) throw notFound('district layer');
    const layers = await municipalities.listDistrictLayers(actor.municipalityId);
    const districtCount = layers.find((item) => item.id === layer.id)?.districtCount ?? 0;
    await municipalities.deleteDistrictLayer(layer.id);
    await recordAudit(repositories, now, actor, {
      action: 'district_layer.delete',
      entityType: 'district_layer',
      entityId: layer.id,
      details: { name: layer.name, districtCount },
    });
  });
  // Police events placed by their text move to the districts that are left.
  // The layer is gone either way: a failure here is reported, not thrown.
  return placePoliceEventsAfterLayerChange(deps, actor.municipalityId);
}
