import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { importIncidents } from './import-incidents.js';
import type { IncomingIncident } from './incoming-incident.js';

/** Two and a half batches of records with an address, an hour apart. */
const rows: IncomingIncident[] = Array.from({ length: 2_500 }, (_, index) => ({
  line: index + 2,
  sourceId: `batch-${index}`,
  sourceVersion: null,
  occurredAt: new Date(Date.parse('2026-01-01T00:00:00Z') + index * 3_600_000).toISOString(),
  occurredUntil: null,
  timePrecision: 'exact',
  reportedAt: '2026-11-01T00:00:00.000Z',
  point: null,
  address: 'Kommunalvägen 28',
  districtNames: [],
  locationPrecision: 'address',
  categoryCode: 'graffiti',
  description: 'Klotter',
  peopleCount: null,
}));

describeEachDialect('an import in batches', (database) => {
  let deps: Deps;
  let coordinator: Actor;
  let policeId: string;

  const importWith = (with_: Deps) =>
    importIncidents(with_, coordinator, {
      rows,
      rejected: [],
      skipped: {},
      warnings: [],
      source: 'csv',
      fileName: 'stor.csv',
      organisationId: policeId,
      isSkippingBadRows: false,
    });
  const stored = async () => {
    const incidents = await database()
      .db.selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const runs = await database()
      .db.selectFrom('import_runs')
      .select(['status', 'counts'])
      .orderBy('started_at')
      .execute();
    return {
      incidents: Number(incidents.count),
      runs: runs.map((run) => ({ status: run.status, counts: JSON.parse(run.counts) as object })),
    };
  };

  beforeAll(async () => {
    deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    policeId = huddinge.organisations.police.id;
    coordinator = await huddinge.actor('administration', ['coordinator']);
  });

  it('keeps the batches written before a failure, says the run is unfinished, and completes when imported again', async () => {
    // The process dies in the second batch: its transaction never commits.
    let transactions = 0;
    const dying: Deps = {
      ...deps,
      store: {
        ...deps.store,
        transaction: (work) =>
          ++transactions === 2 ? Promise.reject(new Error('killed')) : deps.store.transaction(work),
      },
    };
    await expect(importWith(dying)).rejects.toThrow('killed');
    expect(await stored()).toMatchObject({
      incidents: 1_000,
      runs: [{ status: 'unfinished', counts: { inserted: 1_000, updated: 0, unchanged: 0 } }],
    });

    const again = await importWith(deps);
    expect(again).toMatchObject({
      status: 'completed',
      counts: { read: 2_500, inserted: 1_500, unchanged: 1_000 },
    });
    expect(await stored()).toMatchObject({
      incidents: 2_500,
      runs: [{ status: 'unfinished' }, { status: 'completed', counts: { inserted: 1_500 } }],
    });
  });

  it('changes nothing when the whole file is imported once more: every row counted once, unchanged', async () => {
    const result = await importWith(deps);
    expect(result).toMatchObject({
      status: 'completed',
      counts: { read: 2_500, inserted: 0, updated: 0, unchanged: 2_500 },
    });
  });
});
