import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { uploadDistrictLayer } from './upload-district-layer.js';

const sweref99tm = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toSweref = proj4('WGS84', sweref99tm);
type Ring = number[][];

/** The police's Huddinge areas as a municipality would publish them: SWEREF 99 TM, own names. */
function huddingeAreasInSweref(): unknown {
  const path = join(
    import.meta.dirname,
    '../../../data/reference/boundaries-sweden/utsatta_omraden_2023_polisen.geojson',
  );
  const source = JSON.parse(readFileSync(path, 'utf8')) as {
    features: {
      properties: { NAMN: string; ORT: string };
      geometry: { type: 'Polygon'; coordinates: Ring[] };
    }[];
  };
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } },
    features: source.features
      .filter((feature) => feature.properties.ORT === 'Huddinge')
      .map((feature, index) => ({
        type: 'Feature',
        properties: { kommundel: `Kommundel ${feature.properties.NAMN}`, kod: `KD${index + 1}` },
        geometry: {
          type: 'Polygon',
          coordinates: feature.geometry.coordinates.map((ring) =>
            ring.map((position) => toSweref.forward(position)),
          ),
        },
      })),
  };
}

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

describeEachDialect('uploading a district layer', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
  });

  it('converts SWEREF 99 TM, names districts from the chosen property and re-assigns existing incidents', async () => {
    const reported = await reportIncidents(deps, coordinator, {
      events: [{ point: inSkogas, categoryCode: 'graffiti', description: 'Klotter.' }],
    });
    const result = await uploadDistrictLayer(deps, coordinator, {
      name: 'Kommundelar',
      source: 'Test',
      geojson: huddingeAreasInSweref(),
      nameProperty: 'kommundel',
      codeProperty: 'kod',
      isSkippingBadFeatures: false,
    });
    expect(result).toMatchObject({
      districtCount: 3,
      crs: 'sweref99tm',
      rejected: [],
      assignedIncidents: 1,
    });
    const districts = await deps.store.municipalities.listDistricts(huddinge.municipalityId);
    const skogas = districts.find((district) => district.name === 'Kommundel Skogås');
    expect(skogas?.code).toBeDefined();
    // Round trip WGS84 → SWEREF 99 TM → WGS84 lands within a centimetre or so.
    expect(skogas?.boundingBox.minLongitude).toBeCloseTo(18.13856, 5);
    const incident = await deps.store.incidents.findById(
      huddinge.municipalityId,
      reported.incidents[0]?.id ?? '',
    );
    expect(incident?.districtIds).toContain(skogas?.id);
    expect(incident?.districtIds).toContain(huddinge.districtIds['Skogås']);
  });

  it('reports every bad feature with its position and stores nothing unless told to skip them', async () => {
    const square = [
      [17.95, 59.22],
      [17.96, 59.22],
      [17.96, 59.23],
      [17.95, 59.22],
    ];
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { namn: 'Bra' },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } },
        {
          type: 'Feature',
          properties: { namn: 'Öppen' },
          geometry: { type: 'Polygon', coordinates: [square.slice(0, 3)] },
        },
        {
          type: 'Feature',
          properties: { namn: 'Punkt' },
          geometry: { type: 'Point', coordinates: [17.9, 59.2] },
        },
        {
          type: 'Feature',
          properties: { namn: 'Malmö' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [13, 55.6],
                [13.1, 55.6],
                [13.1, 55.7],
                [13, 55.6],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { namn: 'Fel' },
          geometry: { type: 'Polygon', coordinates: [[['a', 1]]] },
        },
      ],
    };
    const input = {
      name: 'Egna områden',
      source: null,
      geojson,
      nameProperty: 'namn',
      codeProperty: null,
    };
    const error = await uploadDistrictLayer(deps, coordinator, {
      ...input,
      isSkippingBadFeatures: false,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DISTRICT_LAYER_INVALID' });
    const rejected = (
      error as {
        details: {
          rejected: { index: number; code: string; params: object; reason: string }[];
        };
      }
    ).details.rejected;
    expect(rejected.map((item) => item.index)).toEqual([1, 2, 3, 4, 5]);
    expect(rejected.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'name_missing', params: { property: 'namn' } },
      { code: 'ring_too_short', params: {} },
      { code: 'geometry_type', params: { type: '"Point"' } },
      { code: 'outside_municipality', params: { name: 'Malmö' } },
      { code: 'ring_too_short', params: {} },
    ]);
    expect(rejected.map((item) => item.reason)).toEqual([
      'the property "namn" is missing',
      'a ring needs at least four positions',
      'the geometry must be a Polygon or MultiPolygon, not "Point"',
      '"Malmö" lies wholly outside the municipality',
      'a ring needs at least four positions',
    ]);
    const layersBefore = await deps.store.municipalities.listDistrictLayers(
      huddinge.municipalityId,
    );
    expect(layersBefore.map((layer) => layer.name)).not.toContain('Egna områden');

    const skipped = await uploadDistrictLayer(deps, coordinator, {
      ...input,
      isSkippingBadFeatures: true,
    });
    // Malmö is a valid polygon in Sweden, but not in Huddinge: a layer belongs to its municipality.
    expect(skipped).toMatchObject({
      districtCount: 1,
      crossing: [],
      rejected: expect.arrayContaining([expect.objectContaining({ index: 1 })]),
    });
  });

  it('keeps a district that crosses the municipality’s boundary and reports it', async () => {
    const around = (longitude: number, latitude: number, half: number) => [
      [longitude - half, latitude - half],
      [longitude + half, latitude - half],
      [longitude + half, latitude + half],
      [longitude - half, latitude + half],
      [longitude - half, latitude - half],
    ];
    const uploaded = await uploadDistrictLayer(deps, coordinator, {
      name: 'Södertörn',
      source: null,
      geojson: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { namn: 'Hela Södertörn' },
            geometry: { type: 'Polygon', coordinates: [around(18, 59.2, 0.3)] },
          },
        ],
      },
      nameProperty: 'namn',
      codeProperty: null,
      isSkippingBadFeatures: false,
    });
    expect(uploaded).toMatchObject({
      districtCount: 1,
      rejected: [],
      crossing: [{ index: 0, name: 'Hela Södertörn', code: 'crossing_municipality_boundary' }],
    });
  });

  it('refuses a second layer of the same name, and a file that is not a FeatureCollection', async () => {
    const input = {
      name: 'kommundelar',
      source: null,
      geojson: huddingeAreasInSweref(),
      nameProperty: 'kommundel',
      codeProperty: null,
      isSkippingBadFeatures: false,
    };
    await expect(uploadDistrictLayer(deps, coordinator, input)).rejects.toMatchObject({
      code: 'DISTRICT_LAYER_NAME_TAKEN',
    });
    await expect(
      uploadDistrictLayer(deps, coordinator, {
        ...input,
        name: 'Ny',
        geojson: { type: 'Feature' },
      }),
    ).rejects.toMatchObject({ code: 'DISTRICT_LAYER_INVALID' });
    const reporter = await huddinge.actor('housing', ['reporter']);
    await expect(
      uploadDistrictLayer(deps, reporter, { ...input, name: 'Ny' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
