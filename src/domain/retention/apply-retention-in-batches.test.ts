import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Deps } from '../deps.js';
import { importIncidents } from '../imports/import-incidents.js';
import { applyRetention, retentionBatchSize } from './apply-retention.js';

/** Two and a half batches of incidents reported in 2020, long past a 36 months' retention. */
const rowCount = Math.round(retentionBatchSize * 2.5);

/**
 * Issue 21: the first retention run over years of history was one update of every incident
 * (24–30 s at 1M, SQLite stalled for 3 s). It now removes the texts a batch at a time.
 */
describeEachDialect('retention in batches', (database) => {
  let deps: Deps;

  beforeAll(async () => {
    deps = testDeps(database(), { retention: { incidentTextMonths: 36, signalTextMonths: 24 } });
    const huddinge = await seedHuddinge(deps);
    const coordinator = await huddinge.actor('administration', ['coordinator']);
    await importIncidents(deps, coordinator, {
      rows: Array.from({ length: rowCount }, (_, index) => ({
        line: index + 2,
        sourceId: `old-${index}`,
        sourceVersion: null,
        occurredAt: new Date(Date.parse('2020-01-01T00:00:00Z') + index * 60_000).toISOString(),
        occurredUntil: null,
        timePrecision: 'exact' as const,
        reportedAt: '2020-03-01T00:00:00.000Z',
        point: null,
        address: 'Kommunalvägen 28',
        districtNames: [],
        locationPrecision: 'address' as const,
        categoryCode: 'graffiti',
        description: 'Gammal text',
        peopleCount: null,
      })),
      rejected: [],
      skipped: {},
      warnings: [],
      source: 'csv',
      fileName: 'gammal.csv',
      organisationId: huddinge.organisations.police.id,
      isSkippingBadRows: false,
    });
  });

  it('removes every text past its time, one audited batch at a time, and nothing the second run', async () => {
    expect(await applyRetention(deps)).toMatchObject({ incidentTexts: rowCount });
    const entries = await database()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'retention.apply')
      .execute();
    const removed = entries.map(
      (entry) => (JSON.parse(String(entry.details)) as { incidentTexts: number }).incidentTexts,
    );
    expect(removed.sort((a, b) => b - a)).toEqual([
      retentionBatchSize,
      retentionBatchSize,
      rowCount - 2 * retentionBatchSize,
    ]);
    const kept = await database()
      .db.selectFrom('incidents')
      .select('id')
      .where('text_removed_at', 'is', null)
      .execute();
    expect(kept).toEqual([]);
    expect(await applyRetention(deps)).toMatchObject({ incidentTexts: 0 });
  });
});
