import type { DistrictFeature, GeoPoint } from '../../api/types';
import { districtsAt } from './geometry';

/** West–south and east–north corners, in WGS84. */
export type Bounds = [[number, number], [number, number]];

/** The bounding box of GeoJSON coordinates of any depth; null when there are none. */
export function boundsOfCoordinates(coordinates: readonly unknown[]): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
      south = Math.min(south, value[1]);
      north = Math.max(north, value[1]);
      return;
    }
    value.forEach(visit);
  };
  coordinates.forEach(visit);
  return Number.isFinite(west)
    ? [
        [west, south],
        [east, north],
      ]
    : null;
}

/**
 * What a map shows: the municipality (its boundary, else its districts) and every district that
 * has an alarm, whole; `padding` degrees of latitude around (a pick map reaches past the
 * districts). Null when there is nothing to frame.
 */
export function viewBounds(
  parts: {
    boundary?: readonly unknown[] | null;
    features: readonly DistrictFeature[];
    alarmIds?: ReadonlySet<string>;
  },
  padding = 0,
): Bounds | null {
  const alarmed = parts.features.filter((feature) => parts.alarmIds?.has(feature.id) ?? false);
  const framed = [
    ...(parts.boundary
      ? [parts.boundary]
      : parts.features.map((feature) => feature.geometry.coordinates)),
    ...alarmed.map((feature) => feature.geometry.coordinates),
  ];
  const bounds = boundsOfCoordinates(framed);
  if (bounds === null) return null;
  const [[west, south], [east, north]] = bounds;
  return [
    [west - padding * 1.8, south - padding],
    [east + padding * 1.8, north + padding],
  ];
}

/** Grid points per side searched for a label's place inside a district. */
const labelGrid = 15;

/**
 * Where a district's name is written: the middle of its bounding box when that lies inside it,
 * else the grid point inside it nearest that middle (a crescent, a district with a hole in the
 * middle). Null for a district too thin for any grid point.
 */
export function labelPointOf(feature: DistrictFeature): GeoPoint | null {
  const bounds = boundsOfCoordinates([feature.geometry.coordinates]);
  if (bounds === null) return null;
  const [[west, south], [east, north]] = bounds;
  const middle = { longitude: (west + east) / 2, latitude: (south + north) / 2 };
  if (districtsAt(middle, [feature]).length > 0) return middle;
  let best: GeoPoint | null = null;
  let bestDistance = Infinity;
  for (let row = 0; row < labelGrid; row += 1) {
    for (let column = 0; column < labelGrid; column += 1) {
      const point = {
        longitude: west + ((column + 0.5) / labelGrid) * (east - west),
        latitude: south + ((row + 0.5) / labelGrid) * (north - south),
      };
      const distance =
        (point.longitude - middle.longitude) ** 2 + (point.latitude - middle.latitude) ** 2;
      if (distance < bestDistance && districtsAt(point, [feature]).length > 0) {
        best = point;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Whether `inner` lies wholly within `outer`. */
export function isWithin(inner: Bounds, outer: Bounds): boolean {
  return (
    inner[0][0] >= outer[0][0] &&
    inner[0][1] >= outer[0][1] &&
    inner[1][0] <= outer[1][0] &&
    inner[1][1] <= outer[1][1]
  );
}
