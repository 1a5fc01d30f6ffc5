import { PostgresAdapter, sql, type Kysely } from 'kysely';
import {
  formatLocalDate,
  startOfStockholmDay,
  stockholmLocalParts,
} from '../shared/time/stockholm-time.js';
import { mondayOf, raiseSituationVersion } from './situation-version.js';
import type { IncidentDailyCountTable, IncidentHourlyCountTable, Tables } from './tables.js';

type DailyCountRow = IncidentDailyCountTable;
type HourlyCountRow = IncidentHourlyCountTable;

/**
 * The daily rollups the situation picture reads (tables.ts: incident_daily_counts and
 * incident_hourly_counts). Only the repositories' own writes change them, in the transaction
 * of the write: a new incident adds its counts, a changed one moves them, a status change
 * into or out of the counting statuses adds or removes them, a new district assignment adds
 * one district's count, a deleted district takes its rows along.
 */

/** Incidents that count in the picture: duplicates and archived reports do not. */
export const countingStatuses = ['new', 'reviewed'];

export const isCountingStatus = (status: string) => countingStatuses.includes(status);

/** The district of the rows that count the whole municipality. */
const wholeMunicipality = '';

/** What of an incident decides where it is counted. */
export interface CountedFacts {
  municipalityId: string;
  occurredAt: string;
  categoryCode: string;
  timePrecision: string;
  status: string;
}

/** Rows per upsert: five parameters a row, well under both databases' limits. */
const batchSize = 500;

/** The Stockholm day and hour of an instant. */
export function stockholmDayAndHour(instant: string): { day: string; hour: number } {
  const local = stockholmLocalParts(new Date(instant));
  return { day: formatLocalDate(local), hour: local.hour };
}

/** The Stockholm day an instant starts, or null when it is not a Stockholm midnight. */
export function dayStartingAt(instant: string): string | null {
  const local = stockholmLocalParts(new Date(instant));
  const isMidnight = startOfStockholmDay(local).getTime() === new Date(instant).getTime();
  return isMidnight ? formatLocalDate(local) : null;
}

const separator = '\u0000';

/** Changes to the rollups gathered in memory, then written with one upsert per table and batch. */
export class RollupChanges {
  private readonly daily = new Map<string, number>();
  private readonly hourly = new Map<string, number>();
  /** Every municipality an incident was counted or uncounted in, even if the changes cancel. */
  private readonly municipalityIds = new Set<string>();
  /** The weeks (their Mondays) each municipality's changes touched: cached pictures of others stay. */
  private readonly weeksOf = new Map<string, Set<string>>();

  /** Counts (sign 1) or uncounts (sign -1) an incident in the whole municipality and its districts. */
  addIncident(facts: CountedFacts, districtIds: readonly string[], sign: 1 | -1): void {
    if (!isCountingStatus(facts.status)) return;
    this.municipalityIds.add(facts.municipalityId);
    const { day, hour } = stockholmDayAndHour(facts.occurredAt);
    for (const districtId of [wholeMunicipality, ...districtIds]) {
      this.addDaily(facts, day, districtId, sign);
    }
    if (facts.timePrecision === 'exact') {
      const key = [facts.municipalityId, day, hour].join(separator);
      this.hourly.set(key, (this.hourly.get(key) ?? 0) + sign);
    }
  }

  /** Counts an incident in one more district (or one fewer, sign -1). */
  addAssignment(facts: CountedFacts, districtId: string, sign: 1 | -1): void {
    if (!isCountingStatus(facts.status)) return;
    this.municipalityIds.add(facts.municipalityId);
    this.addDaily(facts, stockholmDayAndHour(facts.occurredAt).day, districtId, sign);
  }

  private addDaily(facts: CountedFacts, day: string, districtId: string, sign: 1 | -1) {
    const weeks = this.weeksOf.get(facts.municipalityId) ?? new Set<string>();
    this.weeksOf.set(facts.municipalityId, weeks.add(mondayOf(day)));
    const key = [facts.municipalityId, day, districtId, facts.categoryCode].join(separator);
    this.daily.set(key, (this.daily.get(key) ?? 0) + sign);
  }

  /** The changes as table rows, the cells whose change is not zero; `count` is the change. */
  rows(): { daily: DailyCountRow[]; hourly: HourlyCountRow[] } {
    // In key order, so that concurrent writers lock the rows they share in the same order
    // (PostgreSQL would otherwise risk a deadlock between two imports).
    const inKeyOrder = (changes: Map<string, number>) =>
      [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const daily: DailyCountRow[] = [];
    for (const [key, change] of inKeyOrder(this.daily)) {
      if (change === 0) continue;
      const [municipalityId = '', day = '', districtId = '', categoryCode = ''] =
        key.split(separator);
      daily.push({
        municipality_id: municipalityId,
        day,
        district_id: districtId,
        category_code: categoryCode,
        count: change,
      });
    }
    const hourly: HourlyCountRow[] = [];
    for (const [key, change] of inKeyOrder(this.hourly)) {
      if (change === 0) continue;
      const [municipalityId = '', day = '', hour = '0'] = key.split(separator);
      hourly.push({ municipality_id: municipalityId, day, hour: Number(hour), count: change });
    }
    return { daily, hourly };
  }

  /**
   * Writes the changes; rows that fall to zero are removed, so the tables hold no empty cells.
   * Raises the situation version of every municipality touched, and of the weeks touched, so
   * the cached pictures that read those weeks go stale.
   */
  async apply(db: Kysely<Tables>): Promise<void> {
    await raiseSituationVersion(db, this.municipalityIds, this.weeksOf);
    await this.write(db);
  }

  /** Writes the changes alone: for the migration that filled the rollups first. */
  async write(db: Kysely<Tables>): Promise<void> {
    const { daily, hourly } = this.rows();
    for (let start = 0; start < daily.length; start += batchSize) {
      await db
        .insertInto('incident_daily_counts')
        .values(daily.slice(start, start + batchSize))
        .onConflict((conflict) =>
          conflict
            .columns(['municipality_id', 'day', 'district_id', 'category_code'])
            .doUpdateSet((eb) => ({
              count: eb('incident_daily_counts.count', '+', eb.ref('excluded.count')),
            })),
        )
        .execute();
    }
    for (let start = 0; start < hourly.length; start += batchSize) {
      await db
        .insertInto('incident_hourly_counts')
        .values(hourly.slice(start, start + batchSize))
        .onConflict((conflict) =>
          conflict.columns(['municipality_id', 'day', 'hour']).doUpdateSet((eb) => ({
            count: eb('incident_hourly_counts.count', '+', eb.ref('excluded.count')),
          })),
        )
        .execute();
    }
    await removeEmptyRows(db, [...daily, ...hourly]);
  }
}

/** Deletes the rows that fell to zero, on the days a decrement touched. */
async function removeEmptyRows(
  db: Kysely<Tables>,
  changes: { municipality_id: string; day: string; count: number }[],
) {
  const touched = new Map<string, Set<string>>();
  for (const { municipality_id, day, count } of changes) {
    if (count >= 0) continue;
    touched.set(municipality_id, (touched.get(municipality_id) ?? new Set()).add(day));
  }
  for (const [municipalityId, days] of touched) {
    const list = [...days];
    for (let start = 0; start < list.length; start += batchSize) {
      for (const table of ['incident_daily_counts', 'incident_hourly_counts'] as const) {
        await db
          .deleteFrom(table)
          .where('municipality_id', '=', municipalityId)
          .where('day', 'in', list.slice(start, start + batchSize))
          .where('count', '<=', 0)
          .execute();
      }
    }
  }
}

/** Removes the rows of districts about to be deleted (their incidents' assignments go with them). */
export async function removeDistrictsFromRollups(
  db: Kysely<Tables>,
  districtIds: string[],
): Promise<void> {
  for (let start = 0; start < districtIds.length; start += batchSize) {
    await db
      .deleteFrom('incident_daily_counts')
      .where('district_id', 'in', districtIds.slice(start, start + batchSize))
      .execute();
  }
}

/** Incidents read a page at a time when the rollups are computed from scratch. */
const pageSize = 5_000;

/** The rollups of a municipality computed from its incidents, not yet written. */
export async function computeRollups(
  db: Kysely<Tables>,
  municipalityId: string,
): Promise<RollupChanges> {
  const changes = new RollupChanges();
  for (let afterId = ''; ;) {
    const page = await db
      .selectFrom('incidents')
      .select(['id', 'occurred_at', 'category_code', 'time_precision', 'status'])
      .where('municipality_id', '=', municipalityId)
      .where('status', 'in', countingStatuses)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    const assignments = await db
      .selectFrom('incident_districts')
      .select(['incident_id', 'district_id'])
      .where(
        'incident_id',
        'in',
        page.map((row) => row.id),
      )
      .execute();
    const districtsOf = new Map<string, string[]>();
    for (const { incident_id, district_id } of assignments) {
      districtsOf.set(incident_id, [...(districtsOf.get(incident_id) ?? []), district_id]);
    }
    for (const row of page) {
      changes.addIncident(
        {
          municipalityId,
          occurredAt: row.occurred_at,
          categoryCode: row.category_code,
          timePrecision: row.time_precision,
          status: row.status,
        },
        districtsOf.get(row.id) ?? [],
        1,
      );
    }
    afterId = page.at(-1)?.id ?? afterId;
    if (page.length < pageSize) break;
  }
  return changes;
}

/**
 * On PostgreSQL, every transaction that changes counted incidents holds this advisory lock
 * shared, and a rebuild or a district layer's replacement or removal holds it exclusively:
 * so a rebuild never computes from a snapshot that a concurrent import then changes, and a
 * layer's districts never gain rollup rows while they are being deleted. Writers still run
 * side by side. The lock ends with the transaction. SQLite has one writer at a time anyway.
 */
export async function lockRollups(db: Kysely<Tables>, mode: 'shared' | 'exclusive'): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const lock = mode === 'shared' ? sql`pg_advisory_xact_lock_shared` : sql`pg_advisory_xact_lock`;
  await sql`select ${lock}(${rollupLockKey})`.execute(db);
}

/** An arbitrary 64-bit key of Tryggve's own ("rollups" in ASCII). */
const rollupLockKey = 0x726f6c6c757073n;

/** Throws the municipality's rollups away and computes them again from its incidents. */
export async function rebuildRollups(db: Kysely<Tables>, municipalityId: string): Promise<void> {
  await lockRollups(db, 'exclusive');
  const changes = await computeRollups(db, municipalityId);
  await db
    .deleteFrom('incident_daily_counts')
    .where('municipality_id', '=', municipalityId)
    .execute();
  await db
    .deleteFrom('incident_hourly_counts')
    .where('municipality_id', '=', municipalityId)
    .execute();
  await raiseSituationVersion(db, [municipalityId]);
  await changes.apply(db);
}

/**
 * Counting incidents per district (null: the whole municipality) and category over the
 * Stockholm days [fromDay, toDay).
 */
export async function readDailyCounts(
  db: Kysely<Tables>,
  municipalityId: string,
  fromDay: string,
  toDay: string,
): Promise<{ districtId: string | null; categoryCode: string; count: number }[]> {
  const rows = await db
    .selectFrom('incident_daily_counts')
    .select(['district_id', 'category_code'])
    .select((eb) => eb.fn.sum<number>('count').as('count'))
    .where('municipality_id', '=', municipalityId)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy(['district_id', 'category_code'])
    .execute();
  return rows.map((row) => ({
    districtId: row.district_id === wholeMunicipality ? null : row.district_id,
    categoryCode: row.category_code,
    count: Number(row.count),
  }));
}

/** Counting incidents with an exact time per Stockholm day and hour over [fromDay, toDay). */
export async function readHourlyCounts(
  db: Kysely<Tables>,
  municipalityId: string,
  fromDay: string,
  toDay: string,
): Promise<{ day: string; hour: number; count: number }[]> {
  const rows = await db
    .selectFrom('incident_hourly_counts')
    .select(['day', 'hour', 'count'])
    .where('municipality_id', '=', municipalityId)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .execute();
  return rows.map((row) => ({ day: row.day, hour: Number(row.hour), count: Number(row.count) }));
}
