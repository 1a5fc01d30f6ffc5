import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/** Column types that differ between the dialects; everything else is standard SQL. */
interface ColumnTypes {
  timestamp: RawBuilder<unknown>;
  float: RawBuilder<unknown>;
  isPostgres: boolean;
}

export function columnTypes(db: Kysely<unknown>): ColumnTypes {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    timestamp: isPostgres ? sql`timestamptz` : sql`text`,
    float: isPostgres ? sql`double precision` : sql`real`,
    isPostgres,
  };
}
