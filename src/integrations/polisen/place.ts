import type { PoliceEvent } from './police-event.js';

/**
 * Where a police event happened, as far as its words tell. The feed's coordinates are the
 * centroid of a municipality or county and are never used: the municipality comes from
 * `location.name` (or, when that is only a county, from the last part of `name`), and
 * districts from place names in the name, summary and body text.
 */

/** A named place of a municipality, and the police's utsatt område it lies in, if any. */
export interface GazetteerPlace {
  name: string;
  /** Other spellings, including misspellings the police have used. */
  alternativeNames: readonly string[];
  /** The name of the utsatt område in the district layer, or null. */
  vulnerableAreaName: string | null;
}

/** The places of one municipality that event texts are searched for. */
export interface Gazetteer {
  municipality: string;
  places: readonly GazetteerPlace[];
}

export interface PoliceEventPlace {
  /** Canonical name; null when the event names only a county. */
  municipality: string | null;
  /** Gazetteer places named in the event, in order of first mention. */
  districtNames: string[];
  /** The utsatta områden of those places, without repeats. */
  vulnerableAreaNames: string[];
  precision: 'district' | 'municipality' | 'county';
}

const place = (
  name: string,
  vulnerableAreaName: string | null = null,
  alternativeNames: readonly string[] = [],
): GazetteerPlace => ({ name, alternativeNames, vulnerableAreaName });

/**
 * Huddinge's districts and well-known places. Membership of the three utsatta områden
 * ("Vårby", "Skogås", "Grantorp / Visättra": the names in the police's district layer) is by
 * name: Skogås as a whole counts as the area Skogås, and Flemingsberg as Grantorp / Visättra
 * (the area was first listed as Flemingsberg), though both places are larger than the areas.
 * Street names are not places: "Huddingevägen" lies in Stockholm.
 */
export const huddingeGazetteer: Gazetteer = {
  municipality: 'Huddinge',
  places: [
    // "Flemningsberg": event 628320.
    place('Flemingsberg', 'Grantorp / Visättra', ['Flemningsberg']),
    place('Grantorp', 'Grantorp / Visättra'),
    place('Visättra', 'Grantorp / Visättra'),
    place('Skogås', 'Skogås'),
    // "Vårbyparkens bollplan": event 628454.
    place('Vårby', 'Vårby', ['Vårbyparken']),
    place('Vårby gård', 'Vårby'),
    place('Vårby haga', 'Vårby'),
    // The E4 hill west of the area: traffic there is not the area's (event 513007).
    place('Vårby backe'),
    // Masmo, like Vårby gård and Vårby haga, lies inside the area's polygon (checked with the
    // stations' approximate coordinates against the district layer).
    place('Masmo', 'Vårby'),
    place('Huddinge centrum', null, ['centrala Huddinge', 'Huddinge C']),
    place('Kästa'),
    place('Glömsta'),
    place('Trångsund'),
    place('Segeltorp'),
    place('Kungens kurva'),
    place('Stuvsta'),
    place('Snättringe'),
    place('Fullersta'),
    place('Sjödalen'),
    place('Balingsnäs'),
    place('Länna'),
    place('Myrstuguberget'),
    // "Ågestabadet": event 595140.
    place('Ågesta', null, ['Ågestabadet']),
    place('Lissma'),
    place('Vidja'),
    place('Källbrink'),
    place('Drevviksstrand'),
    // Events 426065, 430734, 538586.
    place('Sundby'),
    // The lake and nature reserve; "Gömmerns": event 589922.
    place('Gömmaren', null, ['Gömmern']),
  ],
};

/** The 26 municipalities of Stockholm County as SCB spells them; the feed varies the case. */
const stockholmCountyMunicipalities = [
  'Botkyrka',
  'Danderyd',
  'Ekerö',
  'Haninge',
  'Huddinge',
  'Järfälla',
  'Lidingö',
  'Nacka',
  'Norrtälje',
  'Nykvarn',
  'Nynäshamn',
  'Salem',
  'Sigtuna',
  'Sollentuna',
  'Solna',
  'Stockholm',
  'Sundbyberg',
  'Södertälje',
  'Tyresö',
  'Täby',
  'Upplands Väsby',
  'Upplands-Bro',
  'Vallentuna',
  'Vaxholm',
  'Värmdö',
  'Österåker',
];

const comparable = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const canonicalMunicipalities = new Map(
  stockholmCountyMunicipalities.map((name) => [comparable(name), name]),
);

/** "Upplands väsby" → "Upplands Väsby"; names outside Stockholm County are only trimmed. */
export function canonicalMunicipalityName(name: string): string {
  return (
    canonicalMunicipalities.get(comparable(name)) ??
    name.normalize('NFC').trim().replace(/\s+/g, ' ')
  );
}

const isCountyName = (name: string) => /(^|\s)län$/i.test(name.trim());

/**
 * The municipality of an event: `location.name`, unless that is a county; then the last
 * comma-separated part of `name` ("…, Rattfylleri, Värmdö"), unless that too is a county.
 */
export function municipalityOfPoliceEvent(
  event: Pick<PoliceEvent, 'name' | 'location'>,
): string | null {
  if (!isCountyName(event.location.name)) return canonicalMunicipalityName(event.location.name);
  const parts = event.name.split(',');
  const lastPart = parts.at(-1)?.trim() ?? '';
  const isMunicipality =
    parts.length >= 2 && lastPart !== '' && !isCountyName(lastPart) && !/^\d/.test(lastPart);
  return isMunicipality ? canonicalMunicipalityName(lastPart) : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-word pattern for a place name: any case, any run of spaces between words, and an
 * optional genitive -s ("Flemingsbergs station"). Compounds ("Vårbyskolan") do not match:
 * streets and schools named after a place may lie elsewhere.
 */
function placePattern(name: string): RegExp {
  const words = name.normalize('NFC').trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}s?(?![\\p{L}\\p{N}])`, 'giu');
}

interface Mention {
  start: number;
  end: number;
  place: GazetteerPlace;
}

const patternsByGazetteer = new WeakMap<Gazetteer, { place: GazetteerPlace; pattern: RegExp }[]>();

function patternsOf(gazetteer: Gazetteer) {
  let patterns = patternsByGazetteer.get(gazetteer);
  if (patterns === undefined) {
    patterns = gazetteer.places.flatMap((item) =>
      [item.name, ...item.alternativeNames].map((name) => ({
        place: item,
        pattern: placePattern(name),
      })),
    );
    patternsByGazetteer.set(gazetteer, patterns);
  }
  return patterns;
}

/** Places named in a text; the longest name wins where names overlap ("Vårby gård" over "Vårby"). */
export function placesNamedIn(text: string, gazetteer: Gazetteer): GazetteerPlace[] {
  const normalized = text.normalize('NFC');
  const mentions: Mention[] = patternsOf(gazetteer).flatMap(({ place: item, pattern }) =>
    [...normalized.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      place: item,
    })),
  );
  mentions.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const isFree = kept.every((other) => mention.end <= other.start || mention.start >= other.end);
    if (isFree) kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((mention) => mention.place))];
}

/**
 * Locates a police event: its municipality, and the gazetteer's places named in its name,
 * summary and body text when the event is in the gazetteer's municipality. An event of
 * another municipality gets no districts, even if it names a place of the gazetteer
 * ("Huddingevägen i Rågsved" is Stockholm); an event that names only a county is at county
 * precision, whatever its text says.
 */
export function locatePoliceEvent(
  event: Pick<PoliceEvent, 'name' | 'summary' | 'location'>,
  bodyText: string | null,
  gazetteer: Gazetteer,
): PoliceEventPlace {
  const municipality = municipalityOfPoliceEvent(event);
  if (municipality === null) {
    return { municipality, districtNames: [], vulnerableAreaNames: [], precision: 'county' };
  }
  if (comparable(municipality) !== comparable(gazetteer.municipality)) {
    return { municipality, districtNames: [], vulnerableAreaNames: [], precision: 'municipality' };
  }
  const places = placesNamedIn([event.name, event.summary, bodyText ?? ''].join('\n'), gazetteer);
  const vulnerableAreaNames = [
    ...new Set(
      places.flatMap((item) => (item.vulnerableAreaName === null ? [] : [item.vulnerableAreaName])),
    ),
  ];
  return {
    municipality,
    districtNames: places.map((item) => item.name),
    vulnerableAreaNames,
    precision: places.length > 0 ? 'district' : 'municipality',
  };
}
