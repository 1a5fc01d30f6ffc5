import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { PictureCache } from '../../domain/situation/picture-cache.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';
import { defaultCategoriesFor } from '../../domain/incidents/taxonomy.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

/** A closed square ring of `half` degrees around a point. */
function squareAround(longitude: number, latitude: number, half = 0.01) {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [longitude - half, latitude - half],
        [longitude + half, latitude - half],
        [longitude + half, latitude + half],
        [longitude - half, latitude + half],
        [longitude - half, latitude - half],
      ],
    ],
  };
}

const north = { longitude: 18.05, latitude: 59.35 };
const south = { longitude: 18.05, latitude: 59.25 };
const west = { longitude: 17.8, latitude: 59.3 };

/** A layer file of named squares. */
const layerFile = (name: string, districts: { name: string; around: typeof north }[]) => ({
  name,
  source: 'Kommunens kommundelar',
  nameProperty: 'namn',
  geojson: {
    type: 'FeatureCollection',
    features: districts.map((district) => ({
      type: 'Feature',
      properties: { namn: district.name },
      geometry: squareAround(district.around.longitude, district.around.latitude),
    })),
  },
});

interface DistrictFeature {
  id: string;
  properties: { layerId: string; name: string };
}
interface PictureRow {
  districtId: string | null;
  categoryCode: string;
  count: number;
}

describeEachDialect('deleting and replacing a district layer', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let here: Organisation;
  let coordinator: TestClient;
  let viewer: TestClient;
  let reporter: TestClient;
  let otherAdmin: TestClient;

  beforeAll(async () => {
    // With the picture cache the server runs with: every layer change must make it stale.
    deps = testDeps(database(), {
      clock: testClock('2026-11-28T12:00:00Z'),
      pictureCache: new PictureCache(),
    });
    here = await makeOrganisation(deps, (await makeMunicipality(deps, 'Lagerby')).id);
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    await deps.store.taxonomy.createMany(defaultCategoriesFor(here.municipalityId));
    app = await buildTestApp(deps);
    const signedIn = async (organisation: Organisation, role: 'coordinator' | 'viewer' | 'admin') =>
      new TestClient(app).signIn((await makeUser(deps, organisation, [role])).email);
    coordinator = await signedIn(here, 'coordinator');
    viewer = await signedIn(here, 'viewer');
    reporter = await new TestClient(app).signIn((await makeUser(deps, here, ['reporter'])).email);
    otherAdmin = await signedIn(elsewhere, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  async function upload(name: string, districts: { name: string; around: typeof north }[]) {
    const response = await coordinator.post('/api/district-layers', layerFile(name, districts));
    expect(response.statusCode).toBe(201);
    return (response.json() as { layer: { id: string } }).layer.id;
  }

  const put = (client: TestClient, id: string, payload: unknown) =>
    client.request({
      method: 'PUT',
      url: `/api/district-layers/${id}`,
      payload: payload as object,
    });

  async function districts(): Promise<DistrictFeature[]> {
    const response = await viewer.get('/api/districts');
    return (response.json() as { features: DistrictFeature[] }).features;
  }

  async function pictureRows(): Promise<PictureRow[]> {
    // A coordinator reads single counts; a viewer would see counts under 3 hidden.
    const response = await coordinator.get('/api/situation?period=week&key=2026-W48&lang=sv');
    expect(response.statusCode).toBe(200);
    return (response.json() as { rows: PictureRow[] }).rows;
  }

  /** An incident in week 48 of 2026: at a point, or only in a district the reporter chose. */
  async function report(place: { point?: typeof north; districtId?: string }, category: string) {
    const author = actorFor(await makeUser(deps, here, ['reporter']));
    await reportIncidents(deps, author, {
      events: [
        {
          ...place,
          occurredAt: '2026-11-25T10:00:00Z',
          categoryCode: category,
          description: 'Händelse för lagertestet.',
        },
      ],
    });
  }

  const countIn = (rows: PictureRow[], districtId: string | null, category: string) =>
    rows.find((row) => row.districtId === districtId && row.categoryCode === category)?.count ?? 0;

  describe('DELETE /api/district-layers/:id', () => {
    it('deletes the layer and its districts; the incidents still count for the whole municipality', async () => {
      const layerId = await upload('Att radera', [{ name: 'Västra', around: west }]);
      const [district] = (await districts()).filter((item) => item.properties.layerId === layerId);
      await report({ point: west }, 'littering');
      expect(countIn(await pictureRows(), district?.id ?? '', 'littering')).toBe(1);

      const response = await coordinator.delete(`/api/district-layers/${layerId}`);
      expect(response.statusCode).toBe(204);
      expect((await districts()).some((item) => item.properties.layerId === layerId)).toBe(false);
      const rows = await pictureRows();
      expect(rows.some((row) => row.districtId === district?.id)).toBe(false);
      expect(countIn(rows, null, 'littering')).toBe(1);
      const [entry] = await deps.store.audit.list(here.municipalityId, {
        action: 'district_layer.delete',
        limit: 1,
      });
      expect(entry).toMatchObject({ entityId: layerId, outcome: 'success' });

      const again = await coordinator.delete(`/api/district-layers/${layerId}`);
      expect(again.statusCode).toBe(404);
    });
  });

  describe('PUT /api/district-layers/:id', () => {
    it('replaces the districts, keeps the layer and assigns every incident again', async () => {
      const layerId = await upload('Kommundelar', [
        { name: 'Norra', around: north },
        { name: 'Södra', around: south },
      ]);
      const before = (await districts()).filter((item) => item.properties.layerId === layerId);
      const southId = before.find((item) => item.properties.name === 'Södra')?.id ?? '';
      // One incident at a point in the north; one placed only by the reporter's choice of Södra.
      await report({ point: north }, 'graffiti');
      await report({ districtId: southId }, 'graffiti');

      // Norra is redrawn in the south and renamed; Södra keeps its name and moves north.
      const response = await put(
        coordinator,
        layerId,
        layerFile('Kommundelar 2027', [
          { name: 'Nya norra', around: north },
          { name: 'Södra', around: { longitude: 18.2, latitude: 59.4 } },
        ]),
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        layer: { id: layerId, name: 'Kommundelar 2027', source: 'Kommunens kommundelar' },
        districtCount: 2,
        crs: 'wgs84',
        rejected: [],
        crossing: [],
        assignedIncidents: 2,
        policeEventsPlacedAgain: 0,
      });

      const after = (await districts()).filter((item) => item.properties.layerId === layerId);
      expect(after.map((item) => item.properties.name).sort()).toEqual(['Nya norra', 'Södra']);
      expect(after.some((item) => before.some((old) => old.id === item.id))).toBe(false);
      const newNorth = after.find((item) => item.properties.name === 'Nya norra')?.id ?? '';
      const newSouth = after.find((item) => item.properties.name === 'Södra')?.id ?? '';
      const rows = await pictureRows();
      expect(countIn(rows, newNorth, 'graffiti')).toBe(1);
      expect(countIn(rows, newSouth, 'graffiti')).toBe(1);
      expect(rows.some((row) => before.some((old) => old.id === row.districtId))).toBe(false);
      const [entry] = await deps.store.audit.list(here.municipalityId, {
        action: 'district_layer.replace',
        limit: 1,
      });
      expect(entry).toMatchObject({ entityId: layerId, outcome: 'success' });
    });

    it('moves a signal about a district to the new district of the same name', async () => {
      const layerId = await upload('Stadsdelar', [{ name: 'Centrum', around: north }]);
      const [old] = (await districts()).filter((item) => item.properties.layerId === layerId);
      const registered = await coordinator.post('/api/signals', {
        categoryCode: 'youth_recruitment',
        districtId: old?.id,
        observedAt: '2026-11-20T18:00:00Z',
        description: 'Unga värvas vid torget.',
        source: 'meeting',
      });
      expect(registered.statusCode).toBe(201);
      const signalId = (registered.json() as { id: string }).id;
      await put(
        coordinator,
        layerId,
        layerFile('Stadsdelar', [{ name: 'Centrum', around: south }]),
      );
      const [renewed] = (await districts()).filter((item) => item.properties.layerId === layerId);
      expect(renewed?.id).not.toBe(old?.id);
      const signal = (await coordinator.get(`/api/signals/${signalId}`)).json() as {
        districtId: string | null;
      };
      expect(signal.districtId).toBe(renewed?.id);
    });

    it('changes nothing when the new file is bad', async () => {
      const layerId = await upload('Oförändrat', [{ name: 'Kvar', around: north }]);
      const districtsBefore = await districts();
      const rowsBefore = await pictureRows();
      const response = await put(coordinator, layerId, {
        ...layerFile('Oförändrat', []),
        geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'DISTRICT_LAYER_INVALID' });
      expect(await districts()).toEqual(districtsBefore);
      expect(await pictureRows()).toEqual(rowsBefore);
    });

    it("refuses the name of another of the municipality's layers", async () => {
      await upload('Upptaget', [{ name: 'A', around: north }]);
      const layerId = await upload('Eget', [{ name: 'B', around: north }]);
      const response = await put(
        coordinator,
        layerId,
        layerFile('upptaget', [{ name: 'B', around: north }]),
      );
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'DISTRICT_LAYER_NAME_TAKEN' });
    });
  });

  it("answers another municipality's layer as it answers a missing one, and changes nothing", async () => {
    const layerId = await upload('Skyddat', [{ name: 'Norra', around: north }]);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [method, send] of [
      [
        'PUT',
        (id: string) => put(otherAdmin, id, layerFile('Kapat', [{ name: 'X', around: south }])),
      ],
      ['DELETE', (id: string) => otherAdmin.delete(`/api/district-layers/${id}`)],
    ] as const) {
      const theirs = await send(layerId);
      const none = await send(missing);
      expect([method, theirs.statusCode]).toEqual([method, 404]);
      expect(theirs.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
      expect(theirs.json()).toEqual(none.json());
    }
    expect((await districts()).some((item) => item.properties.layerId === layerId)).toBe(true);
  });

  it('lets only the roles that may upload a layer delete or replace one', async () => {
    const layerId = await upload('Rollskyddat', [{ name: 'Norra', around: north }]);
    for (const client of [viewer, reporter]) {
      const replaced = await put(
        client,
        layerId,
        layerFile('Kapat', [{ name: 'X', around: south }]),
      );
      expect(replaced.statusCode).toBe(403);
      expect((await client.delete(`/api/district-layers/${layerId}`)).statusCode).toBe(403);
    }
    expect((await districts()).some((item) => item.properties.layerId === layerId)).toBe(true);
  });
});
