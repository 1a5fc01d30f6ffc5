import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { PictureCache } from '../situation/picture-cache.js';
import type { FoundAlarms } from './find-alarms.js';
import { listAlarms } from './list-alarms.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

/**
 * Issue 21: the alarms read up to three years of daily counts per request. Cached per
 * municipality, week, settings and the version of the weeks they read, they are counted once
 * per change. Reads of the counts are seen through the real store, counted on the way.
 */
describeEachDialect('the cached alarms', (database) => {
  let deps: Deps;
  let analyst: Actor;
  let reporter: Actor;
  let countReads = 0;

  beforeAll(async () => {
    const plain = testDeps(database(), { clock: testClock('2026-11-28T12:00:00Z') });
    const huddinge = await seedHuddinge(plain);
    analyst = await huddinge.actor('administration', ['analyst']);
    reporter = await huddinge.actor('housing', ['reporter']);
    const earlyWarning = {
      ...plain.store.earlyWarning,
      dailyCounts: (...args: Parameters<typeof plain.store.earlyWarning.dailyCounts>) => {
        countReads += 1;
        return plain.store.earlyWarning.dailyCounts(...args);
      },
    };
    deps = {
      ...plain,
      store: { ...plain.store, earlyWarning },
      alarmCache: new PictureCache<FoundAlarms>(),
    };
  });

  const report = (occurredAt: string) =>
    reportIncidents(deps, reporter, {
      events: [{ point: inSkogas, occurredAt, categoryCode: 'vandalism', description: 'Ruta.' }],
    });

  it('reads the counts once for repeated requests, and again after a report in a week they read', async () => {
    await report('2026-11-24T10:00:00Z');
    const week48 = { periodKey: '2026-W48', locale: 'sv' } as const;
    const first = await listAlarms(deps, analyst, week48);
    const readsAfterFirst = countReads;
    expect(await listAlarms(deps, analyst, week48)).toEqual(first);
    expect(countReads).toBe(readsAfterFirst);

    await report('2026-11-25T10:00:00Z');
    await listAlarms(deps, analyst, week48);
    expect(countReads).toBe(readsAfterFirst + 1);
  });

  it("leaves an earlier week's alarms cached when a report falls in a later week", async () => {
    const week46 = { periodKey: '2026-W46', locale: 'sv' } as const;
    await listAlarms(deps, analyst, week46);
    const reads = countReads;
    await report('2026-11-26T10:00:00Z');
    await listAlarms(deps, analyst, week46);
    expect(countReads).toBe(reads);
  });
});
