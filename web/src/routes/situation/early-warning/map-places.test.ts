import { describe, expect, it } from 'vitest';
import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';
import type { DistrictFeature } from '../../../api/types';
import { cellCentre, heatByDistrict, hotSpotsByDistrict } from './map-places';

function square(id: string, name: string, west: number, south: number): DistrictFeature {
  return {
    type: 'Feature',
    id,
    properties: { layerId: 'layer', name, code: null, category: null },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west + 1, south],
          [west + 1, south + 1],
          [west, south + 1],
          [west, south],
        ],
      ],
    },
  };
}

const districts = [square('a', 'Skogås', 0, 0), square('b', 'Flemingsberg', 1, 0)];

function cell(
  longitude: number,
  latitude: number,
  kind: 'hot' | 'cold' | 'none',
  count: number | null,
): HotSpotCollection['features'][number] {
  const d = 0.1;
  return {
    type: 'Feature',
    id: `${longitude},${latitude}`,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [longitude - d, latitude - d],
          [longitude + d, latitude - d],
          [longitude + d, latitude + d],
          [longitude - d, latitude + d],
          [longitude - d, latitude - d],
        ],
      ],
    },
    properties: { count, z: 0, p: 0, q: 0, kind },
  };
}

describe('hot spots by district', () => {
  it('finds the middle of a cell without counting the closing corner twice', () => {
    expect(
      cellCentre([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toEqual({
      longitude: 1,
      latitude: 1,
    });
  });

  it('counts hot and cold cells and their incidents per district, hot districts first', () => {
    const places = hotSpotsByDistrict(
      [
        cell(0.5, 0.5, 'cold', 1),
        cell(1.5, 0.5, 'hot', 12),
        cell(1.3, 0.3, 'hot', 7),
        cell(0.2, 0.2, 'none', 3),
        cell(5, 5, 'hot', 2),
      ],
      districts,
      'Utanför områdena',
    );
    expect(places).toEqual([
      { districtId: 'b', name: 'Flemingsberg', hot: 2, cold: 0, incidents: 19 },
      { districtId: 'a', name: 'Skogås', hot: 0, cold: 1, incidents: 1 },
      { districtId: null, name: 'Utanför områdena', hot: 1, cold: 0, incidents: 2 },
    ]);
  });

  it('lists nothing when no cell is hot or cold', () => {
    expect(hotSpotsByDistrict([cell(0.5, 0.5, 'none', 4)], districts, 'x')).toEqual([]);
  });
});

describe('the heat map by district', () => {
  it('gives each district its highest density and its cells, densest first', () => {
    const point = (longitude: number, latitude: number, density: number) =>
      ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties: { density },
      }) as HeatCollection['features'][number];
    expect(
      heatByDistrict(
        [point(0.5, 0.5, 3), point(0.6, 0.6, 8), point(1.5, 0.5, 20), point(1.6, 0.5, 0)],
        districts,
        'Utanför',
      ),
    ).toEqual([
      { districtId: 'b', name: 'Flemingsberg', maximum: 20, cells: 1 },
      { districtId: 'a', name: 'Skogås', maximum: 8, cells: 2 },
    ]);
  });
});
