import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boundingBoxOf,
  type District,
  type PolygonGeometry,
} from '../municipalities/municipality.js';
import { DistrictIndex } from './district-index.js';

function district(name: string, geometry: PolygonGeometry, layerId = 'layer'): District {
  return {
    id: name,
    layerId,
    name,
    code: null,
    category: null,
    geometry,
    boundingBox: boundingBoxOf(geometry),
  };
}

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('DistrictIndex', () => {
  it('leaves out a point in a hole of the polygon', () => {
    const ring = district('ring', {
      type: 'Polygon',
      coordinates: [square(0, 0, 10), square(4, 4, 2)],
    });
    const index = new DistrictIndex([ring]);
    expect(index.districtsAt({ longitude: 1, latitude: 1 }).map((item) => item.name)).toEqual([
      'ring',
    ]);
    expect(index.districtsAt({ longitude: 5, latitude: 5 })).toEqual([]);
  });

  it('finds a point in either part of a multipolygon, and not between them', () => {
    const islands = district('islands', {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]],
    });
    const index = new DistrictIndex([islands]);
    expect(index.districtsAt({ longitude: 5.5, latitude: 5.5 })).toHaveLength(1);
    expect(index.districtsAt({ longitude: 0.5, latitude: 0.5 })).toHaveLength(1);
    expect(index.districtsAt({ longitude: 3, latitude: 3 })).toEqual([]);
  });

  it('returns every district of every layer that holds the point', () => {
    const index = new DistrictIndex([
      district('kommundel', { type: 'Polygon', coordinates: [square(0, 0, 10)] }, 'kommundelar'),
      district('deso', { type: 'Polygon', coordinates: [square(2, 2, 2)] }, 'deso'),
      district('annan', { type: 'Polygon', coordinates: [square(20, 20, 2)] }, 'deso'),
    ]);
    expect(index.districtsAt({ longitude: 3, latitude: 3 }).map((item) => item.name)).toEqual([
      'kommundel',
      'deso',
    ]);
  });

  it('places points in the real utsatta områden of Huddinge and nowhere else', () => {
    const path = join(
      import.meta.dirname,
      '../../../data/reference/boundaries-sweden/utsatta_omraden_2023_polisen.geojson',
    );
    const features = (
      JSON.parse(readFileSync(path, 'utf8')) as {
        features: { properties: { NAMN: string; ORT: string }; geometry: PolygonGeometry }[];
      }
    ).features;
    const index = new DistrictIndex(
      features.map((feature) => district(feature.properties.NAMN, feature.geometry)),
    );
    // Points inside each polygon, checked independently by ray casting on the same file.
    const at = (longitude: number, latitude: number) =>
      index.districtsAt({ longitude, latitude }).map((item) => item.name);
    expect(at(17.885085, 59.261669)).toEqual(['Vårby']);
    expect(at(18.151957, 59.217194)).toEqual(['Skogås']);
    expect(at(17.947832, 59.218713)).toEqual(['Grantorp / Visättra']);
    // Huddinge centrum lies in none of them.
    expect(at(17.9818, 59.2367)).toEqual([]);
  });
});
