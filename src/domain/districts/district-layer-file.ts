import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { DistrictInput } from '../municipalities/create-district-layer.js';
import type { District, PolygonGeometry } from '../municipalities/municipality.js';
import { clipToMunicipality, type CrossingFeature } from './clip-layer-file.js';
import { DistrictIndex } from './district-index.js';
import { assertLayerWithinLimits } from './district-layer-limits.js';
import {
  DistrictLayerFormatError,
  readDistrictLayer,
  type LayerCrs,
  type RejectedFeature,
} from './read-district-layer.js';

/** A layer as a coordinator sends it, to add it or to replace one. */
export interface DistrictLayerFileInput {
  name: string;
  source: string | null;
  geojson: unknown;
  /** The feature property that holds each district's name. */
  nameProperty: string;
  codeProperty: string | null;
  /** Store the good features even if some are rejected; otherwise any bad feature stops the upload. */
  isSkippingBadFeatures: boolean;
}

/** What a stored layer file gives back: the layer's size, its coordinate system, what was skipped. */
export interface StoredDistrictLayer<Layer> {
  layer: Layer;
  districtCount: number;
  crs: LayerCrs;
  rejected: RejectedFeature[];
  /** Features kept although they cross the municipality's boundary: a warning, not a refusal. */
  crossing: CrossingFeature[];
  /** Existing incidents that now lie in one of the layer's districts. */
  assignedIncidents: number;
}

/**
 * The districts of a GeoJSON file, or DISTRICT_LAYER_INVALID with every bad feature's
 * position and reason. With the municipality's boundary, features wholly outside it are
 * refused (`outside_municipality`) and those crossing it are kept and listed. Nothing is written.
 */
export function readDistrictLayerFile(
  input: DistrictLayerFileInput,
  boundary: PolygonGeometry | null = null,
): {
  districts: DistrictInput[];
  crs: LayerCrs;
  rejected: RejectedFeature[];
  crossing: CrossingFeature[];
} {
  assertLayerWithinLimits(input.geojson);
  let read: ReturnType<typeof readDistrictLayer>;
  try {
    read = readDistrictLayer(input.geojson, input.nameProperty, input.codeProperty);
  } catch (error) {
    if (error instanceof DistrictLayerFormatError) {
      throw new DomainError('DISTRICT_LAYER_INVALID', error.message, { rejected: [] });
    }
    throw error;
  }
  const clipped = clipToMunicipality(read, boundary);
  read = { ...read, ...clipped };
  if (read.districts.length === 0 || (read.rejected.length > 0 && !input.isSkippingBadFeatures)) {
    throw new DomainError(
      'DISTRICT_LAYER_INVALID',
      read.districts.length === 0
        ? 'No feature of the file can be used as a district.'
        : 'Some features cannot be used; correct them or choose to skip them.',
      { rejected: read.rejected, propertyNames: read.propertyNames },
    );
  }
  return { ...read, crossing: clipped.crossing };
}

/** The same name, as imports match district names: Unicode-normalised, trimmed, any case. */
export const districtNameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** Incidents read a page at a time while they are assigned to new districts. */
const pageSize = 5_000;

/**
 * Assigns every incident of the municipality with a point to the districts it lies in, and
 * the incidents in `carried` (incident → districts) to those districts too, once each.
 * Returns how many incidents were assigned to at least one district.
 */
export async function assignIncidentsToDistricts(
  repositories: Repositories,
  municipalityId: string,
  districts: District[],
  carried: Map<string, Set<string>> = new Map(),
): Promise<number> {
  const index = new DistrictIndex(districts);
  const remaining = new Map(carried);
  let assignedIncidents = 0;
  const assign = async (byIncident: Map<string, Set<string>>) => {
    const assignments = [...byIncident].flatMap(([incidentId, districtIds]) =>
      [...districtIds].map((districtId) => ({ incidentId, districtId })),
    );
    await repositories.incidents.addDistrictAssignments(assignments);
    assignedIncidents += [...byIncident.values()].filter((ids) => ids.size > 0).length;
  };
  for (let afterId = ''; ;) {
    const page = await repositories.incidents.listPoints(municipalityId, afterId, pageSize);
    const byIncident = new Map<string, Set<string>>();
    for (const incident of page) {
      const districtIds = new Set(index.districtsAt(incident).map((district) => district.id));
      for (const districtId of remaining.get(incident.id) ?? []) districtIds.add(districtId);
      remaining.delete(incident.id);
      if (districtIds.size > 0) byIncident.set(incident.id, districtIds);
    }
    await assign(byIncident);
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    afterId = last.id;
  }
  // Incidents without a point keep the districts carried over to them.
  await assign(remaining);
  return assignedIncidents;
}
