import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePoliceEventBodies, parsePoliceEvents, type PoliceEvent } from './police-event.js';
import { textPlacerFor } from '../../domain/places/place-by-text.js';
import { canonicalMunicipalityName, municipalityOfPoliceEvent } from './place.js';
import { policeEventDescription } from './read-police-events-file.js';
import { shippedPlaceNameReference } from '../places-sweden/shipped-place-names.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const readFixture = (file: string) => readFileSync(join(fixtures, file), 'utf8');

const { events: stockholmEvents } = parsePoliceEvents(
  JSON.parse(readFixture('events_stockholms_lan.json')),
);
const { events: restOfSweden } = parsePoliceEvents(
  JSON.parse(readFixture('events_rest_of_sweden_subset.json')),
);
const { bodies } = parsePoliceEventBodies(readFixture('event_bodies_stockholms_lan.jsonl'));

function realEvent(id: number): PoliceEvent {
  const event = [...stockholmEvents, ...restOfSweden].find((item) => item.id === id);
  if (event === undefined) throw new Error(`event ${id} is not in the fixtures`);
  return event;
}

/** Huddinge's text placer without districts: what it gives is the places a text names. */
const huddingePlacer = textPlacerFor({
  placeNames: shippedPlaceNameReference,
  municipalityCode: '0126',
  boundary: null,
  districts: [],
});

/** The places the stored description of a real event names (summary and body, as imported). */
const placesOfReal = (id: number, body = bodies.get(id) ?? null) =>
  huddingePlacer.place(policeEventDescription(realEvent(id).summary, body)).placeNames;

const placesIn = (text: string) => huddingePlacer.place(text).placeNames;

describe('municipalityOfPoliceEvent', () => {
  it('takes the municipality from location.name', () => {
    expect(municipalityOfPoliceEvent(realEvent(387495))).toBe('Huddinge');
  });

  it('takes it from the end of the name when the location is only the county (648906)', () => {
    expect(realEvent(648906).location.name).toBe('Stockholms län');
    expect(municipalityOfPoliceEvent(realEvent(648906))).toBe('Huddinge');
  });

  it('gives null when both say only a county (650265)', () => {
    expect(municipalityOfPoliceEvent(realEvent(650265))).toBeNull();
    const unnamed = { name: 'Sammanfattning natt', location: { name: 'Stockholms län', gps: '' } };
    expect(municipalityOfPoliceEvent(unnamed)).toBeNull();
  });

  it('spells Stockholm County’s municipalities as SCB does, whatever the feed’s case (568415)', () => {
    expect(realEvent(568415).location.name).toBe('Upplands-bro');
    expect(municipalityOfPoliceEvent(realEvent(568415))).toBe('Upplands-Bro');
    expect(canonicalMunicipalityName(' upplands  väsby ')).toBe('Upplands Väsby');
    expect(canonicalMunicipalityName('Gnosjö')).toBe('Gnosjö');
  });
});

describe('the curated Huddinge place names, through the text placer', () => {
  it('finds "i Visättra, Flemingsberg" (387495)', () => {
    expect(placesOfReal(387495)).toEqual(['Visättra', 'Flemingsberg']);
  });

  it('finds "Vårbyparkens bollplan" as Vårby (628454)', () => {
    expect(placesOfReal(628454)).toEqual(['Vårby']);
  });

  it('finds the police’s misspelling "Flemningsberg" (628320)', () => {
    expect(realEvent(628320).summary).toContain('centrala Flemningsberg');
    expect(placesOfReal(628320)).toEqual(['Flemingsberg']);
  });

  it('prefers "Vårby gård" to "Vårby" where both fit (443199), and finds Masmo (623987)', () => {
    expect(placesOfReal(443199)).toEqual(['Vårby gård']);
    expect(placesOfReal(623987)).toEqual(['Masmo']);
  });

  it('keeps a fire on the E4 at Vårby backe out of Vårby (513007)', () => {
    expect(placesOfReal(513007)).toEqual(['Vårby backe']);
  });

  it('lists two places of one event in order of mention (621842: "i Kästa i Flemingsberg")', () => {
    expect(placesOfReal(621842)).toEqual(['Kästa', 'Flemingsberg']);
  });

  it('ignores case: "Kungens Kurva handelsplats" (580814); "Gömmarens", "Gömmerns" (589922)', () => {
    expect(placesOfReal(580814)).toEqual(['Kungens kurva']);
    expect(placesOfReal(589922)).toEqual(['Gömmaren']);
  });

  it('matches whole words only: not compounds, streets, or Vårberg', () => {
    expect(
      placesIn('Brand på Skogåsskolan, Flemingsbergsvägen och Vårbergsvägen i Vårberg.'),
    ).toEqual([]);
    expect(placesIn('Skogås centrum, i Vårby gård och vid Flemingsbergs station.')).toEqual([
      'Skogås',
      'Vårby gård',
      'Flemingsberg',
    ]);
    expect(placesIn('Polis\u00a0till SKOGÅS och VÅRBY GÅRD.')).toEqual(['Skogås', 'Vårby gård']);
  });

  it('searches the body text, where the summary is cut (575355: "Skogås och Drevviksstrand")', () => {
    expect(realEvent(575355).summary).not.toContain('Drevviksstrand');
    expect(placesOfReal(575355)).toEqual(['Skogås', 'Drevviksstrand']);
    expect(placesOfReal(575355, null)).toEqual(['Skogås']);
  });

  it('are Huddinge’s only: Botkyrka’s placer does not find Skogås, nor Huddinge’s Fittja', () => {
    const botkyrka = textPlacerFor({
      placeNames: shippedPlaceNameReference,
      municipalityCode: '0127',
      boundary: null,
      districts: [],
    });
    expect(botkyrka.place('Brand i Fittja.').placeNames).toEqual(['Fittja']);
    expect(botkyrka.place('Brand i Skogås.').placeNames).toEqual([]);
    expect(placesIn('Brand i Fittja.')).toEqual([]);
  });
});
