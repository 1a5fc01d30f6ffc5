// Measured, not guessed: what an obvious change would give, tried on the benchmark's own
// throwaway databases. The product is not changed. (The daily rollup and the covering index
// tried here in the first run are gone: the product now keeps daily rollups itself.)
import { Kysely, SqliteDialect } from 'kysely';
import { createStore } from '../../dist/server/storage/store.js';

/**
 * The better-sqlite3 connection with a statement cache: Kysely's SQLite driver prepares every
 * statement anew, and the import's 500-row INSERT has the same SQL text every time.
 */
function withStatementCache(sqlite) {
  const statements = new Map();
  const prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > 200) statements.delete(statements.keys().next().value);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Deps whose store runs on the same connection through a statement cache (never destroy it). */
export function statementCacheDeps(baseDeps, database) {
  const db = new Kysely({
    dialect: new SqliteDialect({ database: withStatementCache(database.sqlite) }),
  });
  return { ...baseDeps, store: createStore({ ...database, db }) };
}
