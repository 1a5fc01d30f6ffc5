import { describe, expect, it } from 'vitest';
import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';
import { heatData, hotSpotData } from './map-layers';

const cell = (id: string, kind: 'hot' | 'cold' | 'none') => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Polygon' as const, coordinates: [[[18, 59]]] },
  properties: { count: 1, z: 0, p: 0.5, q: 0.5, kind },
});

describe('the analysis layers of the picture map', () => {
  it('draws only hot and cold cells', () => {
    const spots: HotSpotCollection = {
      type: 'FeatureCollection',
      resolution: 8,
      falseDiscoveryRate: 0.05,
      points: 3,
      outside: 0,
      features: [cell('a', 'hot'), cell('b', 'none'), cell('c', 'cold')],
    };
    expect(hotSpotData(spots).features.map((feature) => feature.id)).toEqual(['a', 'c']);
  });

  it('weights each heat point by its density relative to the densest', () => {
    const point = (density: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [18, 59] },
      properties: { density },
    });
    const heat: HeatCollection = {
      type: 'FeatureCollection',
      bandwidthMeters: 500,
      cellSizeMeters: 125,
      maximum: 8,
      features: [point(8), point(2)],
    };
    expect(heatData(heat).features.map((feature) => feature.properties.weight)).toEqual([1, 0.25]);
    expect(heatData({ ...heat, maximum: 0, features: [point(0)] }).features[0]?.properties).toEqual(
      { weight: 0 },
    );
  });
});
