import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { getHeatSurface } from './get-heat-surface.js';
import { getHotSpots } from './get-hot-spots.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };
const oneDay = { periodKind: 'custom' as const, periodKey: '2026-12-01..2026-12-01' };

describeEachDialect('heat and hot spots for aggregates-only readers', (database) => {
  let deps: Deps;
  let viewer: Actor;
  let analyst: Actor;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-12-05T12:00:00Z') });
    const huddinge = await seedHuddinge(deps);
    viewer = await huddinge.actor('administration', ['viewer']);
    analyst = await huddinge.actor('administration', ['analyst']);
    const reporter = await huddinge.actor('housing', ['reporter']);
    // One incident alone on Tuesday 1 December, 14.00.
    await reportIncidents(deps, reporter, {
      events: [
        {
          point: inSkogas,
          occurredAt: '2026-12-01T13:00:00Z',
          categoryCode: 'littering',
          description: 'Skräp',
        },
      ],
    });
  });

  it('gives a viewer no heat where fewer than 3 incidents reach, and a kernel of at least 400 m', async () => {
    const surface = await getHeatSurface(deps, viewer, oneDay);
    expect(surface.bandwidthMeters).toBeGreaterThanOrEqual(400);
    expect(surface.cells).toEqual([]);
    expect(surface.maximum).toBe(0);
  });

  it('still gives an analyst, who reads the incidents, the surface around it', async () => {
    const surface = await getHeatSurface(deps, analyst, oneDay);
    expect(surface.cells.length).toBeGreaterThan(0);
  });

  it("widens a viewer's one-day period for hot spots to the whole week and hides the cell's count", async () => {
    const spots = await getHotSpots(deps, viewer, oneDay);
    expect(spots.period.key).toBe('2026-11-30..2026-12-06');
    expect(
      spots.cells.every((cell) => cell.count === null || cell.count === 0 || cell.count >= 3),
    ).toBe(true);
  });
});
