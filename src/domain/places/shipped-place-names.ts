import type { Point } from '../districts/district-index.js';

/**
 * One row of the shipped place names (data/reference/places-sweden, SOURCE-place-names.md):
 * GeoNames and Who's On First localities, neighbourhoods and Lantmäteriet's distrikt, and
 * SCB's tätorter, each with its point and the kommunkod whose boundary holds that point.
 */
export interface ShippedPlaceName {
  name: string;
  /** Who's On First's spelling, when it is not merely the name without å, ä, ö. */
  alternativeName: string | null;
  point: Point;
  kind: 'tatort' | 'locality' | 'neighbourhood' | 'distrikt';
}

/**
 * The shipped place-name reference, a port: src/integrations/places-sweden reads the files
 * (shippedPlaceNameReference) and Deps.placeNames carries it to the use cases.
 */
export interface PlaceNameReference {
  /** The shipped place names of a kommunkod. */
  placesOf(municipalityCode: string): readonly ShippedPlaceName[];
  /** The 290 municipalities' names: never a place of another municipality ("Salem" in Botkyrka). */
  municipalityNames(): readonly string[];
}
