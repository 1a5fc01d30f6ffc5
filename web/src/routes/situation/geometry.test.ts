import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../api/types';
import { districtsAt } from './geometry';

const square = (id: string, west: number, south: number, size: number): DistrictFeature => ({
  type: 'Feature',
  id,
  properties: { layerId: 'l', name: id, code: null, category: null },
  geometry: {
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
  },
});

describe('districtsAt', () => {
  it('finds the districts that hold a point, leaving out holes', () => {
    const withHole: DistrictFeature = {
      ...square('ring', 0, 0, 10),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
          [
            [4, 4],
            [6, 4],
            [6, 6],
            [4, 6],
            [4, 4],
          ],
        ],
      },
    };
    const features = [square('a', 0, 0, 2), square('b', 1, 1, 2), withHole];
    expect(districtsAt({ longitude: 1.5, latitude: 1.5 }, features).map((f) => f.id)).toEqual([
      'a',
      'b',
      'ring',
    ]);
    expect(districtsAt({ longitude: 5, latitude: 5 }, features)).toEqual([]);
    expect(districtsAt({ longitude: 20, latitude: 20 }, features)).toEqual([]);
  });
});
