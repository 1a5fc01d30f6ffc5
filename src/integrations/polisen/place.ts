import type { PoliceEvent } from './police-event.js';

/**
 * Which municipality a police event belongs to. The feed's coordinates are the centroid of a
 * municipality or county and are never used: the municipality comes from `location.name` (or,
 * when that is only a county, from the last part of `name`). Where in the municipality is the
 * text placer's work (src/domain/places/place-by-text.ts), with its curated and shipped names.
 */

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
