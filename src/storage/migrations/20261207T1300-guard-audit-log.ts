import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

const guardedTables = ['audit_log', 'audit_chain_heads', 'audit_checkpoints'] as const;

/** The previous hash of a chain's first entry. */
const genesisHash = '0'.repeat(64);

/**
 * The SHA-256 of a genesis entry as the audit chain hashed entries when this migration was
 * written: JSON with its keys sorted (these values are strings, null or one flat object),
 * `seq` left out. Frozen here, so later changes to live code cannot change this step of history.
 */
function hashGenesisEntry(entry: Record<string, string | null | Record<string, string>>): string {
  const canonical = (value: unknown): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  };
  return createHash('sha256').update(canonical(entry), 'utf8').digest('hex');
}

/**
 * Closes the gaps of issue 20, finding 9:
 * - signed checkpoints of the chain heads get a table (append-only, like the log);
 * - PostgreSQL refuses TRUNCATE of the log, its heads and checkpoints (a statement trigger,
 *   since row triggers never see a TRUNCATE) and the privilege is revoked;
 * - a chain head can neither be deleted nor moved back, on both databases;
 * - every municipality that has no chain yet gets its first entry, so `tryggve audit verify`
 *   can insist that every municipality's chain starts at entry 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { isPostgres } = columnTypes(db);
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('signature', 'text', (column) => column.primaryKey())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('line', 'text', (column) => column.notNull())
    .execute();

  if (isPostgres) {
    await sql`
      create function audit_tables_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only', tg_table_name;
      end;
      $$`.execute(db);
    for (const table of guardedTables) {
      await sql`
        create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function audit_tables_refuse_change()`.execute(db);
    }
    await sql`
      create trigger audit_checkpoints_no_update_or_delete
      before update or delete on audit_checkpoints
      for each row execute function audit_tables_refuse_change()`.execute(db);
    await sql`
      create trigger audit_chain_heads_no_delete before delete on audit_chain_heads
      for each row execute function audit_tables_refuse_change()`.execute(db);
    await sql`
      create trigger audit_chain_heads_forward_only before update on audit_chain_heads
      for each row when (new.last_seq <= old.last_seq)
      execute function audit_tables_refuse_change()`.execute(db);
    // Tryggve never truncates, updates or deletes these rows, so its own role does not need
    // to. A superuser keeps the power regardless: the signed checkpoints cover that case.
    await sql`revoke truncate on audit_log, audit_chain_heads, audit_checkpoints from public, current_user`.execute(
      db,
    );
    await sql`revoke update, delete on audit_log, audit_checkpoints from public, current_user`.execute(
      db,
    );
  } else {
    // SQLite has no TRUNCATE; a DELETE without WHERE fires the row triggers like any other.
    await sql`
      create trigger audit_checkpoints_no_update before update on audit_checkpoints
      begin select raise(abort, 'audit_checkpoints is append-only'); end`.execute(db);
    await sql`
      create trigger audit_checkpoints_no_delete before delete on audit_checkpoints
      begin select raise(abort, 'audit_checkpoints is append-only'); end`.execute(db);
    await sql`
      create trigger audit_chain_heads_no_delete before delete on audit_chain_heads
      begin select raise(abort, 'audit_chain_heads is append-only'); end`.execute(db);
    await sql`
      create trigger audit_chain_heads_forward_only before update on audit_chain_heads
      when new.last_seq <= old.last_seq
      begin select raise(abort, 'audit_chain_heads is append-only'); end`.execute(db);
  }

  await addMissingGenesisEntries(db);
}

/** The first entry of each municipality that has none (made before municipalities got one). */
export async function addMissingGenesisEntries(db: Kysely<unknown>): Promise<void> {
  const { rows: municipalities } = await sql<{ id: string }>`
    select m.id from municipalities m
    where not exists (select 1 from audit_log l where l.chain = m.id)
      and not exists (select 1 from audit_chain_heads h where h.chain = m.id and h.last_seq > 0)
    order by m.id`.execute(db);
  const at = new Date().toISOString();
  for (const { id } of municipalities) {
    const unhashed = {
      chain: id,
      at,
      municipalityId: id,
      actorUserId: null,
      actorOrganisationId: null,
      action: 'audit.genesis',
      entityType: 'municipality',
      entityId: id,
      outcome: 'success' as const,
      details: { reason: 'chain_started_by_migration' },
      previousHash: genesisHash,
    };
    const hash = hashGenesisEntry(unhashed);
    await sql`
      insert into audit_log (chain, seq, at, municipality_id, actor_user_id,
        actor_organisation_id, action, entity_type, entity_id, outcome, details,
        previous_hash, hash)
      values (${id}, 1, ${at}, ${id}, null, null, ${unhashed.action}, ${unhashed.entityType},
        ${id}, ${unhashed.outcome}, ${JSON.stringify(unhashed.details)}, ${genesisHash},
        ${hash})`.execute(db);
    await sql`
      insert into audit_chain_heads (chain, last_seq, last_hash) values (${id}, 1, ${hash})
      on conflict (chain) do update set last_seq = 1, last_hash = ${hash}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { isPostgres } = columnTypes(db);
  if (isPostgres) {
    await sql`grant truncate on audit_log, audit_chain_heads to current_user`.execute(db);
    await sql`grant update, delete on audit_log to current_user`.execute(db);
    for (const table of guardedTables) {
      await sql`drop trigger if exists ${sql.raw(`${table}_no_truncate`)} on ${sql.table(table)}`.execute(
        db,
      );
    }
    await sql`drop trigger audit_chain_heads_no_delete on audit_chain_heads`.execute(db);
    await sql`drop trigger audit_chain_heads_forward_only on audit_chain_heads`.execute(db);
  } else {
    await sql`drop trigger audit_chain_heads_no_delete`.execute(db);
    await sql`drop trigger audit_chain_heads_forward_only`.execute(db);
  }
  await db.schema.dropTable('audit_checkpoints').execute();
  if (isPostgres) await sql`drop function audit_tables_refuse_change()`.execute(db);
}
