import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

interface NearRepeatBody {
  events: number;
  leftOut: Record<string, number>;
  seed: number;
  permutations: number;
  knox: { observed: number; pValue: number } | null;
  table: { observed: number[][]; ratio: (number | null)[][]; pValue: (number | null)[][] } | null;
}

describeEachDialect('near-repeat analysis over HTTP', (database) => {
  let app: FastifyInstance;
  let analyst: TestClient;

  beforeAll(async () => {
    const deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    // Twelve shootings with exact points, each 150 m and two days after the one before, and
    // three placed only in a district (no exact point).
    await reportIncidents(deps, reporter, {
      events: [
        ...Array.from({ length: 12 }, (_, index) => ({
          point: {
            longitude: 17.95 + index * 0.0026 * (index % 2 === 0 ? 1 : 0.5),
            latitude: 59.2,
          },
          occurredAt: new Date(Date.UTC(2026, 8, 1 + 2 * index, 20)).toISOString(),
          categoryCode: 'shooting',
          description: 'Skott',
        })),
        ...Array.from({ length: 3 }, (_, index) => ({
          districtId: huddinge.districtIds['Skogås'],
          occurredAt: new Date(Date.UTC(2026, 8, 3 + index, 20)).toISOString(),
          categoryCode: 'shooting',
          description: 'Skott',
        })),
      ],
    });
    app = await buildTestApp(deps);
    analyst = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['analyst'])).email,
    );
  });
  afterAll(() => app.close());

  const url = (extra = '') =>
    `/api/near-repeat?category=shooting&period=custom&key=2026-09-01..2026-09-30&distanceBand=400&dayBand=7&permutations=99${extra}`;

  it('tests the events with an exact point, counts those without by why, and returns its seed', async () => {
    const response = await analyst.get(url('&seed=7'));
    expect(response.statusCode).toBe(200);
    const body = response.json() as NearRepeatBody;
    expect(body.events).toBe(12);
    expect(body.leftOut).toEqual({ district: 3 });
    expect(body.seed).toBe(7);
    expect(body.permutations).toBe(99);
    expect(body.table?.observed.flat().reduce((sum, count) => sum + count, 0)).toBe(66);
    expect(body.knox?.observed).toBeGreaterThan(0);
  });

  it('gives the same answer for the same seed, and draws a seed when none is given', async () => {
    const first = (await analyst.get(url('&seed=11'))).json() as NearRepeatBody;
    const second = (await analyst.get(url('&seed=11'))).json() as NearRepeatBody;
    expect(second).toEqual(first);
    const drawn = (await analyst.get(url())).json() as NearRepeatBody;
    expect(Number.isInteger(drawn.seed)).toBe(true);
  });

  it('refuses a category outside the taxonomy and bands out of bounds with VALIDATION_FAILED', async () => {
    const unknown = await analyst.get(url().replace('category=shooting', 'category=nonsense'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const wide = await analyst.get(url('&distanceBands=50'));
    expect(wide.statusCode).toBe(400);
    expect((await analyst.get(url('&permutations=100000'))).statusCode).toBe(400);
  });
});
