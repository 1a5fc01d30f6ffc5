import type { PolygonGeometry } from './municipality.js';
import type { ProvisionedLayerInput } from './provisioned-layer.js';

/** A new municipality's name, boundary and the layers it starts with. */
export interface CreateMunicipalityInput {
  code: string;
  name: string;
  boundary: PolygonGeometry | null;
  /**
   * The layers it is given at once (the shipped distrikt, utsatta områden, stadsdelar); a
   * national layer keeps only what lies in the boundary.
   */
  layers?: ProvisionedLayerInput[];
}

/** What the installation ships about a kommunkod (its name, boundary, layers); null: unknown. */
export type FindReferenceMunicipality = (
  code: string,
) => Promise<Omit<CreateMunicipalityInput, 'code'> | null>;
