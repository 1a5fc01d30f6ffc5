import type { District } from '../municipalities/municipality.js';
import type { DistrictIndex, Point } from './district-index.js';

/** Sample points across a chosen district's bounding box, per side: at most 24 × 24 tests. */
const samplesPerSide = 24;

/**
 * Points spread evenly over a district (a grid over its bounding box, kept where the district
 * is): where the district lies, for the layers it is not in.
 */
function samplePointsOf(district: District, index: DistrictIndex): Point[] {
  const { minLongitude, minLatitude, maxLongitude, maxLatitude } = district.boundingBox;
  const points: Point[] = [];
  for (let row = 0; row < samplesPerSide; row += 1) {
    for (let column = 0; column < samplesPerSide; column += 1) {
      const point = {
        longitude: minLongitude + ((column + 0.5) / samplesPerSide) * (maxLongitude - minLongitude),
        latitude: minLatitude + ((row + 0.5) / samplesPerSide) * (maxLatitude - minLatitude),
      };
      if (index.districtsAt(point).some((found) => found.id === district.id)) points.push(point);
    }
  }
  return points;
}

/**
 * The districts, one layer after another, a report's place counts in, so every layer's totals
 * add up to the municipality's:
 *
 * - a district the reporter chose counts in its own layer, instead of any other district of
 *   that layer the point lies in;
 * - with a point, the other layers' districts are those holding the point;
 * - without one, each other layer's district is the one that holds most of the chosen district
 *   (more than half of it, judged on points spread over it); a layer none of whose districts
 *   holds most of it (the chosen district lies outside the layer, or across two of its
 *   districts) gets none.
 */
export function districtsInEveryLayer(
  index: DistrictIndex,
  place: { point?: Point | undefined; chosen?: District | undefined },
): string[] {
  const { point, chosen } = place;
  const atPoint = point ? index.districtsAt(point) : [];
  if (!chosen) return [...new Set(atPoint.map((district) => district.id))];
  const ids = new Set([chosen.id]);
  if (point) {
    atPoint
      .filter((district) => district.layerId !== chosen.layerId)
      .forEach((district) => ids.add(district.id));
    return [...ids];
  }
  const samples = samplePointsOf(chosen, index);
  const hits = new Map<string, { district: District; count: number }>();
  for (const sample of samples) {
    for (const district of index.districtsAt(sample)) {
      if (district.layerId === chosen.layerId) continue;
      const hit = hits.get(district.id) ?? { district, count: 0 };
      hit.count += 1;
      hits.set(district.id, hit);
    }
  }
  for (const { district, count } of hits.values()) {
    if (count * 2 > samples.length) ids.add(district.id);
  }
  return [...ids];
}
