import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
  boundingBoxOf,
  type BoundingBox,
  type PolygonGeometry,
} from '../municipalities/municipality.js';

/** Where a district lies against its municipality's boundary. */
type BoundaryRelation = 'inside' | 'crossing' | 'outside';

/** Points per side of the grid that measures how much of an area lies inside. */
const areaGridSize = 16;

/** At most this many vertices of a district are tested one by one, evenly spread. */
const sampledVertexLimit = 256;

function verticesOf(geometry: PolygonGeometry): number[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Outer rings only: a hole's vertices lie inside the district's own outline.
  return polygons.flatMap((polygon) => (polygon[0] ?? []).slice(0, -1));
}

function sampled<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, index) => items[Math.floor(index * step)] as T);
}

const boxesOverlap = (a: BoundingBox, b: BoundingBox) =>
  a.minLongitude <= b.maxLongitude &&
  b.minLongitude <= a.maxLongitude &&
  a.minLatitude <= b.maxLatitude &&
  b.minLatitude <= a.maxLatitude;

/**
 * A municipality's boundary, prepared once for testing many districts against it: its
 * bounding box first (most districts of a wrong file are decided by it alone), then its
 * vertices one by one.
 */
export class MunicipalityBoundary {
  private readonly box: BoundingBox;

  constructor(private readonly boundary: PolygonGeometry) {
    this.box = boundingBoxOf(boundary);
  }

  /** Whether the district's bounding box meets the municipality's: the cheapest test of all. */
  isNear(geometry: PolygonGeometry): boolean {
    return boxesOverlap(this.box, boundingBoxOf(geometry));
  }

  /** The share (0–1) of the district's outline vertices that lie inside the boundary. */
  shareInside(geometry: PolygonGeometry): number {
    if (!boxesOverlap(this.box, boundingBoxOf(geometry))) return 0;
    const vertices = sampled(verticesOf(geometry), sampledVertexLimit);
    if (vertices.length === 0) return 0;
    const inside = vertices.filter((vertex) =>
      booleanPointInPolygon(vertex, this.boundary, { ignoreBoundary: false }),
    ).length;
    return inside / vertices.length;
  }

  /**
   * Inside, crossing the boundary, or wholly outside. A district none of whose vertices lie
   * inside may still overlap (it surrounds the municipality, or an edge cuts a corner): that
   * rarer case is decided exactly by an intersection test.
   */
  relationOf(geometry: PolygonGeometry): BoundaryRelation {
    if (!boxesOverlap(this.box, boundingBoxOf(geometry))) return 'outside';
    const share = this.shareInside(geometry);
    if (share === 1) return 'inside';
    if (share > 0) return 'crossing';
    return booleanIntersects(geometry, this.boundary) ? 'crossing' : 'outside';
  }

  /**
   * The share (0–1) of the district's area that lies inside, measured on a grid of points
   * over the district: how a national file's areas are given out, each to the municipality
   * that holds the largest share (the rest may be water, or another municipality).
   */
  shareOfArea(geometry: PolygonGeometry): number {
    const box = boundingBoxOf(geometry);
    if (!boxesOverlap(this.box, box)) return 0;
    let inDistrict = 0;
    let inBoth = 0;
    const width = box.maxLongitude - box.minLongitude;
    const height = box.maxLatitude - box.minLatitude;
    for (let row = 0; row < areaGridSize; row++) {
      for (let column = 0; column < areaGridSize; column++) {
        const point = [
          box.minLongitude + ((column + 0.5) / areaGridSize) * width,
          box.minLatitude + ((row + 0.5) / areaGridSize) * height,
        ];
        if (!booleanPointInPolygon(point, geometry)) continue;
        inDistrict++;
        if (booleanPointInPolygon(point, this.boundary)) inBoth++;
      }
    }
    return inDistrict === 0 ? 0 : inBoth / inDistrict;
  }
}
