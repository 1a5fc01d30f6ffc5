import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { loadConfig } from '../config.js';
import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { WorkerPool } from './worker-pool.js';

const text = [
  'id,time,lon,lat,kind,text',
  'W-1,2026-11-27 21:30,18.151957,59.217194,Klotter,Tags på skolan',
  'W-2,2026-11-27 22:10,18.150000,59.218000,Klotter,Ring 070-123 45 67 om du ser något',
  'W-3,2026-11-27 23:00,,,Klotter,ingen plats',
].join('\n');
const profile = {
  name: 'Tråd',
  columns: {
    id: 'id',
    occurredAt: 'time',
    longitude: 'lon',
    latitude: 'lat',
    category: 'kind',
    description: 'text',
  },
  categoryValues: {},
};

describeEachDialect('a CSV import in a worker thread', (database, _dialect, url) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let pool: WorkerPool;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    pool = new WorkerPool({
      size: 1,
      maxQueue: 4,
      taskTimeoutMs: 60_000,
      context: { config: loadConfig({ TRYGGVE_DATABASE_URL: url() }) },
    });
  });
  afterAll(async () => {
    await pool.close();
  });

  const importInWorker = (isSkippingBadRows: boolean) =>
    pool.run('import-csv-file', {
      actor: coordinator,
      input: {
        text,
        fileName: 'tråd.csv',
        profile,
        organisationId: huddinge.organisations.housing.id,
        isSkippingBadRows,
      },
    });

  const storedIncidents = () =>
    database()
      .db.selectFrom('incidents')
      .select(['source_id', 'category_code', 'location_precision', 'description'])
      .where('source', '=', 'csv')
      .orderBy('source_id')
      .execute();

  it('writes nothing when a row is bad and bad rows are not skipped, and records the run', async () => {
    const run = await importInWorker(false);
    expect(run).toMatchObject({ status: 'rejected', counts: { inserted: 0, rejected: 1 } });
    expect(await storedIncidents()).toEqual([]);
  });

  it('imports the good rows on its own connection, masked and placed, and changes nothing the second time', async () => {
    const first = await importInWorker(true);
    expect(first).toMatchObject({ status: 'completed', counts: { inserted: 2, rejected: 1 } });
    const again = await importInWorker(true);
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });

    const stored = await storedIncidents();
    expect(stored.map((row) => [row.source_id, row.category_code, row.location_precision])).toEqual(
      [
        ['W-1', 'graffiti', 'point'],
        ['W-2', 'graffiti', 'point'],
      ],
    );
    expect(stored[1]?.description).not.toContain('070-123 45 67');
    const runs = await deps.store.importRuns.list(huddinge.municipalityId, 10);
    expect(runs.map((run) => run.status)).toEqual(['completed', 'completed', 'rejected']);
    const audited = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'incident.import')
      .execute();
    expect(audited).toHaveLength(3);
  });

  it('answers a refusal from the use case as the same DomainError', async () => {
    const reporter = await huddinge.actor('housing', ['reporter']);
    await expect(
      pool.run('import-csv-file', {
        actor: reporter,
        input: {
          text,
          fileName: 'tråd.csv',
          profile,
          organisationId: huddinge.organisations.housing.id,
          isSkippingBadRows: true,
        },
      }),
    ).rejects.toMatchObject({ name: 'DomainError', code: 'FORBIDDEN' });
  });
});
