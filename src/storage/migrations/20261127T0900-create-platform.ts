import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/** Municipalities, organisations, accounts, sessions, the audit log and district layers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, float, isPostgres } = columnTypes(db);

  await db.schema
    .createTable('municipalities')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('boundary_geojson', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('disabled_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('organisations_municipality_name_unique', ['municipality_id', 'name'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', timestamp)
    .addColumn('disabled_at', timestamp)
    .addColumn('last_login_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('users_organisation_index')
    .on('users')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('users_municipality_index')
    .on('users')
    .column('municipality_id')
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('user_roles_primary_key', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('last_seen_at', timestamp, (column) => column.notNull())
    .addColumn('expires_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_index').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('one_time_tokens')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('expires_at', timestamp, (column) => column.notNull())
    .addColumn('used_at', timestamp)
    .execute();
  await db.schema
    .createIndex('one_time_tokens_user_index')
    .on('one_time_tokens')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('failure_count', 'integer', (column) => column.notNull())
    .addColumn('locked_until', timestamp)
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('chain', 'text', (column) => column.primaryKey())
    .addColumn('last_seq', 'integer', (column) => column.notNull())
    .addColumn('last_hash', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('chain', 'text', (column) => column.notNull())
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('at', timestamp, (column) => column.notNull())
    .addColumn('municipality_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_organisation_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('entity_type', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('details', 'text')
    .addColumn('previous_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('audit_log_primary_key', ['chain', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_log_chain_at_index')
    .on('audit_log')
    .columns(['chain', 'at'])
    .execute();

  // The audit log is append-only inside the database too: an UPDATE or DELETE fails.
  // `tryggve audit verify` still catches changes made by someone who drops these triggers.
  if (isPostgres) {
    await sql`
      create function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only';
      end;
      $$`.execute(db);
    await sql`
      create trigger audit_log_no_update_or_delete before update or delete on audit_log
      for each row execute function audit_log_is_append_only()`.execute(db);
  } else {
    await sql`
      create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`
      create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('district_layers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('source', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('district_layers_municipality_name_unique', ['municipality_id', 'name'])
    .execute();

  await db.schema
    .createTable('districts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('layer_id', 'text', (column) =>
      column.notNull().references('district_layers.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('code', 'text')
    .addColumn('category', 'text')
    .addColumn('geometry_geojson', 'text', (column) => column.notNull())
    .addColumn('min_longitude', float, (column) => column.notNull())
    .addColumn('min_latitude', float, (column) => column.notNull())
    .addColumn('max_longitude', float, (column) => column.notNull())
    .addColumn('max_latitude', float, (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema.createIndex('districts_layer_index').on('districts').column('layer_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { isPostgres } = columnTypes(db);
  for (const table of [
    'districts',
    'district_layers',
    'audit_log',
    'audit_chain_heads',
    'login_throttle',
    'one_time_tokens',
    'sessions',
    'user_roles',
    'users',
    'organisations',
    'municipalities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres) await sql`drop function audit_log_is_append_only()`.execute(db);
}
