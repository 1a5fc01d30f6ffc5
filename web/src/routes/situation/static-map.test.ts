import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../api/types';
import { staticMapOf } from './static-map';

const square = (id: string, west: number, south: number, size: number): DistrictFeature => ({
  type: 'Feature',
  id,
  properties: { layerId: 'layer', name: id, code: null, category: null },
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

describe('the printable map', () => {
  it('fits the districts to the width, north up, narrower east–west at Swedish latitudes', () => {
    const map = staticMapOf([square('a', 17.9, 59.2, 0.1), square('b', 18.0, 59.2, 0.1)], 400);
    expect(map?.width).toBe(400);
    // 0.2° of longitude at 59.25° N is about half as long as 0.1° of latitude is twice.
    expect(map?.height).toBeGreaterThan(350);
    expect(map?.height).toBeLessThan(420);
    expect(map?.districts[0]?.path.startsWith('M0.0 ')).toBe(true);
    expect(map?.districts[1]?.path).toMatch(/^M200\.0 \d+\.\dL400\.0 /);
  });

  it('frames the districts with the municipal boundary', () => {
    const boundary = square('whole', 17.8, 59.1, 0.4).geometry;
    const map = staticMapOf([square('a', 17.9, 59.2, 0.1)], 400, boundary);
    expect(map?.frame?.startsWith('M0.0 ')).toBe(true);
    // The district now lies inside the frame, not at its edge.
    expect(map?.districts[0]?.path.startsWith('M0.0 ')).toBe(false);
  });

  it('draws nothing without districts', () => {
    expect(staticMapOf([], 400)).toBeNull();
  });
});
