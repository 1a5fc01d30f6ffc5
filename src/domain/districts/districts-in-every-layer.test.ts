import { describe, expect, it } from 'vitest';
import type { District } from '../municipalities/municipality.js';
import { DistrictIndex } from './district-index.js';
import { districtsInEveryLayer } from './districts-in-every-layer.js';

/** A rectangle district from (west, south) to (east, north). */
function box(
  id: string,
  layerId: string,
  west: number,
  south: number,
  east: number,
  north: number,
): District {
  return {
    id,
    layerId,
    name: id,
    code: null,
    category: null,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
    boundingBox: { minLongitude: west, minLatitude: south, maxLongitude: east, maxLatitude: north },
  };
}

// Distrikt A and B side by side; kommundelar K1 (most of A) and K2 (the rest, and all of B);
// the utsatt område U lies in B's eastern quarter.
const a = box('A', 'distrikt', 18.0, 59.0, 18.1, 59.1);
const b = box('B', 'distrikt', 18.1, 59.0, 18.2, 59.1);
const k1 = box('K1', 'kommundelar', 18.0, 59.0, 18.08, 59.1);
const k2 = box('K2', 'kommundelar', 18.08, 59.0, 18.2, 59.1);
const u = box('U', 'utsatta', 18.15, 59.05, 18.2, 59.1);
const index = new DistrictIndex([a, b, k1, k2, u]);

describe('the districts a report counts in, in every layer', () => {
  it('places a report by its chosen district in the district of each other layer that holds most of it', () => {
    expect(districtsInEveryLayer(index, { chosen: a }).sort()).toEqual(['A', 'K1']);
    expect(districtsInEveryLayer(index, { chosen: b }).sort()).toEqual(['B', 'K2']);
  });

  it('places a small district in the larger districts it lies in, and a large one in no small one', () => {
    expect(districtsInEveryLayer(index, { chosen: u }).sort()).toEqual(['B', 'K2', 'U']);
    // A quarter of B is U: B's reports are not U's.
    expect(districtsInEveryLayer(index, { chosen: b })).not.toContain('U');
  });

  it('counts a report once in the chosen district’s layer, even when its point lies in another district of it', () => {
    const point = { longitude: 18.05, latitude: 59.05 }; // in A and K1
    expect(districtsInEveryLayer(index, { chosen: b, point }).sort()).toEqual(['B', 'K1']);
  });

  it('places a point alone in every district that holds it', () => {
    const point = { longitude: 18.17, latitude: 59.07 };
    expect(districtsInEveryLayer(index, { point }).sort()).toEqual(['B', 'K2', 'U']);
    expect(districtsInEveryLayer(index, {})).toEqual([]);
  });
});
