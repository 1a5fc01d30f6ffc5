import type { DistrictFeature, GeoPoint } from '../../api/types';

type Ring = [number, number][];

/** Even-odd rule: a point is inside a ring when a ray from it crosses the ring an odd number of times. */
function isInRing(point: GeoPoint, ring: Ring): boolean {
  let isInside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const crosses =
      yi > point.latitude !== yj > point.latitude &&
      point.longitude < ((xj - xi) * (point.latitude - yi)) / (yj - yi) + xi;
    if (crosses) isInside = !isInside;
  }
  return isInside;
}

function isInPolygon(point: GeoPoint, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  return (
    outer !== undefined && isInRing(point, outer) && !holes.some((hole) => isInRing(point, hole))
  );
}

/**
 * The districts that hold a point, to tell the reporter where the tapped place lies. The server
 * assigns districts itself; this is only what the form shows.
 */
export function districtsAt(
  point: GeoPoint,
  features: readonly DistrictFeature[],
): DistrictFeature[] {
  return features.filter((feature) => {
    const { type, coordinates } = feature.geometry;
    if (type === 'Polygon') return isInPolygon(point, coordinates as Ring[]);
    return (coordinates as Ring[][]).some((polygon) => isInPolygon(point, polygon));
  });
}
