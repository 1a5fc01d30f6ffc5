import { describe, expect, it } from 'vitest';
import { districtsOfLayer } from '../municipalities/create-district-layer.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';
import { countPlaceNames } from './count-place-names.js';
import { municipalityPlaceNames } from './municipality-place-names.js';
import { textPlacerFor } from './place-by-text.js';
import { PlaceNameMatcher } from './place-name-matcher.js';
import { shippedPlaceNameReference } from '../../integrations/places-sweden/shipped-place-names.js';

const square = (west: number, south: number, size: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

const stockholmPlaces = (text: string) =>
  textPlacerFor({
    placeNames: shippedPlaceNameReference,
    municipalityCode: '0180',
    boundary: null,
    districts: [],
  }).place(text).placeNames;

describe('a municipality’s place names', () => {
  it('come from its own kommunkod only: Stockholm has Rinkeby, Botkyrka has not', () => {
    const names = (code: string) =>
      municipalityPlaceNames(shippedPlaceNameReference, code).map((place) => place.name);
    expect(names('0180')).toContain('Rinkeby');
    expect(names('0180')).toContain('Tensta');
    expect(names('0127')).not.toContain('Rinkeby');
    expect(names('0127')).toContain('Fittja');
  });

  it('leave out names of municipalities and common words: "Salem" is not a place of Botkyrka', () => {
    const names = municipalityPlaceNames(shippedPlaceNameReference, '0127').map(
      (place) => place.name,
    );
    expect(names).not.toContain('Salem');
    expect(names).not.toContain('Botkyrka');
    expect(
      municipalityPlaceNames(shippedPlaceNameReference, '0180').map((place) => place.name),
    ).not.toContain('Stockholm');
  });

  it('are counted for the onboarding page, and none for an unknown code', () => {
    expect(countPlaceNames(shippedPlaceNameReference, '0180')).toBeGreaterThan(150);
    expect(countPlaceNames(shippedPlaceNameReference, '0127')).toBeGreaterThan(30);
    expect(countPlaceNames(shippedPlaceNameReference, '9999')).toBe(0);
  });
});

describe('finding place names in a text', () => {
  it('reads Swedish forms: "i Tensta", the genitive "Tenstas", "Rinkeby centrum"', () => {
    expect(stockholmPlaces('En man skadades i Tensta under natten.')).toEqual(['Tensta']);
    expect(stockholmPlaces('Tenstas centrum var avspärrat.')).toEqual(['Tensta']);
    expect(stockholmPlaces('Skottlossning vid Rinkeby centrum.')).toEqual(['Rinkeby']);
  });

  it('matches whole words with a capital: not "Tenstavägen", not the word "kista"', () => {
    expect(stockholmPlaces('En bil brann på Tenstavägen.')).toEqual([]);
    expect(stockholmPlaces('Polisen hittade en kista med verktyg.')).toEqual([]);
    expect(stockholmPlaces('Bråk i Kista.')).toEqual(['Kista']);
  });

  it('prefers the longest name: "Farsta strand" over "Farsta", "Hässelby gård" over "Hässelby"', () => {
    expect(stockholmPlaces('Rån vid Farsta strand.')).toEqual(['Farsta strand']);
    expect(stockholmPlaces('Brand i Hässelby gård.')).toEqual(['Hässelby Gård']);
  });

  it('treats a hyphen like a space, and lists places in order of mention without repeats', () => {
    const matcher = new PlaceNameMatcher([
      { name: 'Hallunda-Norsborg', alternativeNames: [], point: null, districtNames: [] },
      { name: 'Alby', alternativeNames: [], point: null, districtNames: [] },
    ]);
    expect(
      matcher.placesIn('Alby, sedan Hallunda Norsborg och Alby igen').map((p) => p.name),
    ).toEqual(['Alby', 'Hallunda-Norsborg']);
  });
});

describe('placing a text', () => {
  const west = districtsOfLayer('west', [
    { name: 'Västra', code: null, category: null, geometry: square(17.8, 59.3, 0.1) },
  ]);
  const area = districtsOfLayer('areas', [
    { name: 'Ronna / Geneta / Lina', code: null, category: null, geometry: square(30, 10, 0.1) },
  ]);
  const placer = textPlacerFor({
    placeNames: shippedPlaceNameReference,
    municipalityCode: '0180',
    boundary: null,
    districts: [...west, ...area],
  });

  it('gives an event that names one place that place’s point, precision place_name, and its district', () => {
    // Tensta lies at about 17.90 E, 59.39 N: outside the square; Hässelby gård inside it.
    const placed = placer.place('Misshandel i Hässelby gård.');
    expect(placed.precision).toBe('place_name');
    expect(placed.point).not.toBeNull();
    expect(placed.districtIds).toEqual(west.map((district) => district.id));
  });

  it('splits a district named "Ronna / Geneta / Lina" into its parts', () => {
    const placed = placer.place('Brand i Geneta under kvällen.');
    expect(placed.placeNames).toEqual(['Geneta']);
    expect(placed.districtIds).toEqual(area.map((district) => district.id));
    expect(placed.precision).toBe('district');
  });

  it('keeps an event that names two places with no district in common at municipality level', () => {
    const placed = placer.place('Jakt från Geneta till Hässelby gård.');
    expect(placed).toMatchObject({ point: null, precision: 'municipality', districtIds: [] });
  });

  it('counts an event that names two places in the district that holds both, without a point', () => {
    const placed = placer.place('Bråk mellan Ronna och Geneta.');
    expect(placed).toMatchObject({ point: null, precision: 'district' });
    expect(placed.districtIds).toEqual(area.map((district) => district.id));
  });

  it('leaves an event that names no place at municipality level', () => {
    expect(placer.place('En man greps i centrala Stockholm.')).toMatchObject({
      point: null,
      precision: 'municipality',
      districtIds: [],
      placeNames: [],
    });
  });

  it('drops the point of a place outside the municipality’s extent', () => {
    const far = textPlacerFor({
      placeNames: shippedPlaceNameReference,
      municipalityCode: '0180',
      boundary: square(11, 57, 0.1),
      districts: [],
    });
    expect(far.place('Brand i Hässelby gård.')).toMatchObject({
      point: null,
      precision: 'municipality',
    });
  });
});
