import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { uploadDistrictLayer } from '../districts/upload-district-layer.js';
import type { Incident } from '../incidents/incident.js';
import { placePoliceEventsAgain } from './place-police-events-again.js';

/** One square district near Huddinge centrum, of a made-up name: only it can place an event. */
const layerFile = (placeName: string) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { namn: placeName },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [17.97, 59.23],
            [17.99, 59.23],
            [17.99, 59.24],
            [17.97, 59.24],
            [17.97, 59.23],
          ],
        ],
      },
    },
  ],
});

describeEachDialect('placing police events again after a layer change', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2027-01-15T12:00:00Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
  });

  /** Police events stored at municipality level, as an import before the layer left them. */
  async function storePoliceEvents(count: number, placeName: string): Promise<Incident[]> {
    const incidents = Array.from({ length: count }, (_, index): Incident => {
      const at = new Date(Date.UTC(2027, 0, 1 + (index % 10), 8 + (index % 12))).toISOString();
      return {
        id: randomUUID(),
        municipalityId: huddinge.municipalityId,
        reportId: null,
        occurredAt: at,
        occurredUntil: null,
        timePrecision: 'exact',
        reportedAt: at,
        location: { point: null, address: null, chosenDistrictId: null, precision: 'municipality' },
        categoryCode: index % 2 === 0 ? 'graffiti' : 'littering',
        severity: null,
        unsafety: null,
        description: `Skadegörelse i ${placeName} under natten.`,
        personalDataKinds: [],
        peopleCount: null,
        organisationId: huddinge.organisations.police.id,
        reporterUserId: null,
        source: 'police_events',
        sourceId: `${placeName}-${index}`,
        sourceVersion: `2027-01-0${1 + (index % 9)} 10:00:00 +01:00`,
        status: 'new',
        duplicateOfId: null,
        archiveReason: null,
        textRemovedAt: null,
        createdAt: at,
        updatedAt: at,
        districtIds: [],
      };
    });
    await deps.store.transaction((repositories) => repositories.incidents.createMany(incidents));
    return incidents;
  }

  async function uploadLayer(placeName: string): Promise<string> {
    const stored = await uploadDistrictLayer(deps, coordinator, {
      name: `Lager ${placeName}`,
      source: 'test',
      geojson: layerFile(placeName),
      nameProperty: 'namn',
      codeProperty: null,
      isSkippingBadFeatures: false,
    });
    return stored.layer.id;
  }

  /** The police events stored for one test, by the place name their source ids start with. */
  const storedIncidents = async (placeName: string) =>
    (
      await deps.store.incidents.listBySource(huddinge.municipalityId, 'police_events', '', 10_000)
    ).filter((incident) => incident.sourceId?.startsWith(`${placeName}-`));

  /** The picture's counts (read from the rollups on whole Stockholm days) equal the incidents'. */
  async function expectRollupsExact() {
    // January 2027 in Stockholm: whole days, so the counts come from the rollups.
    const [from, to] = ['2026-12-31T23:00:00.000Z', '2027-01-31T23:00:00.000Z'];
    const counted = await deps.store.situation.countByDistrictAndCategory(
      huddinge.municipalityId,
      from,
      to,
    );
    const incidents = await deps.store.incidents.list(huddinge.municipalityId, {
      from,
      to,
      limit: 100_000,
    });
    const expected = new Map<string, number>();
    for (const incident of incidents) {
      if (incident.status !== 'new' && incident.status !== 'reviewed') continue;
      for (const districtId of [null, ...incident.districtIds]) {
        const key = JSON.stringify([districtId, incident.categoryCode]);
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const asKeys = (rows: { districtId: string | null; categoryCode: string; count: number }[]) =>
      rows
        .filter((row) => row.count !== 0)
        .map((row) => `${JSON.stringify([row.districtId, row.categoryCode])}=${row.count}`)
        .sort();
    expect(asKeys(counted)).toEqual(
      asKeys(
        [...expected].map(([key, count]) => {
          const [districtId, categoryCode] = JSON.parse(key) as [string | null, string];
          return { districtId, categoryCode, count };
        }),
      ),
    );
    expect(expected.size).toBeGreaterThan(0);
  }

  it('moves only the place: description, category and source version stay as stored', async () => {
    const [before] = await storePoliceEvents(1, 'Lindvreten');
    const layerId = await uploadLayer('Lindvreten');
    const districts = await deps.store.municipalities.listDistricts(huddinge.municipalityId);
    const district = districts.find((item) => item.layerId === layerId);
    const [after] = await storedIncidents('Lindvreten');
    expect(after?.districtIds).toContain(district?.id);
    expect(after?.location.precision).toBe('district');
    expect(after).toMatchObject({
      description: before?.description,
      categoryCode: before?.categoryCode,
      sourceVersion: before?.sourceVersion,
      status: before?.status,
      updatedAt: before?.updatedAt,
    });
    await expectRollupsExact();
  });

  it('leaves an event alone whose text an import changed after it was read', async () => {
    const [event] = await storePoliceEvents(1, 'Kvarnängen');
    if (!event) throw new Error('no event');
    await uploadLayer('Kvarnängen');
    const [placed] = await storedIncidents('Kvarnängen');
    if (!placed) throw new Error('not stored');
    // An import stores a new text and category between the read and the write of a batch.
    const imported = {
      ...placed,
      description: 'Trafikolycka på väg 226.',
      categoryCode: 'littering',
      sourceVersion: 'newer',
      location: { ...placed.location, point: null, precision: 'municipality' as const },
      districtIds: [],
    };
    await deps.store.transaction((repositories) =>
      repositories.incidents.updateFromSource(imported),
    );
    const moved = await deps.store.transaction((repositories) =>
      repositories.incidents.updatePlacement(placed.id, {
        point: null,
        precision: 'district',
        districtIds: placed.districtIds,
        placedFrom: event.description,
      }),
    );
    expect(moved).toBe(false);
    const [after] = await storedIncidents('Kvarnängen');
    expect(after).toMatchObject({
      description: 'Trafikolycka på väg 226.',
      categoryCode: 'littering',
      sourceVersion: 'newer',
      districtIds: [],
    });
    await expectRollupsExact();
  });

  it('writes no district of a layer deleted between two batches, and keeps the rollups exact', async () => {
    const layerId = await uploadLayer('Ekvreten');
    // Stored after the layer, so that placing them again moves every one of them.
    await storePoliceEvents(620, 'Ekvreten');
    let batches = 0;
    const deletingAfterFirstBatch: Deps = {
      ...deps,
      store: {
        ...deps.store,
        transaction: async (work) => {
          const result = await deps.store.transaction(work);
          batches += 1;
          if (batches === 1)
            await deps.store.transaction((repositories) =>
              repositories.municipalities.deleteDistrictLayer(layerId),
            );
          return result;
        },
      },
    };
    const moved = await placePoliceEventsAgain(deletingAfterFirstBatch, huddinge.municipalityId);
    expect(batches).toBeGreaterThan(1);
    // The first batch moved its events into the layer; the later ones had no layer to move into.
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(620);
    const remaining = new Set(
      (await deps.store.municipalities.listDistricts(huddinge.municipalityId)).map(
        (district) => district.id,
      ),
    );
    const incidents = await storedIncidents('Ekvreten');
    expect(incidents).toHaveLength(620);
    for (const incident of incidents) {
      for (const districtId of incident.districtIds) expect(remaining.has(districtId)).toBe(true);
    }
    await expectRollupsExact();
  });
});
