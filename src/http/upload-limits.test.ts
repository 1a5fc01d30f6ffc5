import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { maxCsvColumns } from '../domain/imports/csv-limits.js';
import {
  maxLayerFeatures,
  maxPositionsPerFeature,
  maxPositionsPerLayer,
} from '../domain/districts/district-layer-limits.js';
import type { Deps } from '../domain/deps.js';
import { createPlan } from '../domain/plans/create-plan.js';

/** A closed ring of `count` positions around Stockholm, every one inside Sweden. */
function ring(count: number): number[][] {
  const positions = Array.from({ length: count - 1 }, (_, index) => {
    const angle = (2 * Math.PI * index) / (count - 1);
    return [18 + 0.01 * Math.cos(angle), 59.3 + 0.01 * Math.sin(angle)];
  });
  return [...positions, positions[0]!];
}

const layer = (features: { positions: number }[]) => ({
  name: `Lager ${Math.random().toString(36).slice(2, 8)}`,
  nameProperty: 'namn',
  geojson: {
    type: 'FeatureCollection',
    features: features.map((feature, index) => ({
      type: 'Feature',
      properties: { namn: `Område ${index}` },
      geometry: { type: 'Polygon', coordinates: [ring(feature.positions)] },
    })),
  },
});

const wideHeader = `${'kolumn;'.repeat(1_000_000)}kolumn\n2026-11-27;klotter\n`;

describeEachDialect('the limits on uploaded layers and files', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let coordinator: TestClient;
  let organisationId: string;
  let planId: string;

  beforeAll(async () => {
    deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    organisationId = organisation.id;
    const user = await makeUser(deps, organisation, ['coordinator']);
    app = await buildTestApp(deps);
    coordinator = await new TestClient(app).signIn(user.email);
    planId = (
      await createPlan(deps, actorFor(user), {
        title: 'Plan',
        kind: 'action_plan',
        owner: 'Kommunstyrelsen',
      })
    ).id;
  });
  afterAll(() => app.close());

  const layerCount = async () =>
    (
      await deps.store.municipalities.listDistrictLayers(
        (await deps.store.municipalities.list())[0]!.id,
      )
    ).length;

  it('refuses a layer with a polygon of too many positions, naming the feature, and stores nothing', async () => {
    const before = await layerCount();
    const response = await coordinator.post(
      '/api/district-layers',
      layer([{ positions: 5 }, { positions: maxPositionsPerFeature + 1 }]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'DISTRICT_LAYER_TOO_LARGE',
      details: { limit: 'positions_per_feature', index: 1, count: maxPositionsPerFeature + 1 },
    });
    expect(await layerCount()).toBe(before);
  });

  it('refuses a layer of too many positions in all', async () => {
    const each = maxPositionsPerFeature;
    const features = Array.from({ length: maxPositionsPerLayer / each + 1 }, () => ({
      positions: each,
    }));
    const response = await coordinator.request({
      method: 'PUT',
      url: '/api/district-layers/no-such-layer',
      payload: layer(features),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'DISTRICT_LAYER_TOO_LARGE',
      details: { limit: 'positions' },
    });
  });

  it('refuses a layer of too many features', async () => {
    const features = Array.from({ length: maxLayerFeatures + 1 }, () => ({ positions: 4 }));
    const response = await coordinator.post('/api/district-layers', layer(features));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'DISTRICT_LAYER_TOO_LARGE',
      details: { limit: 'features', count: maxLayerFeatures + 1 },
    });
  });

  it('refuses a CSV header of a million columns in the preview, with its code', async () => {
    const response = await coordinator.post('/api/imports/csv/preview', { text: wideHeader });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { problem: { code: 'too_many_columns', params: { limit: maxCsvColumns } } },
    });
  });

  it('records an import of a million-column CSV as a refused file saying why', async () => {
    const response = await coordinator.post('/api/imports/csv', {
      fileName: 'bred.csv',
      text: wideHeader,
      organisationId,
      profile: { name: 'Bred', columns: { occurredAt: 'kolumn', category: 'kolumn' } },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'rejected',
      rejectedRows: [{ line: 0, problems: [{ code: 'too_many_columns' }] }],
    });
  });

  it('refuses an indicator CSV of a million columns with PLAN_INVALID', async () => {
    const response = await coordinator.post(`/api/plans/${planId}/indicator-values/csv`, {
      fileName: 'bred.csv',
      content: `${'k;'.repeat(400_000)}k\n`,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'PLAN_INVALID',
      details: { problems: [{ field: 'file', problem: 'too_many_columns' }] },
    });
  });
});
