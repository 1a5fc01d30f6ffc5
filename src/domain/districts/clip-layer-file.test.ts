import { describe, expect, it } from 'vitest';
import type { DistrictInput } from '../municipalities/create-district-layer.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';
import { layersForMunicipality } from '../municipalities/provisioned-layer.js';
import { clipToMunicipality } from './clip-layer-file.js';
import { MunicipalityBoundary } from './clip-to-municipality.js';

/** A square from (x, y) with side `size`, in degrees. */
function square(x: number, y: number, size: number): PolygonGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  };
}

const boundary = square(17.8, 59.1, 0.2);
const district = (name: string, geometry: PolygonGeometry): DistrictInput => ({
  name,
  code: null,
  category: null,
  geometry,
});

describe('clipping a layer file to its municipality', () => {
  it('keeps districts inside, keeps and lists those crossing, refuses those wholly outside', () => {
    const districts = [
      district('Inne', square(17.85, 59.15, 0.05)),
      district('Över gränsen', square(17.95, 59.25, 0.1)),
      district('Malmö', square(13, 55.6, 0.1)),
      district('Granne', square(18.1, 59.1, 0.05)),
    ];
    const clipped = clipToMunicipality(
      { districts, featureIndexes: [0, 2, 3, 5], rejected: [] },
      boundary,
    );
    expect(clipped.districts.map((item) => item.name)).toEqual(['Inne', 'Över gränsen']);
    expect(clipped.featureIndexes).toEqual([0, 2]);
    expect(clipped.crossing).toEqual([
      { index: 2, name: 'Över gränsen', code: 'crossing_municipality_boundary' },
    ]);
    expect(clipped.rejected.map(({ index, code, params }) => ({ index, code, params }))).toEqual([
      { index: 3, code: 'outside_municipality', params: { name: 'Malmö' } },
      { index: 5, code: 'outside_municipality', params: { name: 'Granne' } },
    ]);
  });

  it('counts a district around the whole municipality as crossing, though no corner lies inside', () => {
    const clipped = clipToMunicipality(
      { districts: [district('Runt', square(17.7, 59.0, 0.5))], featureIndexes: [0], rejected: [] },
      boundary,
    );
    expect(clipped.districts).toHaveLength(1);
    expect(clipped.crossing).toHaveLength(1);
  });

  it('keeps every district of a municipality that has no boundary', () => {
    const clipped = clipToMunicipality(
      { districts: [district('Malmö', square(13, 55.6, 0.1))], featureIndexes: [0], rejected: [] },
      null,
    );
    expect(clipped.districts).toHaveLength(1);
    expect(clipped.rejected).toEqual([]);
  });

  it('measures the share of an area that lies inside, for giving out a national file', () => {
    const prepared = new MunicipalityBoundary(boundary);
    expect(prepared.shareOfArea(square(17.85, 59.15, 0.05))).toBe(1);
    expect(prepared.shareOfArea(square(17.95, 59.15, 0.1))).toBeCloseTo(0.5, 1);
    expect(prepared.shareOfArea(square(17.98, 59.15, 0.1))).toBeCloseTo(0.2, 1);
    expect(prepared.shareOfArea(square(13, 55.6, 0.1))).toBe(0);
  });
});

describe('the layers a new municipality is given', () => {
  it('leaves out areas of a national file that lie far from the municipality, and empty layers', () => {
    const layers = layersForMunicipality(
      [
        {
          name: 'Nationell',
          source: 'Test',
          isNational: true,
          districts: [
            district('Här', square(17.85, 59.15, 0.05)),
            district('Malmö', square(13, 55.6, 0.1)),
          ],
        },
        {
          name: 'Bara borta',
          source: 'Test',
          isNational: true,
          districts: [district('Malmö', square(13, 55.6, 0.1))],
        },
        {
          name: 'Kommunens egen',
          source: 'Test',
          isNational: false,
          districts: [district('Malmö', square(13, 55.6, 0.1))],
        },
      ],
      boundary,
    );
    expect(layers.map((layer) => [layer.name, layer.districts.map((item) => item.name)])).toEqual([
      ['Nationell', ['Här']],
      ['Kommunens egen', ['Malmö']],
    ]);
  });
});
