import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { countPlaceNames } from '../places/count-place-names.js';
import { mapPlaceLabels, type MapPlaceLabel } from '../places/map-place-labels.js';
import type { DistrictLayer, Municipality, PolygonGeometry } from './municipality.js';

interface MunicipalityOverview extends Municipality {
  districtLayers: (DistrictLayer & { districtCount: number })[];
  /** The municipal boundary (WGS84), for framing maps; null when none was loaded. */
  boundary: PolygonGeometry | null;
  /** How many place names police events can be placed by in this municipality. */
  placeNameCount: number;
  /** Tätorter and localities to write on a map drawn without basemap tiles. */
  placeLabels: MapPlaceLabel[];
}

/** The actor's own municipality and its district layers. */
export async function getMunicipalityOverview(
  deps: Deps,
  actor: Actor,
): Promise<MunicipalityOverview> {
  await authorize(deps, actor, 'municipality.read', 'municipality.read');
  const municipality = await deps.store.municipalities.findById(actor.municipalityId);
  if (!municipality) throw notFound('municipality');
  return {
    ...municipality,
    districtLayers: await deps.store.municipalities.listDistrictLayers(municipality.id),
    boundary: await deps.store.municipalities.findBoundary(municipality.id),
    placeNameCount: countPlaceNames(deps.placeNames, municipality.code),
    placeLabels: mapPlaceLabels(deps.placeNames, municipality.code),
  };
}
