import { DistrictIndex, type Point } from '../districts/district-index.js';
import {
  boundingBoxOf,
  type BoundingBox,
  type District,
  type PolygonGeometry,
} from './municipality.js';

/**
 * Allowance beyond the municipality's box: SCB's boundaries are generalised, so a real place
 * near the border may fall just outside them (about a kilometre at Swedish latitudes).
 */
const marginDegrees = 0.01;

/**
 * Whether a point can belong to the municipality: inside its boundary's box (with a margin),
 * or inside one of its own districts — the police's Vårby reaches a kilometre beyond SCB's
 * generalised Huddinge. Without a boundary every point is accepted.
 */
export class MunicipalityExtent {
  private readonly box: BoundingBox | null;
  private readonly districts: DistrictIndex;

  constructor(boundary: PolygonGeometry | null, districts: readonly District[]) {
    this.box = boundary ? boundingBoxOf(boundary) : null;
    this.districts = new DistrictIndex(districts);
  }

  contains(point: Point): boolean {
    if (!this.box) return true;
    const isInBox =
      point.longitude >= this.box.minLongitude - marginDegrees &&
      point.longitude <= this.box.maxLongitude + marginDegrees &&
      point.latitude >= this.box.minLatitude - marginDegrees &&
      point.latitude <= this.box.maxLatitude + marginDegrees;
    return isInBox || this.districts.districtsAt(point).length > 0;
  }
}
