import type { Point } from '../districts/district-index.js';
import type { PlaceNameReference, ShippedPlaceName } from './shipped-place-names.js';

export interface MapPlaceLabel {
  name: string;
  kind: 'tatort' | 'locality';
  point: Point;
}

/** At most this many names on a map: the tätorter first, then the larger localities. */
export const maximumMapPlaceLabels = 120;

/**
 * The place names a map without basemap tiles writes on itself so a reporter can find where
 * they stand: the municipality's tätorter (SCB) and localities (GeoNames, Who's On First), each
 * name once (a tätort before a locality of the same name), tätorter first, then by name.
 */
export function mapPlaceLabels(
  reference: PlaceNameReference,
  municipalityCode: string,
): MapPlaceLabel[] {
  const rank = (place: ShippedPlaceName) => (place.kind === 'tatort' ? 0 : 1);
  const byName = new Map<string, ShippedPlaceName>();
  for (const place of reference.placesOf(municipalityCode)) {
    if (place.kind !== 'tatort' && place.kind !== 'locality') continue;
    const key = place.name.toLocaleLowerCase('sv');
    const earlier = byName.get(key);
    if (place.name === '' || (earlier && rank(earlier) <= rank(place))) continue;
    byName.set(key, place);
  }
  return [...byName.values()]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'sv'))
    .slice(0, maximumMapPlaceLabels)
    .map((place) => ({
      name: place.name,
      kind: place.kind === 'tatort' ? 'tatort' : 'locality',
      point: place.point,
    }));
}
