import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { loadConfig } from '../../config.js';
import type { Deps } from '../../domain/deps.js';
import { maxPositionsPerFeature } from '../../domain/districts/district-layer-limits.js';
import { WorkerPool } from '../../jobs/worker-pool.js';

/** A closed ring of `positions` positions on a small circle around a point. */
function ring(longitude: number, latitude: number, positions = 5) {
  const points = Array.from({ length: positions - 1 }, (_, index) => {
    const angle = (2 * Math.PI * index) / (positions - 1);
    return [
      Number((longitude + 0.01 * Math.cos(angle)).toFixed(7)),
      Number((latitude + 0.005 * Math.sin(angle)).toFixed(7)),
    ];
  });
  return [...points, points[0]!];
}

/** Inside Huddinge (Flemingsberg, Skogås); Norrmalm lies outside it. */
const flemingsberg = [17.95, 59.22] as const;
const skogas = [18.15, 59.22] as const;
const norrmalm = [18.06, 59.335] as const;

const layerFile = (
  name: string,
  districts: { name: string; at: readonly [number, number]; positions?: number }[],
) => ({
  name,
  nameProperty: 'namn',
  geojson: {
    type: 'FeatureCollection',
    features: districts.map((district) => ({
      type: 'Feature',
      properties: { namn: district.name },
      geometry: {
        type: 'Polygon',
        coordinates: [ring(district.at[0], district.at[1], district.positions)],
      },
    })),
  },
});

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const huddingeEvents = (
  JSON.parse(readFileSync(join(fixtures, 'events_stockholms_lan.json'), 'utf8')) as {
    name: string;
  }[]
).filter((event) => event.name.endsWith(', Huddinge'));

describeEachDialect(
  'layer files and police events files handled whole in a worker thread',
  (database, _dialect, url) => {
    let app: FastifyInstance;
    let deps: Deps;
    let huddinge: Huddinge;
    let pool: WorkerPool;
    let coordinator: TestClient;

    beforeAll(async () => {
      deps = testDeps(database());
      huddinge = await seedHuddinge(deps);
      pool = new WorkerPool({
        size: 1,
        maxQueue: 4,
        taskTimeoutMs: 60_000,
        context: { config: loadConfig({ TRYGGVE_DATABASE_URL: url() }) },
      });
      app = await buildTestApp(deps, { tasks: pool });
      coordinator = await new TestClient(app).signIn(
        (await makeUser(deps, huddinge.organisations.administration, ['coordinator'])).email,
      );
    });
    afterAll(async () => {
      await app.close();
      await pool.close();
    });

    const layerNames = async () =>
      (await deps.store.municipalities.listDistrictLayers(huddinge.municipalityId)).map(
        (layer) => layer.name,
      );
    const auditActions = async () =>
      (
        await database()
          .db.selectFrom('audit_log')
          .select('action')
          .where('action', 'like', 'district_layer.%')
          .execute()
      ).map((entry) => entry.action);
    const sendRaw = (method: 'POST' | 'PUT', url: string, payload: string) =>
      coordinator.request({
        method,
        url,
        headers: { 'content-type': 'application/json' },
        payload,
      });

    it('refuses bad layer files with the codes the event loop gave, and writes nothing', async () => {
      const before = { layers: await layerNames(), audit: await auditActions() };
      const valid = layerFile('Kommundelar', [{ name: 'Flemingsberg', at: flemingsberg }]);

      const unnamed = await coordinator.post('/api/district-layers', { ...valid, name: 'K' });
      expect(unnamed.statusCode).toBe(400);
      expect(unnamed.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: ['body', 'name'] }] },
      });

      const deep = `{"name":"Djup","nameProperty":"namn","geojson":${'['.repeat(100)}${']'.repeat(100)}}`;
      expect((await sendRaw('POST', '/api/district-layers', deep)).json()).toMatchObject({
        code: 'JSON_TOO_DEEP',
        details: { maxDepth: 64 },
      });

      const broken = await sendRaw('POST', '/api/district-layers', '{"name": "Trasig",');
      expect(broken.statusCode).toBe(400);
      expect(broken.json()).toMatchObject({ code: 'MALFORMED_REQUEST' });

      const poisoned = await sendRaw(
        'POST',
        '/api/district-layers',
        JSON.stringify(valid).replace('{', '{"__proto__":{"isAdmin":true},'),
      );
      expect(poisoned.json()).toMatchObject({ code: 'MALFORMED_REQUEST' });

      const withNul = await coordinator.post('/api/district-layers', {
        ...valid,
        source: 'Kommunen\u0000',
      });
      expect(withNul.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: ['body', 'source'] }] },
      });

      const outside = await coordinator.post(
        '/api/district-layers',
        layerFile('Utanför', [{ name: 'Norrmalm', at: norrmalm }]),
      );
      expect(outside.statusCode).toBe(400);
      expect(outside.json()).toMatchObject({
        code: 'DISTRICT_LAYER_INVALID',
        details: { rejected: [{ index: 0, code: 'outside_municipality' }] },
      });

      const huge = await coordinator.post(
        '/api/district-layers',
        layerFile('Stor', [
          { name: 'Flemingsberg', at: flemingsberg, positions: maxPositionsPerFeature + 1 },
        ]),
      );
      expect(huge.json()).toMatchObject({
        code: 'DISTRICT_LAYER_TOO_LARGE',
        details: { limit: 'positions_per_feature', index: 0 },
      });

      expect(await layerNames()).toEqual(before.layers);
      expect(await auditActions()).toEqual(before.audit);
    });

    it('imports police events, then adds, replaces and deletes a layer, placing the events again each time, with every audit entry', async () => {
      expect(huddingeEvents.length).toBeGreaterThan(10);
      const imported = await coordinator.post('/api/imports/police-events', {
        fileName: 'huddinge.json',
        organisationId: huddinge.organisations.police.id,
        events: huddingeEvents,
        isSkippingBadRows: true,
      });
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({ status: 'completed', source: 'police_events' });
      expect((imported.json() as { counts: { inserted: number } }).counts.inserted).toBeGreaterThan(
        10,
      );

      const added = await coordinator.post(
        '/api/district-layers',
        layerFile('Tråden', [
          { name: 'Flemingsberg', at: flemingsberg },
          { name: 'Skogås', at: skogas },
        ]),
      );
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({
        layer: { name: 'Tråden' },
        districtCount: 2,
        crs: 'wgs84',
        rejected: [],
      });
      // A number, not null: placing the police events again ran, and did not fail.
      expect(
        typeof (added.json() as { policeEventsPlacedAgain: unknown }).policeEventsPlacedAgain,
      ).toBe('number');
      const { id } = (added.json() as { layer: { id: string } }).layer;

      const replaced = await coordinator.put(
        `/api/district-layers/${id}`,
        layerFile('Tråden 2027', [{ name: 'Skogås', at: skogas }]),
      );
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json()).toMatchObject({
        layer: { id, name: 'Tråden 2027' },
        districtCount: 1,
      });
      expect(
        typeof (replaced.json() as { policeEventsPlacedAgain: unknown }).policeEventsPlacedAgain,
      ).toBe('number');
      expect(await layerNames()).toContain('Tråden 2027');

      const deleted = await coordinator.delete(`/api/district-layers/${id}`);
      expect(deleted.statusCode).toBe(204);
      expect(await layerNames()).not.toContain('Tråden 2027');
      expect(await auditActions()).toEqual(
        expect.arrayContaining([
          'district_layer.create',
          'district_layer.replace',
          'district_layer.delete',
        ]),
      );
    });

    it('refuses a police events file whose organisation is no id, at that field, importing nothing', async () => {
      const response = await coordinator.post('/api/imports/police-events', {
        fileName: 'huddinge.json',
        organisationId: 'polisen',
        events: huddingeEvents.slice(0, 3),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: ['body', 'organisationId'] }] },
      });
    });

    it('answers a layer id that is not there as not found, from the thread', async () => {
      const response = await coordinator.put(
        '/api/district-layers/no-such-layer',
        layerFile('Saknas', [{ name: 'Skogås', at: skogas }]),
      );
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    });
  },
);
