import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import type { Tables } from './tables.js';

/**
 * Issue 21: the jobs and the alarms grew with history (the daily retention job scanned every
 * incident, 495 ms with nothing to remove). Each periodic query, written as its repository
 * writes it, must have an index PostgreSQL can use: with sequential scans priced out, a plan
 * that still scans a table sequentially has no index to use. PostgreSQL only: SQLite has no
 * cost switch, and the same migrations give it the same indexes.
 */
const describeOnPostgres = process.env.TRYGGVE_TEST_POSTGRES_URL ? describe : describe.skip;

const now = '2026-12-08T00:00:00.000Z';

const periodicQueries = (db: Kysely<Tables>): Record<string, Compilable> => ({
  'retention: a batch of incident texts still kept (incident-repository)': db
    .updateTable('incidents')
    .set({ description: '', text_removed_at: now })
    .where(
      'id',
      'in',
      db
        .selectFrom('incidents')
        .select('id')
        .where('municipality_id', '=', 'm')
        .where('reported_at', '<', now)
        .where('text_removed_at', 'is', null)
        .limit(1000),
    ),
  'retention: a batch of closed signals whose text is kept (signal-repository)': db
    .updateTable('signals')
    .set({ description: '', text_removed_at: now })
    .where(
      'id',
      'in',
      db
        .selectFrom('signals')
        .select('id')
        .where('municipality_id', '=', 'm')
        .where('status', '=', 'closed')
        .where('updated_at', '<', now)
        .where('text_removed_at', 'is', null)
        .limit(1000),
    ),
  'mail retries: failed notices (follow-up-repository)': db
    .selectFrom('follow_up_notifications')
    .selectAll()
    .where('email_status', '=', 'failed')
    .orderBy('created_at')
    .limit(1000),
  'session purge (session-repository)': db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', now)])),
  "alarms and the picture: a span's daily counts (incident-rollups)": db
    .selectFrom('incident_daily_counts')
    .select(['district_id', 'category_code'])
    .select((eb) => eb.fn.sum<number>('count').as('count'))
    .where('municipality_id', '=', 'm')
    .where('day', '>=', '2024-01-01')
    .where('day', '<', '2026-12-07')
    .groupBy(['district_id', 'category_code']),
  "the picture cache: the weeks' version (situation-version)": db
    .selectFrom('situation_week_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('municipality_id', '=', 'm')
    .where((eb) =>
      eb.or([
        eb('week', '=', ''),
        eb.and([eb('week', '>=', '2026-07-20'), eb('week', '<=', '2026-11-23')]),
      ]),
    ),
  "an import's batch: stored source versions (incident-repository)": db
    .selectFrom('incidents')
    .select(['id', 'source_id'])
    .where('municipality_id', '=', 'm')
    .where('source', '=', 'csv')
    .where('source_id', 'in', ['a', 'b']),
});

describeOnPostgres('the plans of the periodic queries [postgres]', () => {
  let testDatabase: TestDatabase;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
  });
  afterAll(() => testDatabase?.drop());

  it('finds an index for every periodic query: no sequential scan even when one is priced out', async () => {
    const { db } = testDatabase.database;
    const scans: Record<string, string[]> = {};
    for (const [name, query] of Object.entries(periodicQueries(db))) {
      await db.transaction().execute(async (transaction) => {
        await sql`set local enable_seqscan = off`.execute(transaction);
        const compiled = query.compile();
        const { rows } = await transaction.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
        );
        const plan = rows.map((row) => row['QUERY PLAN']);
        scans[name] = plan.filter((line) => /Seq Scan/.test(line)).map((line) => line.trim());
      });
    }
    expect(scans).toEqual(
      Object.fromEntries(Object.keys(periodicQueries(db)).map((name) => [name, []])),
    );
  });
});
