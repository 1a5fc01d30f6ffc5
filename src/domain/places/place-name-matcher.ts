import { placeNameKey, tokenize, type PlaceName, type Token } from './place-name.js';

/** Names longer than this many words are not looked for (none of the lists has one). */
const maxWords = 6;

/**
 * Finds a municipality's places in texts. The names are keyed once in a Map; a text is
 * split into words once and every run of up to six words is looked up, so the cost grows
 * with the text, not with the number of names (60,000 events against 20,000 districts).
 *
 * Swedish forms: "i Tensta" and "Tensta centrum" contain the name as whole words; the
 * genitive "Tenstas" is the name with an -s; a name written with a hyphen or with spaces
 * is the same name ("Hallunda-Norsborg"). A match must start with a capital letter, as a
 * name does, and whole words only: "Tenstavägen" is a street that may lie elsewhere. Where
 * names overlap, the longest wins ("Vårby gård" over "Vårby").
 */
export class PlaceNameMatcher {
  private readonly byKey = new Map<string, PlaceName>();

  /** Places given later add to, and never replace, what an earlier one of the same name says. */
  constructor(places: Iterable<PlaceName>) {
    for (const place of places) {
      for (const name of [place.name, ...place.alternativeNames]) {
        const key = placeNameKey(name);
        if (key === '' || key.split(' ').length > maxWords) continue;
        const known = this.byKey.get(key);
        this.byKey.set(key, known ? mergePlaces(known, place) : place);
      }
    }
  }

  get size(): number {
    return new Set(this.byKey.values()).size;
  }

  /** The places named in a text, in order of first mention, without repeats. */
  placesIn(text: string): PlaceName[] {
    const tokens = tokenize(text);
    const found: PlaceName[] = [];
    for (let start = 0; start < tokens.length;) {
      const match = tokens[start]?.isCapitalised ? this.longestAt(tokens, start) : null;
      if (match) {
        if (!found.includes(match.place)) found.push(match.place);
        start += match.length;
      } else {
        start += 1;
      }
    }
    return found;
  }

  private longestAt(tokens: Token[], start: number): { place: PlaceName; length: number } | null {
    const end = Math.min(tokens.length, start + maxWords);
    for (let stop = end; stop > start; stop -= 1) {
      const words = tokens.slice(start, stop).map((token) => token.key);
      const place = this.byKey.get(words.join(' ')) ?? this.genitive(words);
      if (place) return { place, length: stop - start };
    }
    return null;
  }

  /** "Tenstas" → "Tensta"; "Farsta strands" → "Farsta strand". */
  private genitive(words: string[]): PlaceName | undefined {
    const last = words.at(-1);
    if (!last || last.length < 4 || !last.endsWith('s')) return undefined;
    return this.byKey.get([...words.slice(0, -1), last.slice(0, -1)].join(' '));
  }
}

/** Two entries for one name: the districts of both; a point only where they agree. */
function mergePlaces(first: PlaceName, second: PlaceName): PlaceName {
  const point =
    first.point === null
      ? second.point
      : second.point === null ||
          (Math.abs(first.point.latitude - second.point.latitude) < 0.04 &&
            Math.abs(first.point.longitude - second.point.longitude) < 0.08)
        ? first.point
        : null;
  return {
    name: first.name,
    alternativeNames: first.alternativeNames,
    point,
    districtNames: [...new Set([...first.districtNames, ...second.districtNames])],
  };
}
