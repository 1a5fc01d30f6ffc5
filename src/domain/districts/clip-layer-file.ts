import type { DistrictInput } from '../municipalities/create-district-layer.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';
import { MunicipalityBoundary } from './clip-to-municipality.js';
import type { RejectedFeature } from './read-district-layer.js';

/** A feature kept although part of it lies outside the municipality. */
export interface CrossingFeature {
  /** The feature's position in the file, from 0. */
  index: number;
  name: string;
  code: 'crossing_municipality_boundary';
}

/**
 * A layer belongs to its municipality: features wholly outside the boundary are refused with
 * `outside_municipality`, features crossing it are kept and listed. Without a boundary (a
 * municipality created without one) every feature is kept.
 */
export function clipToMunicipality(
  read: { districts: DistrictInput[]; featureIndexes: number[]; rejected: RejectedFeature[] },
  boundary: PolygonGeometry | null,
): {
  districts: DistrictInput[];
  featureIndexes: number[];
  rejected: RejectedFeature[];
  crossing: CrossingFeature[];
} {
  if (!boundary) return { ...read, crossing: [] };
  const municipality = new MunicipalityBoundary(boundary);
  const districts: DistrictInput[] = [];
  const featureIndexes: number[] = [];
  const outside: RejectedFeature[] = [];
  const crossing: CrossingFeature[] = [];
  read.districts.forEach((district, position) => {
    const index = read.featureIndexes[position] ?? position;
    const relation = municipality.relationOf(district.geometry);
    if (relation === 'outside') {
      outside.push({
        index,
        code: 'outside_municipality',
        params: { name: district.name },
        reason: `"${district.name}" lies wholly outside the municipality`,
      });
      return;
    }
    if (relation === 'crossing') {
      crossing.push({ index, name: district.name, code: 'crossing_municipality_boundary' });
    }
    districts.push(district);
    featureIndexes.push(index);
  });
  return {
    districts,
    featureIndexes,
    rejected: [...read.rejected, ...outside].sort((a, b) => a.index - b.index),
    crossing,
  };
}
