export interface Municipality {
  id: string;
  /** SCB's four-digit kommunkod, e.g. "0126" for Huddinge. */
  code: string;
  name: string;
  createdAt: string;
}

export interface DistrictLayer {
  id: string;
  municipalityId: string;
  name: string;
  source: string | null;
  createdAt: string;
}

export interface District {
  id: string;
  layerId: string;
  name: string;
  code: string | null;
  category: string | null;
  /** GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat). */
  geometry: PolygonGeometry;
  boundingBox: BoundingBox;
}

export type PolygonGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface BoundingBox {
  minLongitude: number;
  minLatitude: number;
  maxLongitude: number;
  maxLatitude: number;
}

export function isMunicipalityCode(code: string): boolean {
  return /^\d{4}$/.test(code);
}

/** The smallest box around every ring of a polygon or multipolygon. */
export function boundingBoxOf(geometry: PolygonGeometry): BoundingBox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box = {
    minLongitude: Infinity,
    minLatitude: Infinity,
    maxLongitude: -Infinity,
    maxLatitude: -Infinity,
  };
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [longitude, latitude] of ring) {
        if (longitude === undefined || latitude === undefined) continue;
        box.minLongitude = Math.min(box.minLongitude, longitude);
        box.minLatitude = Math.min(box.minLatitude, latitude);
        box.maxLongitude = Math.max(box.maxLongitude, longitude);
        box.maxLatitude = Math.max(box.maxLatitude, latitude);
      }
    }
  }
  return box;
}

export interface LayerAssignment {
  incidentId: string;
  districtId: string;
  hasPoint: boolean;
  isChosen: boolean;
}

/** A district as it is given: its name, code, category and shape. */
export interface DistrictInput {
  name: string;
  code: string | null;
  category: string | null;
  geometry: PolygonGeometry;
}
