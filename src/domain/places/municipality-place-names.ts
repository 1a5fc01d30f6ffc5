import type { Point } from '../districts/district-index.js';
import { placeNameKey, type PlaceName } from './place-name.js';
import type { PlaceNameReference, ShippedPlaceName } from './shipped-place-names.js';

/**
 * Words that are place names somewhere but mostly ordinary words or first names in a police
 * text, so a match on them would place an event by chance ("Polisen", "Centrum", "Berga" is
 * kept: it is a name). Compared in lower case.
 */
const notPlaceNames = new Set(
  [
    'centrum',
    'city',
    'station',
    'hamnen',
    'torget',
    'kyrkan',
    'skolan',
    'parken',
    'skogen',
    'sjön',
    'ön',
    'udden',
    'backen',
    'berget',
    'dalen',
    'hagen',
    'kullen',
    'lugnet',
    'strand',
    'näs',
    'torp',
    'by',
    'berg',
    'norra',
    'södra',
    'östra',
    'västra',
    'polisen',
    'ambulans',
    'vid',
    'mars',
    'maj',
    'juni',
    'juli',
    'augusti',
  ].map(placeNameKey),
);

/** The municipality names' keys of each reference, computed once. */
const municipalityNameKeysOf = new WeakMap<PlaceNameReference, Set<string>>();

function municipalityNameKeys(reference: PlaceNameReference): Set<string> {
  let keys = municipalityNameKeysOf.get(reference);
  if (!keys) {
    keys = new Set(reference.municipalityNames().map(placeNameKey));
    municipalityNameKeysOf.set(reference, keys);
  }
  return keys;
}

/** Whether a name can stand for a place in a text: a few letters, not a common word, not a kommun. */
export function isUsablePlaceName(name: string, reference: PlaceNameReference): boolean {
  const key = placeNameKey(name);
  return (
    /\p{L}{3}/u.test(key) && !notPlaceNames.has(key) && !municipalityNameKeys(reference).has(key)
  );
}

const kindOrder: Record<ShippedPlaceName['kind'], number> = {
  tatort: 0,
  locality: 1,
  neighbourhood: 2,
  distrikt: 3,
};

/** Points further apart than this (about 4 km) are different places of the same name. */
const sameplaceDegrees = 0.04;

/** One point for a name: the tätort's or locality's, or null when the name's points disagree. */
function pointOf(rows: readonly ShippedPlaceName[]): Point | null {
  const sorted = [...rows].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  const first = sorted[0];
  if (!first) return null;
  const isOnePlace = sorted.every(
    (row) =>
      Math.abs(row.point.latitude - first.point.latitude) <= sameplaceDegrees &&
      Math.abs(row.point.longitude - first.point.longitude) * 0.5 <= sameplaceDegrees,
  );
  return isOnePlace ? first.point : null;
}

/**
 * A municipality's own place names, from the shipped gazetteer and tätorter of its kommunkod
 * only: one place per name (its spellings as further places), with a point when every row of
 * that name agrees on where it is. Names that are common words or a municipality's name are
 * left out.
 */
export function municipalityPlaceNames(
  reference: PlaceNameReference,
  municipalityCode: string,
): PlaceName[] {
  const byKey = new Map<string, { name: string; rows: ShippedPlaceName[] }>();
  for (const row of reference.placesOf(municipalityCode)) {
    for (const name of [row.name, row.alternativeName]) {
      if (name === null || !isUsablePlaceName(name, reference)) continue;
      const key = placeNameKey(name);
      const entry = byKey.get(key) ?? { name, rows: [] };
      entry.rows.push(row);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ name, rows }) => ({
    name,
    alternativeNames: [],
    point: pointOf(rows),
    districtNames: [],
  }));
}
