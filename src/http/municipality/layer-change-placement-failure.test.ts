import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps } from '../../domain/deps.js';

/** A square district around a point, as a layer file. */
const layerFile = (name: string) => ({
  name,
  source: 'Kommunens kommundelar',
  nameProperty: 'namn',
  geojson: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { namn: 'Norra' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [18.04, 59.34],
              [18.06, 59.34],
              [18.06, 59.36],
              [18.04, 59.36],
              [18.04, 59.34],
            ],
          ],
        },
      },
    ],
  },
});

describeEachDialect('a layer change whose police events cannot be placed again', (database) => {
  let app: FastifyInstance;
  let coordinator: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    // The place names cannot be read: placing police events again fails after the layer commits.
    const deps: Deps = testDeps(database(), {
      placeNames: {
        placesOf: () => {
          throw new Error('the place names cannot be read');
        },
        municipalityNames: () => [],
      },
    });
    const here = await makeOrganisation(deps, (await makeMunicipality(deps, 'Lagerby')).id);
    app = await buildTestApp(deps);
    coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, here, ['coordinator'])).email,
    );
    viewer = await new TestClient(app).signIn((await makeUser(deps, here, ['viewer'])).email);
  });
  afterAll(async () => {
    await app.close();
  });

  const layerNames = async () => {
    const response = await viewer.get('/api/districts');
    const { features } = response.json() as { features: { properties: { name: string } }[] };
    return features.map((feature) => feature.properties.name);
  };

  it('answers that the layer was added and that the police events were not placed again', async () => {
    const response = await coordinator.post('/api/district-layers', layerFile('Kommundelar'));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ districtCount: 1, policeEventsPlacedAgain: null });
    expect(await layerNames()).toEqual(['Norra']);

    const { layer } = response.json() as { layer: { id: string } };
    const replaced = await coordinator.request({
      method: 'PUT',
      url: `/api/district-layers/${layer.id}`,
      payload: layerFile('Kommundelar 2027'),
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ policeEventsPlacedAgain: null });

    const deleted = await coordinator.request({
      method: 'DELETE',
      url: `/api/district-layers/${layer.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await layerNames()).toEqual([]);
  });
});
