import { describe, expect, it } from 'vitest';
import { mapPlaceLabels, maximumMapPlaceLabels } from './map-place-labels.js';
import type { PlaceNameReference, ShippedPlaceName } from './shipped-place-names.js';

const place = (name: string, kind: ShippedPlaceName['kind']): ShippedPlaceName => ({
  name,
  alternativeName: null,
  point: { longitude: 18, latitude: 59 },
  kind,
});
const referenceOf = (places: ShippedPlaceName[]): PlaceNameReference => ({
  placesOf: (code) => (code === '0126' ? places : []),
  municipalityNames: () => [],
});

describe('the place names written on a map without basemap tiles', () => {
  it('writes tätorter first, then localities, each name once, and no distrikt or neighbourhood', () => {
    const labels = mapPlaceLabels(
      referenceOf([
        place('Vårby', 'locality'),
        place('Skogås', 'locality'),
        place('Skogås', 'tatort'),
        place('Huddinge', 'tatort'),
        place('Trångsund', 'neighbourhood'),
        place('Huddinge', 'distrikt'),
      ]),
      '0126',
    );
    expect(labels.map((label) => `${label.kind} ${label.name}`)).toEqual([
      'tatort Huddinge',
      'tatort Skogås',
      'locality Vårby',
    ]);
    expect(mapPlaceLabels(referenceOf([place('Vårby', 'locality')]), '0180')).toEqual([]);
  });

  it('writes a bounded number of names', () => {
    const many = Array.from({ length: maximumMapPlaceLabels + 30 }, (_, index) =>
      place(`Ort ${index}`, 'locality'),
    );
    expect(mapPlaceLabels(referenceOf(many), '0126')).toHaveLength(maximumMapPlaceLabels);
  });
});
