import proj4 from 'proj4';
import type { DistrictInput } from '../municipalities/create-district-layer.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';

/** SWEREF 99 TM (EPSG:3006), the Swedish national grid that SCB and municipalities publish in. */
const sweref99tm = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = proj4(sweref99tm, 'WGS84');

export type LayerCrs = 'wgs84' | 'sweref99tm';

/** Why a feature of a layer file was refused: a stable code, for the web app to word. */
type FeatureProblemCode =
  | 'name_missing'
  | 'geometry_type'
  | 'coordinates_missing'
  | 'no_rings'
  | 'ring_too_short'
  | 'position_not_numbers'
  | 'position_outside_sweden'
  | 'ring_not_closed'
  /** Wholly outside the municipality's boundary (checked after reading; see clip-to-municipality). */
  | 'outside_municipality';

interface FeatureProblem {
  code: FeatureProblemCode;
  params: Record<string, string | number>;
  /** The problem in English, for the CLI and clients that do not know the code. */
  reason: string;
}

export interface RejectedFeature extends FeatureProblem {
  /** The feature's position in the collection, from 0. */
  index: number;
}

const problem = (
  code: FeatureProblemCode,
  reason: string,
  params: FeatureProblem['params'] = {},
): FeatureProblem => ({ code, params, reason });

interface ReadDistrictLayer {
  districts: DistrictInput[];
  /** Each district's position in the file, from 0 (parallel to `districts`). */
  featureIndexes: number[];
  rejected: RejectedFeature[];
  crs: LayerCrs;
  /** Every property name of the features, for choosing the name property. */
  propertyNames: string[];
}

export class DistrictLayerFormatError extends Error {
  override name = 'DistrictLayerFormatError';
}

type Position = number[];

/** EPSG:3006 when the file says so, or when its first coordinates are metres in Sweden's grid. */
function detectCrs(
  collection: { crs?: { properties?: { name?: unknown } } },
  first: Position | undefined,
): LayerCrs {
  const named = String(collection.crs?.properties?.name ?? '');
  if (/3006/.test(named)) return 'sweref99tm';
  if (/4326|CRS84/i.test(named)) return 'wgs84';
  const [x = 0, y = 0] = first ?? [];
  return x > 180 && y > 6_000_000 ? 'sweref99tm' : 'wgs84';
}

function firstPosition(features: unknown[]): Position | undefined {
  for (const feature of features) {
    let value: unknown = (feature as { geometry?: { coordinates?: unknown } })?.geometry
      ?.coordinates;
    while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
    if (Array.isArray(value) && typeof value[0] === 'number') return value as Position;
  }
  return undefined;
}

/** What is wrong with one ring, or null: closed, at least four positions, finite numbers in range. */
function ringProblem(ring: unknown, crs: LayerCrs): FeatureProblem | null {
  if (!Array.isArray(ring) || ring.length < 4)
    return problem('ring_too_short', 'a ring needs at least four positions');
  for (const position of ring) {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      !position.every((value) => Number.isFinite(value))
    ) {
      return problem('position_not_numbers', 'every position must be two numbers');
    }
    const [x, y] = position as [number, number];
    const isInRange =
      crs === 'wgs84'
        ? x >= 10 && x <= 25 && y >= 55 && y <= 70
        : x >= 200_000 && x <= 1_000_000 && y >= 6_100_000 && y <= 7_700_000;
    if (!isInRange) {
      return problem(
        'position_outside_sweden',
        crs === 'wgs84'
          ? `the position ${x},${y} is not longitude,latitude in Sweden`
          : `the position ${x},${y} is not SWEREF 99 TM metres in Sweden`,
        { position: `${x},${y}`, crs },
      );
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    return problem('ring_not_closed', 'a ring must end where it starts');
  return null;
}

function polygonsOf(geometry: unknown): unknown[][] | FeatureProblem {
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const found = type === undefined ? 'missing' : JSON.stringify(type);
    return problem(
      'geometry_type',
      `the geometry must be a Polygon or MultiPolygon, not ${found}`,
      { type: found },
    );
  }
  if (!Array.isArray(coordinates))
    return problem('coordinates_missing', 'the coordinates are missing');
  return type === 'Polygon' ? [coordinates] : (coordinates as unknown[][]);
}

const round = (value: number) => Math.round(value * 1e7) / 1e7;

function toWgs84Geometry(polygons: unknown[][], crs: LayerCrs): PolygonGeometry {
  const converted = polygons.map((polygon) =>
    (polygon as Position[][]).map((ring) =>
      ring.map((position) => {
        const [x = 0, y = 0] = position;
        const [longitude = 0, latitude = 0] = crs === 'wgs84' ? [x, y] : toWgs84.forward([x, y]);
        return [round(longitude), round(latitude)];
      }),
    ),
  );
  return converted.length === 1 && converted[0]
    ? { type: 'Polygon', coordinates: converted[0] }
    : { type: 'MultiPolygon', coordinates: converted };
}

/**
 * Reads a GeoJSON FeatureCollection of districts (DeSO, RegSO, the municipality's own
 * kommundelar) in WGS84 or SWEREF 99 TM, converting to WGS84. Every feature that cannot be
 * used is reported with its position and what is wrong with it; the name comes from the
 * property the user chose.
 *
 * @throws DistrictLayerFormatError when the file is not a FeatureCollection at all.
 */
export function readDistrictLayer(
  json: unknown,
  nameProperty: string,
  codeProperty: string | null,
): ReadDistrictLayer {
  const collection = json as {
    type?: unknown;
    features?: unknown;
    crs?: { properties?: { name?: unknown } };
  };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DistrictLayerFormatError('The file must be a GeoJSON FeatureCollection.');
  }
  const features = collection.features as unknown[];
  const crs = detectCrs(collection, firstPosition(features));
  const propertyNames = new Set<string>();
  const districts: DistrictInput[] = [];
  const featureIndexes: number[] = [];
  const rejected: RejectedFeature[] = [];
  features.forEach((feature, index) => {
    const properties = ((feature as { properties?: unknown })?.properties ?? {}) as Record<
      string,
      unknown
    >;
    Object.keys(properties).forEach((name) => propertyNames.add(name));
    const name = properties[nameProperty];
    if (typeof name !== 'string' && typeof name !== 'number') {
      rejected.push({
        index,
        ...problem('name_missing', `the property "${nameProperty}" is missing`, {
          property: nameProperty,
        }),
      });
      return;
    }
    const polygons = polygonsOf((feature as { geometry?: unknown })?.geometry);
    if (!Array.isArray(polygons)) {
      rejected.push({ index, ...polygons });
      return;
    }
    const ringFault = polygons
      .flatMap((polygon) =>
        Array.isArray(polygon) && polygon.length > 0
          ? polygon.map((ring) => ringProblem(ring, crs))
          : [problem('no_rings', 'a polygon has no rings')],
      )
      .find((item) => item !== null);
    if (ringFault) {
      rejected.push({ index, ...ringFault });
      return;
    }
    const code = codeProperty ? properties[codeProperty] : null;
    districts.push({
      name: String(name).trim(),
      code: code === null || code === undefined ? null : String(code),
      category: null,
      geometry: toWgs84Geometry(polygons, crs),
    });
    featureIndexes.push(index);
  });
  return { districts, featureIndexes, rejected, crs, propertyNames: [...propertyNames].sort() };
}
