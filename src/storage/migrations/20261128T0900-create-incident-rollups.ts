import type { Kysely } from 'kysely';

/**
 * Daily rollups for the situation picture (issue 3): counts per Stockholm day × district (''
 * for the whole municipality) × category, and per day × hour for incidents with an exact
 * time, filled from the incidents there are. Also an index on the district a reporter chose,
 * so deleting or replacing a district layer does not scan every incident for references.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_daily_counts')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('district_id', 'text', (column) => column.notNull())
    .addColumn('category_code', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('incident_daily_counts_primary_key', [
      'municipality_id',
      'day',
      'district_id',
      'category_code',
    ])
    .execute();
  await db.schema
    .createIndex('incident_daily_counts_district_index')
    .on('incident_daily_counts')
    .column('district_id')
    .execute();

  await db.schema
    .createTable('incident_hourly_counts')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('hour', 'integer', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('incident_hourly_counts_primary_key', [
      'municipality_id',
      'day',
      'hour',
    ])
    .execute();

  await db.schema
    .createIndex('incidents_chosen_district_index')
    .on('incidents')
    .column('chosen_district_id')
    .execute();

  // The backfill counted as a rebuild counted on the day this migration was written. It is
  // frozen here (it imports no live code), so later changes to the rollups cannot change what
  // this step of history does.
  const tables = db as unknown as Kysely<BackfillTables>;
  const municipalities = await tables.selectFrom('municipalities').select('id').execute();
  for (const { id } of municipalities) await backfill(tables, id);
}

interface BackfillTables {
  municipalities: { id: string };
  incidents: {
    id: string;
    municipality_id: string;
    occurred_at: string;
    category_code: string;
    time_precision: string;
    status: string;
  };
  incident_districts: { incident_id: string; district_id: string };
  incident_daily_counts: {
    municipality_id: string;
    day: string;
    district_id: string;
    category_code: string;
    count: number;
  };
  incident_hourly_counts: { municipality_id: string; day: string; hour: number; count: number };
}

/** Incidents that counted in the picture: duplicates and archived reports did not. */
const countingStatuses = ['new', 'reviewed'];
/** The district of the rows that count the whole municipality. */
const wholeMunicipality = '';
/** Incidents read a page at a time. */
const pageSize = 5_000;
/** Rows per upsert. */
const batchSize = 500;
const separator = '\u0000';
const hourMs = 3_600_000;

const stockholmClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
});

/**
 * The Stockholm day and hour of an instant. Sweden's clock changes fall on whole UTC hours,
 * so the wall clock of an instant is that of its UTC hour's start plus the minutes past it.
 */
function stockholmDayAndHour(
  instant: string,
  byUtcHour: Map<number, { day: string; hour: number }>,
): { day: string; hour: number } {
  const utcHour = Math.floor(new Date(instant).getTime() / hourMs);
  const known = byUtcHour.get(utcHour);
  if (known) return known;
  const parts = stockholmClock.formatToParts(new Date(utcHour * hourMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value);
  const pad = (value: number) => String(value).padStart(2, '0');
  const local = {
    day: `${part('year')}-${pad(part('month'))}-${pad(part('day'))}`,
    hour: part('hour'),
  };
  byUtcHour.set(utcHour, local);
  return local;
}

/** Fills the rollups of one municipality from its counting incidents. */
async function backfill(db: Kysely<BackfillTables>, municipalityId: string): Promise<void> {
  const daily = new Map<string, number>();
  const hourly = new Map<string, number>();
  const byUtcHour = new Map<number, { day: string; hour: number }>();
  const add = (changes: Map<string, number>, key: string) =>
    changes.set(key, (changes.get(key) ?? 0) + 1);
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
      const { day, hour } = stockholmDayAndHour(row.occurred_at, byUtcHour);
      for (const districtId of [wholeMunicipality, ...(districtsOf.get(row.id) ?? [])]) {
        add(daily, [municipalityId, day, districtId, row.category_code].join(separator));
      }
      if (row.time_precision === 'exact') add(hourly, [municipalityId, day, hour].join(separator));
    }
    afterId = page.at(-1)?.id ?? afterId;
    if (page.length < pageSize) break;
  }

  const inKeyOrder = (changes: Map<string, number>) =>
    [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dailyRows = inKeyOrder(daily).map(([key, count]) => {
    const [municipality_id = '', day = '', district_id = '', category_code = ''] =
      key.split(separator);
    return { municipality_id, day, district_id, category_code, count };
  });
  const hourlyRows = inKeyOrder(hourly).map(([key, count]) => {
    const [municipality_id = '', day = '', hour = '0'] = key.split(separator);
    return { municipality_id, day, hour: Number(hour), count };
  });
  for (let start = 0; start < dailyRows.length; start += batchSize) {
    await db
      .insertInto('incident_daily_counts')
      .values(dailyRows.slice(start, start + batchSize))
      .onConflict((conflict) =>
        conflict
          .columns(['municipality_id', 'day', 'district_id', 'category_code'])
          .doUpdateSet((eb) => ({
            count: eb('incident_daily_counts.count', '+', eb.ref('excluded.count')),
          })),
      )
      .execute();
  }
  for (let start = 0; start < hourlyRows.length; start += batchSize) {
    await db
      .insertInto('incident_hourly_counts')
      .values(hourlyRows.slice(start, start + batchSize))
      .onConflict((conflict) =>
        conflict.columns(['municipality_id', 'day', 'hour']).doUpdateSet((eb) => ({
          count: eb('incident_hourly_counts.count', '+', eb.ref('excluded.count')),
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_chosen_district_index').execute();
  await db.schema.dropTable('incident_hourly_counts').execute();
  await db.schema.dropTable('incident_daily_counts').execute();
}
