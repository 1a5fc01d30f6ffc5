import { MunicipalityBoundary } from '../districts/clip-to-municipality.js';
import type { DistrictInput, PolygonGeometry } from './municipality.js';

/**
 * A district layer a new municipality is given from the shipped reference data: Lantmäteriet's
 * distrikt, the police's utsatta områden, Stockholm's stadsdelar.
 */
export interface ProvisionedLayerInput {
  name: string;
  /** Who made the data and under which licence: shown wherever the layer is shown. */
  source: string;
  districts: DistrictInput[];
  /**
   * Cut from a national file (the utsatta områden) by the reader, which gives each area to
   * the municipality holding most of it: as a safety net, an area far from the municipality
   * (its box does not meet the boundary's) is left out. Not a stricter test: an area on the
   * shore may lie outside the generalised boundary (Helsingborg's Söder) and must still come
   * with its municipality. A file cut by kommunkod keeps every district.
   */
  isNational: boolean;
}

/**
 * The districts of each layer that belong to the municipality, never one from elsewhere; a
 * layer left with none is not created at all. Without a boundary, a national layer has
 * nothing to be cut by and is left out.
 */
export function layersForMunicipality(
  layers: ProvisionedLayerInput[],
  boundary: PolygonGeometry | null,
): ProvisionedLayerInput[] {
  const prepared = boundary ? new MunicipalityBoundary(boundary) : null;
  return layers
    .map((layer) =>
      layer.isNational
        ? {
            ...layer,
            districts: prepared
              ? layer.districts.filter((district) => prepared.isNear(district.geometry))
              : [],
          }
        : layer,
    )
    .filter((layer) => layer.districts.length > 0);
}
