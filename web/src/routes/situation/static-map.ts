import type { DistrictFeature, PolygonGeometry } from '../../api/types';

type Position = [number, number];

export interface StaticMap {
  width: number;
  height: number;
  districts: { id: string; name: string; path: string }[];
  /** The municipal boundary, when given: it frames the map. */
  frame: string | null;
}

function polygonsOf(geometry: PolygonGeometry): Position[][][] {
  return geometry.type === 'Polygon'
    ? [geometry.coordinates as Position[][]]
    : (geometry.coordinates as Position[][][]);
}

/**
 * The districts as SVG paths, for a map that prints: no tiles, no WebGL, the same on paper as
 * on screen. An equirectangular projection, scaled by the cosine of the middle latitude, is
 * true enough at a municipality's size. The boundary, when given, frames the districts. Null
 * when there is nothing to draw.
 */
export function staticMapOf(
  features: readonly DistrictFeature[],
  width: number,
  boundary: PolygonGeometry | null = null,
): StaticMap | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  const geometries = [
    ...features.map((feature) => feature.geometry),
    ...(boundary ? [boundary] : []),
  ];
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        for (const [longitude, latitude] of ring) {
          west = Math.min(west, longitude);
          east = Math.max(east, longitude);
          south = Math.min(south, latitude);
          north = Math.max(north, latitude);
        }
      }
    }
  }
  if (!Number.isFinite(west) || east <= west || north <= south) return null;
  const stretch = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * stretch);
  const height = Math.max(1, Math.round((north - south) * scale));
  const point = ([longitude, latitude]: Position) =>
    `${((longitude - west) * stretch * scale).toFixed(1)} ${((north - latitude) * scale).toFixed(1)}`;
  const pathOf = (geometry: PolygonGeometry) =>
    polygonsOf(geometry)
      .flatMap((polygon) =>
        polygon.filter((ring) => ring.length > 0).map((ring) => `M${ring.map(point).join('L')}Z`),
      )
      .join('');
  return {
    width,
    height,
    districts: features.map((feature) => ({
      id: feature.id,
      name: feature.properties.name,
      path: pathOf(feature.geometry),
    })),
    frame: boundary ? pathOf(boundary) : null,
  };
}
