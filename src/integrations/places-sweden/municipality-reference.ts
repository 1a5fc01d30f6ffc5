import { municipalityBoundary } from '../../demo/reference-data.js';
import type { PolygonGeometry } from '../../domain/municipalities/municipality.js';
import type { ProvisionedLayerInput } from '../../domain/municipalities/provisioned-layer.js';
import { referenceLayers } from './reference-places.js';

interface ReferenceMunicipality {
  code: string;
  name: string;
  boundary: PolygonGeometry;
  layers: ProvisionedLayerInput[];
}

/**
 * Everything Tryggve ships about one municipality, by kommunkod: its name and boundary
 * (SCB) and the layers it is given when it is created. Null for a code SCB does not know.
 */
export async function referenceMunicipality(code: string): Promise<ReferenceMunicipality | null> {
  const boundary = await municipalityBoundary(code);
  if (!boundary) return null;
  return {
    code,
    name: boundary.name,
    boundary: boundary.boundary,
    layers: await referenceLayers(code),
  };
}
