import type {
  District,
  DistrictLayer,
  LayerAssignment,
  Municipality,
  PolygonGeometry,
} from './municipality.js';

export interface MunicipalityRepository {
  create(municipality: Municipality, boundary: PolygonGeometry | null): Promise<void>;
  findById(id: string): Promise<Municipality | null>;
  findByCode(code: string): Promise<Municipality | null>;
  findBoundary(id: string): Promise<PolygonGeometry | null>;
  /**
   * Serialises changes to who administers the municipality until the transaction ends (a row
   * lock on PostgreSQL; SQLite has one writer at a time anyway).
   */
  lockAdministration(id: string): Promise<void>;
  list(): Promise<Municipality[]>;
  createDistrictLayer(layer: DistrictLayer, districts: District[]): Promise<void>;
  findDistrictLayer(municipalityId: string, id: string): Promise<DistrictLayer | null>;
  /**
   * Every incident assigned to a district of the layer: whether the incident has a point of
   * its own, and whether the district is the one its reporter chose.
   */
  listLayerAssignments(layerId: string): Promise<LayerAssignment[]>;
  /**
   * Gives the layer a new name, source and districts: the reporters' choices move to the new
   * districts in `chosenDistricts`, the old districts go with their incidents' assignments.
   * The caller assigns the incidents to the new districts.
   */
  replaceDistrictLayer(
    layer: DistrictLayer,
    districts: District[],
    chosenDistricts: { fromId: string; toId: string }[],
    replacedAt: string,
  ): Promise<void>;
  /** Deletes the layer, its districts and every incident's assignment to them. */
  deleteDistrictLayer(id: string): Promise<void>;
  listDistrictLayers(
    municipalityId: string,
  ): Promise<(DistrictLayer & { districtCount: number })[]>;
  /** Every district of every layer of the municipality, with its geometry. */
  listDistricts(municipalityId: string): Promise<District[]>;
}
