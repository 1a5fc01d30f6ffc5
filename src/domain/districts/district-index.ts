import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { District } from '../municipalities/municipality.js';

export interface Point {
  longitude: number;
  latitude: number;
}

/**
 * Finds the districts a point lies in, on every layer at once: a packed R-tree over the
 * districts' bounding boxes narrows the candidates, then an exact point-in-polygon test
 * decides (holes and multipolygons included). A point on a boundary counts as inside.
 */
export class DistrictIndex {
  private readonly tree: Flatbush | null;

  constructor(private readonly districts: readonly District[]) {
    if (districts.length === 0) {
      this.tree = null;
      return;
    }
    this.tree = new Flatbush(districts.length);
    for (const { boundingBox } of districts) {
      this.tree.add(
        boundingBox.minLongitude,
        boundingBox.minLatitude,
        boundingBox.maxLongitude,
        boundingBox.maxLatitude,
      );
    }
    this.tree.finish();
  }

  /** Every district containing the point, in the order the districts were given. */
  districtsAt(point: Point): District[] {
    if (!this.tree) return [];
    const candidates = this.tree.search(
      point.longitude,
      point.latitude,
      point.longitude,
      point.latitude,
    );
    return candidates
      .sort((a, b) => a - b)
      .map((index) => this.districts[index])
      .filter((district): district is District => district !== undefined)
      .filter((district) =>
        booleanPointInPolygon([point.longitude, point.latitude], district.geometry),
      );
  }
}
