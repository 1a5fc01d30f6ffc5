import { DistrictIndex, type Point } from '../districts/district-index.js';
import type { District, PolygonGeometry } from '../municipalities/municipality.js';
import { MunicipalityExtent } from '../municipalities/municipality-extent.js';
import { curatedPlaceNames } from './curated-place-names.js';
import { isUsablePlaceName, municipalityPlaceNames } from './municipality-place-names.js';
import type { PlaceNameReference } from './shipped-place-names.js';
import { placeNameKey, type PlaceName } from './place-name.js';
import { PlaceNameMatcher } from './place-name-matcher.js';

/** Where a text puts an incident. */
export interface TextPlacement {
  /** The named place's point; null unless exactly one place with a known point is named. */
  point: Point | null;
  precision: 'place_name' | 'district' | 'municipality';
  districtIds: string[];
  /** The places the text names, in order of mention. */
  placeNames: string[];
}

/** What placing by text needs of a municipality, built once per import or re-placement. */
export interface TextPlacer {
  place(text: string): TextPlacement;
  /** How many distinct places are looked for. */
  placeCount: number;
}

/**
 * The places of a municipality's texts: its shipped place names (its own kommunkod only),
 * its curated list, and the names of its districts on every layer, a name with "/" ("Ronna /
 * Geneta / Lina") also by each part. A place whose point lies outside the municipality
 * keeps its name but loses the point.
 */
export function textPlacerFor(input: {
  /** The shipped place names (Deps.placeNames). */
  placeNames: PlaceNameReference;
  municipalityCode: string;
  boundary: PolygonGeometry | null;
  districts: readonly District[];
}): TextPlacer {
  const extent = new MunicipalityExtent(input.boundary, input.districts);
  const index = new DistrictIndex(input.districts);
  const districtsByName = new Map<string, District[]>();
  const fromDistricts: PlaceName[] = [];
  for (const district of input.districts) {
    const key = placeNameKey(district.name);
    districtsByName.set(key, [...(districtsByName.get(key) ?? []), district]);
    const parts = district.name.includes('/') ? district.name.split('/') : [];
    const names = [district.name, ...parts]
      .map((name) => name.trim())
      .filter((name) => isUsablePlaceName(name, input.placeNames));
    for (const name of names)
      fromDistricts.push({
        name,
        alternativeNames: [],
        point: null,
        districtNames: [district.name],
      });
  }
  const withinExtent = (place: PlaceName): PlaceName =>
    place.point && !extent.contains(place.point) ? { ...place, point: null } : place;
  const matcher = new PlaceNameMatcher(
    [
      ...(curatedPlaceNames[input.municipalityCode] ?? []),
      ...municipalityPlaceNames(input.placeNames, input.municipalityCode),
      ...fromDistricts,
    ].map(withinExtent),
  );
  const districtsOf = (place: PlaceName): Set<string> =>
    new Set(
      [
        ...(place.point ? index.districtsAt(place.point) : []),
        ...place.districtNames.flatMap((name) => districtsByName.get(placeNameKey(name)) ?? []),
      ].map((district) => district.id),
    );

  return {
    placeCount: matcher.size,
    place(text) {
      const places = matcher.placesIn(text);
      const placeNames = places.map((place) => place.name);
      const [first, ...others] = places;
      if (!first) return { point: null, precision: 'municipality', districtIds: [], placeNames };
      if (others.length === 0) {
        const districtIds = [...districtsOf(first)];
        return {
          point: first.point,
          precision: first.point
            ? 'place_name'
            : districtIds.length > 0
              ? 'district'
              : 'municipality',
          districtIds,
          placeNames,
        };
      }
      // Several places: only the districts that hold every one of them, and no point.
      let common = districtsOf(first);
      for (const other of others) {
        const ids = districtsOf(other);
        common = new Set([...common].filter((id) => ids.has(id)));
      }
      return {
        point: null,
        precision: common.size > 0 ? 'district' : 'municipality',
        districtIds: [...common],
        placeNames,
      };
    },
  };
}
