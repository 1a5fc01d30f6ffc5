import { DomainError } from '../errors.js';

/**
 * The largest layer Tryggve takes: every DeSO of Sweden fits (about 6,200 areas), and a
 * municipality's border drawn to the metre stays far under the positions per area. A larger
 * file would hold the server for many seconds while it is read and every incident placed.
 */
export const maxLayerFeatures = 10_000;
export const maxPositionsPerFeature = 100_000;
export const maxPositionsPerLayer = 1_000_000;

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** How many positions a Polygon or MultiPolygon holds, counting arrays, never numbers. */
function positionCount(geometry: unknown): number {
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return 0;
  const polygons = type === 'MultiPolygon' ? coordinates : type === 'Polygon' ? [coordinates] : [];
  let count = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) continue;
    for (const ring of polygon) count += lengthOf(ring);
  }
  return count;
}

const tooLarge = (message: string, details: Record<string, number | string>) =>
  new DomainError('DISTRICT_LAYER_TOO_LARGE', message, {
    ...details,
    maxFeatures: maxLayerFeatures,
    maxPositionsPerFeature,
    maxPositions: maxPositionsPerLayer,
  });

/**
 * Refuses a layer file larger than the limits with DISTRICT_LAYER_TOO_LARGE, before any
 * feature is read or converted: one pass over the lengths of its arrays.
 */
export function assertLayerWithinLimits(geojson: unknown): void {
  const features = (geojson as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return;
  if (features.length > maxLayerFeatures) {
    throw tooLarge(`The layer has ${features.length} features; at most ${maxLayerFeatures}.`, {
      limit: 'features',
      count: features.length,
    });
  }
  let total = 0;
  for (const [index, feature] of features.entries()) {
    const count = positionCount((feature as { geometry?: unknown } | null)?.geometry);
    if (count > maxPositionsPerFeature) {
      throw tooLarge(
        `Feature ${index} has ${count} positions; at most ${maxPositionsPerFeature} an area.`,
        { limit: 'positions_per_feature', count, index },
      );
    }
    total += count;
    if (total > maxPositionsPerLayer) {
      throw tooLarge(`The layer has over ${maxPositionsPerLayer} positions.`, {
        limit: 'positions',
        count: total,
      });
    }
  }
}
