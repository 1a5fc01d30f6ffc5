import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../api/types';
import { isWithin, labelPointOf, viewBounds } from './map-view';

const polygon = (id: string, ring: [number, number][]): DistrictFeature => ({
  type: 'Feature',
  id,
  properties: { layerId: 'l', name: id, code: null, category: null },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const square = (id: string, west: number, south: number, size: number) =>
  polygon(id, [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ]);

describe('what a map frames', () => {
  const boundary = [
    [
      [18.0, 59.0],
      [18.2, 59.0],
      [18.2, 59.2],
      [18.0, 59.2],
      [18.0, 59.0],
    ],
  ];

  it('frames the municipality’s boundary, not only its districts', () => {
    expect(viewBounds({ boundary, features: [square('a', 18.05, 59.05, 0.01)] })).toEqual([
      [18.0, 59.0],
      [18.2, 59.2],
    ]);
  });

  it('widens the view so an alarmed district reaching past the boundary is wholly inside', () => {
    const alarmed = square('alarm', 18.15, 59.15, 0.1);
    const view = viewBounds({ boundary, features: [alarmed], alarmIds: new Set(['alarm']) });
    expect(view).not.toBeNull();
    expect(
      isWithin(
        [
          [18.15, 59.15],
          [18.25, 59.25],
        ],
        view ?? [
          [0, 0],
          [0, 0],
        ],
      ),
    ).toBe(true);
    expect(viewBounds({ boundary, features: [alarmed] })).toEqual([
      [18.0, 59.0],
      [18.2, 59.2],
    ]);
  });

  it('frames the districts when there is no boundary, and nothing when there is neither', () => {
    expect(viewBounds({ features: [square('a', 18, 59, 0.1)] })).toEqual([
      [18, 59],
      [18.1, 59.1],
    ]);
    expect(viewBounds({ features: [] })).toBeNull();
  });
});

describe('where a district’s name is written', () => {
  it('writes it in the middle of a plain district', () => {
    expect(labelPointOf(square('a', 0, 0, 2))).toEqual({ longitude: 1, latitude: 1 });
  });

  it('writes it inside an L-shaped district whose middle lies outside it', () => {
    const shape = polygon('l', [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 4],
      [0, 4],
      [0, 0],
    ]);
    const point = labelPointOf(shape);
    expect(point).not.toBeNull();
    const { longitude = 0, latitude = 0 } = point ?? {};
    expect(longitude < 1 || latitude < 1).toBe(true);
  });
});
