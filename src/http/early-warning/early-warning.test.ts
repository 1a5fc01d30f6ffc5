import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

/** Mondays of ISO weeks 2026-W37 … W47, as UTC noon. */
const monday = (week: number) => new Date(Date.UTC(2026, 8, 7 + (week - 37) * 7, 12)).toISOString();

/** Baseline weeks W37–W46 with a little drug dealing in Skogås; nine reports in W47. */
const skogasDrugs = [1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 9];

interface AlarmBody {
  tested: number;
  alarms: {
    key: string;
    districtId: string | null;
    categoryCode: string;
    method: string;
    observed: number;
    expected: number;
    threshold: number;
    sentence: string;
    decision: { decision: string; comment: string } | null;
  }[];
}

describeEachDialect('alarms and hot spots', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    const skogas = huddinge.districtIds['Skogås'];
    for (const [index, count] of skogasDrugs.entries()) {
      if (count === 0) continue;
      await reportIncidents(deps, reporter, {
        events: Array.from({ length: count }, (_, event) => ({
          // In W47, all at Skogås centrum (one H3 cell); earlier weeks in the district only.
          ...(index === skogasDrugs.length - 1
            ? { point: { longitude: 18.1519 + event * 0.0001, latitude: 59.2172 } }
            : { districtId: skogas }),
          occurredAt: new Date(Date.parse(monday(37 + index)) + event * 3_600_000).toISOString(),
          categoryCode: 'suspected_drug_dealing',
          description: 'Misstänkt langning',
        })),
      });
    }
    app = await buildTestApp(deps);
    const signIn = async (role: 'coordinator' | 'viewer') =>
      new TestClient(app).signIn(
        (await makeUser(deps, huddinge.organisations.administration, [role])).email,
      );
    coordinator = await signIn('coordinator');
    viewer = await signIn('viewer');
  });
  afterAll(() => app.close());

  it('raises an alarm for the rise in Skogås and explains it in a sentence', async () => {
    const response = await viewer.get('/api/alarms?key=2026-W47&lang=sv');
    expect(response.statusCode).toBe(200);
    const body = response.json() as AlarmBody;
    const skogas = body.alarms.find((alarm) => alarm.districtId === huddinge.districtIds['Skogås']);
    // C2's baseline is W38–W44 (a guard of two weeks): 2, 0, 1, 1, 2, 1, 0.
    expect(skogas).toMatchObject({
      key: `2026-W47|${huddinge.districtIds['Skogås']}|suspected_drug_dealing`,
      method: 'C2',
      observed: 9,
      decision: null,
    });
    expect(skogas?.expected).toBeCloseTo(1, 10);
    // The baseline's standard deviation, √(4/6) ≈ 0.82, is below the minimum sigma of 1.
    expect(skogas?.threshold).toBeCloseTo(1 + 3.090232306167813, 9);
    expect(skogas?.sentence).toBe(
      'Misstänkt narkotikahantering i Skogås: fler än väntat – 9 händelser mot normalt cirka 1.',
    );
    expect(body.tested).toBeGreaterThanOrEqual(2);
    const quiet = await viewer.get('/api/alarms?key=2026-W46&lang=sv');
    expect((quiet.json() as AlarmBody).alarms).toEqual([]);
  });

  it('lets a coordinator acknowledge an alarm with a comment, kept and audited; a viewer may not', async () => {
    const key = {
      periodKey: '2026-W47',
      districtId: huddinge.districtIds['Skogås'] ?? null,
      categoryCode: 'suspected_drug_dealing',
    };
    const refused = await viewer.post('/api/alarms/decisions', {
      ...key,
      decision: 'acknowledged',
      comment: 'Sett',
    });
    expect(refused.statusCode).toBe(403);
    const decided = await coordinator.post('/api/alarms/decisions', {
      ...key,
      decision: 'acknowledged',
      comment: 'Fältarna och polisen fokuserar på centrum nästa vecka.',
    });
    expect(decided.statusCode).toBe(201);
    // A politician sees that the alarm was handled, not the coordinator's words or name.
    const seen = (await viewer.get('/api/alarms?key=2026-W47&lang=en')).json() as AlarmBody;
    expect(seen.alarms.find((item) => item.districtId === key.districtId)?.decision).toMatchObject({
      decision: 'acknowledged',
      comment: '',
      decidedByUserId: null,
    });
    const body = (await coordinator.get('/api/alarms?key=2026-W47&lang=en')).json() as AlarmBody;
    const alarm = body.alarms.find((item) => item.districtId === key.districtId);
    expect(alarm?.decision).toMatchObject({
      decision: 'acknowledged',
      comment: 'Fältarna och polisen fokuserar på centrum nästa vecka.',
    });
    expect(alarm?.sentence).toMatch(
      /^Suspected drug dealing in Skogås: more than expected – 9 incidents against usually about 1\./,
    );
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'alarm.acknowledge',
      limit: 1,
    });
    expect(entry).toMatchObject({ entityId: `2026-W47|${key.districtId}|suspected_drug_dealing` });

    const noSuchAlarm = await coordinator.post('/api/alarms/decisions', {
      ...key,
      periodKey: '2026-W46',
      decision: 'dismissed',
      comment: 'Finns inte',
    });
    expect(noSuchAlarm.statusCode).toBe(404);
  });

  it('keeps the meeting from drowning: a higher minimum or a switched-off category silences it', async () => {
    const settings = (await coordinator.get('/api/early-warning/settings')).json() as Record<
      string,
      unknown
    >;
    expect(settings).toMatchObject({ method: 'C2', minimumCount: 3 });
    const higher = await coordinator.put('/api/early-warning/settings', {
      ...settings,
      minimumCount: 10,
    });
    expect(higher.statusCode).toBe(200);
    expect(((await viewer.get('/api/alarms?key=2026-W47')).json() as AlarmBody).alarms).toEqual([]);
    await coordinator.put('/api/early-warning/settings', {
      ...settings,
      categories: { suspected_drug_dealing: { isEnabled: false, minimumCount: null } },
    });
    expect(((await viewer.get('/api/alarms?key=2026-W47')).json() as AlarmBody).alarms).toEqual([]);
    const unknown = await coordinator.put('/api/early-warning/settings', {
      ...settings,
      categories: { no_such_category: { isEnabled: false, minimumCount: null } },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await viewer.put('/api/early-warning/settings', settings)).statusCode).toBe(403);
    await coordinator.put('/api/early-warning/settings', settings);
    expect(
      ((await viewer.get('/api/alarms?key=2026-W47')).json() as AlarmBody).alarms.length,
    ).toBeGreaterThan(0);
  });

  it('finds the hot spot at Skogås centrum with the false discovery rate controlled', async () => {
    const response = await viewer.get('/api/hot-spots?period=week&key=2026-W47');
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      points: number;
      resolution: number;
      features: { id: string; properties: { count: number; kind: string; z: number } }[];
    };
    expect(body).toMatchObject({ points: 9, resolution: 8 });
    expect(body.features.length).toBeGreaterThan(100);
    const hot = body.features.filter((feature) => feature.properties.kind === 'hot');
    expect(hot.map((feature) => feature.properties.count)).toContain(9);
    expect(body.features.filter((feature) => feature.properties.kind === 'cold')).toEqual([]);
    // A politician sees no count under 3 in a cell; a coordinator sees them all.
    expect(body.features.some((feature) => feature.properties.count === 1)).toBe(false);
    const detailed = (await coordinator.get('/api/hot-spots?period=week&key=2026-W47')).json() as {
      features: { properties: { count: number | null } }[];
    };
    expect(detailed.features.every((feature) => feature.properties.count !== null)).toBe(true);
    // A week with no points: nothing stands out, and nothing breaks.
    const quiet = await viewer.get('/api/hot-spots?period=week&key=2026-W45');
    expect(quiet.statusCode).toBe(200);
    const quietBody = quiet.json() as typeof body;
    expect(quietBody.points).toBe(0);
    expect(quietBody.features.every((feature) => feature.properties.kind === 'none')).toBe(true);
    const heat = await viewer.get('/api/heat?period=week&key=2026-W47');
    expect(heat.statusCode).toBe(200);
    const surface = heat.json() as {
      bandwidthMeters: number;
      cellSizeMeters: number;
      maximum: number;
      features: { geometry: { coordinates: number[] }; properties: { density: number } }[];
    };
    expect(surface).toMatchObject({ bandwidthMeters: 500, cellSizeMeters: 125 });
    // The surface holds the nine incidents: its integral (density × cell area) is about 9.
    const mass = surface.features.reduce(
      (sum, feature) => sum + (feature.properties.density * 125 * 125) / 1e6,
      0,
    );
    expect(mass).toBeGreaterThan(8.5);
    expect(mass).toBeLessThan(9.5);
    const densest = surface.features.find(
      (feature) => feature.properties.density === surface.maximum,
    );
    expect(densest?.geometry.coordinates[0]).toBeCloseTo(18.152, 2);
    expect((await viewer.get('/api/heat?period=week&key=2026-W46')).json()).toMatchObject({
      maximum: 0,
      features: [],
    });
    const bad = await viewer.get('/api/alarms?key=2026-W99');
    expect(bad.statusCode).toBe(400);
  });
});
