import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePoliceEventBodies, parsePoliceEvents, type PoliceEvent } from './police-event.js';
import {
  canonicalMunicipalityName,
  huddingeGazetteer,
  locatePoliceEvent,
  municipalityOfPoliceEvent,
  type Gazetteer,
} from './place.js';

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

const locateReal = (id: number) =>
  locatePoliceEvent(realEvent(id), bodies.get(id) ?? null, huddingeGazetteer);

/** An event of Huddinge that says only what the test needs. */
const huddingeEvent = (summary: string, locationName = 'Huddinge') => ({
  name: '22 augusti 07.21, Brand, Huddinge',
  summary,
  location: { name: locationName, gps: '59.236354,17.981985' },
});

const districtsIn = (summary: string) =>
  locatePoliceEvent(huddingeEvent(summary), null, huddingeGazetteer).districtNames;

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

describe('locatePoliceEvent', () => {
  it('marks an event that names only the county as county precision, whatever its text says (643395)', () => {
    expect(bodies.get(643395)).toContain('Lännavägen i Huddinge');
    expect(locateReal(643395)).toEqual({
      municipality: null,
      districtNames: [],
      vulnerableAreaNames: [],
      precision: 'county',
    });
  });

  it('finds no districts in another municipality’s event, even one on Huddingevägen (423637)', () => {
    expect(locateReal(423637)).toEqual({
      municipality: 'Stockholm',
      districtNames: [],
      vulnerableAreaNames: [],
      precision: 'municipality',
    });
  });

  it('keeps municipality precision for a Huddinge event that names no place', () => {
    expect(locatePoliceEvent(huddingeEvent('Brand i en villa.'), null, huddingeGazetteer)).toEqual({
      municipality: 'Huddinge',
      districtNames: [],
      vulnerableAreaNames: [],
      precision: 'municipality',
    });
  });

  it('places a shooting "i Visättra, Flemingsberg" in Grantorp / Visättra (387495)', () => {
    expect(locateReal(387495)).toEqual({
      municipality: 'Huddinge',
      districtNames: ['Visättra', 'Flemingsberg'],
      vulnerableAreaNames: ['Grantorp / Visättra'],
      precision: 'district',
    });
  });

  it('reads districts of county-level events through the name’s municipality (648906, 628454)', () => {
    expect(locateReal(648906)).toMatchObject({
      districtNames: ['Trångsund'],
      vulnerableAreaNames: [],
    });
    // "Vårbyparkens bollplan": the park's name, genitive.
    expect(locateReal(628454)).toMatchObject({
      districtNames: ['Vårby'],
      vulnerableAreaNames: ['Vårby'],
    });
  });

  it('finds the police’s misspelling "Flemningsberg" and the genitive "Flemingsbergs" (628320, 617916)', () => {
    expect(realEvent(628320).summary).toContain('centrala Flemningsberg');
    expect(locateReal(628320)).toMatchObject({ districtNames: ['Flemingsberg'] });
    expect(bodies.get(617916)).toContain('Flemingsbergs pendeltågsstation');
    expect(locateReal(617916)).toMatchObject({ vulnerableAreaNames: ['Grantorp / Visättra'] });
  });

  it('prefers "Vårby gård" to "Vårby" where both fit (443199), and counts Masmo to Vårby (623987)', () => {
    expect(locateReal(443199)).toMatchObject({
      districtNames: ['Vårby gård'],
      vulnerableAreaNames: ['Vårby'],
    });
    expect(locateReal(623987)).toMatchObject({
      districtNames: ['Masmo'],
      vulnerableAreaNames: ['Vårby'],
    });
  });

  it('keeps a fire on the E4 at Vårby backe out of the area Vårby (513007)', () => {
    expect(locateReal(513007)).toMatchObject({
      districtNames: ['Vårby backe'],
      vulnerableAreaNames: [],
    });
  });

  it('lists two places of one event in order of mention (621842: "i Kästa i Flemingsberg")', () => {
    expect(locateReal(621842)).toMatchObject({
      districtNames: ['Kästa', 'Flemingsberg'],
      vulnerableAreaNames: ['Grantorp / Visättra'],
    });
  });

  it('ignores case: "Kungens Kurva handelsplats" (580814); "Gömmarens", "Gömmerns" (589922)', () => {
    expect(locateReal(580814)).toMatchObject({ districtNames: ['Kungens kurva'] });
    expect(locateReal(589922)).toMatchObject({ districtNames: ['Gömmaren'] });
  });

  it('matches whole words only: not compounds, streets, or Vårberg', () => {
    expect(
      districtsIn('Brand på Skogåsskolan, Flemingsbergsvägen och Vårbergsvägen i Vårberg.'),
    ).toEqual([]);
    expect(districtsIn('Skogås centrum, i Vårby gård och vid Flemingsbergs station.')).toEqual([
      'Skogås',
      'Vårby gård',
      'Flemingsberg',
    ]);
    expect(districtsIn('Polis\u00a0till SKOGÅS och vårby  gård.')).toEqual([
      'Skogås',
      'Vårby gård',
    ]);
  });

  it('searches the body text, where the summary is cut (575355: "Skogås och Drevviksstrand")', () => {
    expect(realEvent(575355).summary).not.toContain('Drevviksstrand');
    expect(locateReal(575355)).toMatchObject({ districtNames: ['Skogås', 'Drevviksstrand'] });
    expect(locatePoliceEvent(realEvent(575355), null, huddingeGazetteer).districtNames).toEqual([
      'Skogås',
    ]);
  });

  it('works with any municipality’s gazetteer', () => {
    const botkyrka: Gazetteer = {
      municipality: 'Botkyrka',
      places: [{ name: 'Fittja', alternativeNames: [], vulnerableAreaName: 'Fittja' }],
    };
    const event = {
      ...huddingeEvent('Brand i Fittja.', 'Botkyrka'),
      name: '1 maj 10.00, Brand, Botkyrka',
    };
    expect(locatePoliceEvent(event, null, botkyrka)).toMatchObject({
      municipality: 'Botkyrka',
      districtNames: ['Fittja'],
      precision: 'district',
    });
    expect(locatePoliceEvent(event, null, huddingeGazetteer).districtNames).toEqual([]);
  });
});

describe('the archive’s Huddinge events', () => {
  const huddinge = stockholmEvents.filter(
    (event) => event.location.name === 'Huddinge' || event.name.endsWith(', Huddinge'),
  );
  const located = huddinge.map((event) =>
    locatePoliceEvent(event, bodies.get(event.id) ?? null, huddingeGazetteer),
  );

  it('are the 254 with location Huddinge and the 39 whose location is the county', () => {
    expect(huddinge).toHaveLength(293);
    expect(huddinge.filter((event) => event.location.name === 'Stockholms län')).toHaveLength(39);
    expect(located.every((place) => place.municipality === 'Huddinge')).toBe(true);
  });

  it('get a district for 216 of 293 and an utsatt område for 75', () => {
    // Regression figures: a change to the gazetteer or the matching shows here.
    expect(located.filter((place) => place.precision === 'district')).toHaveLength(216);
    const areaCounts = new Map<string, number>();
    for (const name of located.flatMap((place) => place.vulnerableAreaNames)) {
      areaCounts.set(name, (areaCounts.get(name) ?? 0) + 1);
    }
    expect(Object.fromEntries(areaCounts)).toEqual({
      'Grantorp / Visättra': 32,
      Skogås: 19,
      Vårby: 24,
    });
  });
});
