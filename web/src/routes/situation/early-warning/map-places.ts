import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';
import type { DistrictFeature } from '../../../api/types';
import { districtsAt } from '../geometry';

/** One district's hot and cold cells; `districtId` null: cells outside every district. */
export interface HotSpotPlace {
  districtId: string | null;
  name: string;
  hot: number;
  cold: number;
  incidents: number;
}

/** One district's part of the heat map: its highest density and its cells with incidents. */
export interface HeatPlace {
  districtId: string | null;
  name: string;
  maximum: number;
  cells: number;
}

/** The middle of a cell: the mean of its outer ring's corners (a hexagon is convex). */
export function cellCentre(ring: readonly number[][]): { longitude: number; latitude: number } {
  const corners =
    ring.length > 1 && ring[0]?.join() === ring.at(-1)?.join() ? ring.slice(0, -1) : ring;
  let longitudes = 0;
  let latitudes = 0;
  for (const [longitude = 0, latitude = 0] of corners) {
    longitudes += longitude;
    latitudes += latitude;
  }
  const count = Math.max(corners.length, 1);
  return { longitude: longitudes / count, latitude: latitudes / count };
}

function districtOf(
  point: { longitude: number; latitude: number },
  districts: readonly DistrictFeature[],
): DistrictFeature | undefined {
  return districtsAt(point, districts)[0];
}

/**
 * Where the map's hot and cold spots lie, in words: per district (the one holding a cell's
 * middle), how many hot and cold cells and how many incidents in them. Districts with hot
 * cells first; cells outside the districts last, named `outsideName`.
 */
export function hotSpotsByDistrict(
  features: HotSpotCollection['features'],
  districts: readonly DistrictFeature[],
  outsideName: string,
): HotSpotPlace[] {
  const places = new Map<string | null, HotSpotPlace>();
  for (const feature of features) {
    const { kind, count } = feature.properties;
    if (kind === 'none') continue;
    const ring = feature.geometry.coordinates[0] ?? [];
    const district = districtOf(cellCentre(ring), districts);
    const id = district?.id ?? null;
    const place = places.get(id) ?? {
      districtId: id,
      name: district?.properties.name ?? outsideName,
      hot: 0,
      cold: 0,
      incidents: 0,
    };
    if (kind === 'hot') place.hot += 1;
    else place.cold += 1;
    place.incidents += count ?? 0;
    places.set(id, place);
  }
  return [...places.values()].sort(
    (a, b) =>
      Number(a.districtId === null) - Number(b.districtId === null) ||
      b.hot - a.hot ||
      b.incidents - a.incidents ||
      b.cold - a.cold ||
      a.name.localeCompare(b.name, 'sv'),
  );
}

/** The heat map per district: its highest density and its cells, densest district first. */
export function heatByDistrict(
  features: HeatCollection['features'],
  districts: readonly DistrictFeature[],
  outsideName: string,
): HeatPlace[] {
  const places = new Map<string | null, HeatPlace>();
  for (const feature of features) {
    const { density } = feature.properties;
    if (!(density > 0)) continue;
    const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
    const district = districtOf({ longitude, latitude }, districts);
    const id = district?.id ?? null;
    const place = places.get(id) ?? {
      districtId: id,
      name: district?.properties.name ?? outsideName,
      maximum: 0,
      cells: 0,
    };
    place.maximum = Math.max(place.maximum, density);
    place.cells += 1;
    places.set(id, place);
  }
  return [...places.values()].sort(
    (a, b) =>
      Number(a.districtId === null) - Number(b.districtId === null) ||
      b.maximum - a.maximum ||
      a.name.localeCompare(b.name, 'sv'),
  );
}
