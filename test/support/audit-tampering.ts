import { sql } from 'kysely';
import { hashAuditEntry, type AuditEntry } from '../../src/domain/audit/audit-chain.js';
import type { Database } from '../../src/storage/db.js';

/**
 * What someone with direct database access can do to the audit log (issue 20, finding 9):
 * drop the guard triggers, then cut, delete or rewrite. Tests use it to show that
 * `tryggve audit verify` still notices.
 */
export async function dropAuditGuards(database: Database): Promise<void> {
  const triggers =
    database.dialect === 'postgres'
      ? [
          'audit_log_no_update_or_delete on audit_log',
          'audit_log_no_truncate on audit_log',
          'audit_chain_heads_no_truncate on audit_chain_heads',
          'audit_chain_heads_no_delete on audit_chain_heads',
          'audit_chain_heads_forward_only on audit_chain_heads',
        ]
      : [
          'audit_log_no_update',
          'audit_log_no_delete',
          'audit_chain_heads_no_delete',
          'audit_chain_heads_forward_only',
        ];
  for (const trigger of triggers) {
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(database.db);
  }
}

/** Removes a chain's last entry and moves its head back to the entry before. */
export async function cutLastEntry(database: Database, chain: string): Promise<void> {
  const { db } = database;
  const head = await db
    .selectFrom('audit_chain_heads')
    .selectAll()
    .where('chain', '=', chain)
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom('audit_log')
    .where('chain', '=', chain)
    .where('seq', '=', head.last_seq)
    .execute();
  const previous = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .where('seq', '=', head.last_seq - 1)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('audit_chain_heads')
    .set({ last_seq: previous.seq, last_hash: previous.hash })
    .where('chain', '=', chain)
    .execute();
}

/** Deletes a chain and its head, as if it had never been. */
export async function deleteChain(database: Database, chain: string): Promise<void> {
  await database.db.deleteFrom('audit_log').where('chain', '=', chain).execute();
  await database.db.deleteFrom('audit_chain_heads').where('chain', '=', chain).execute();
}

/**
 * Rewrites a chain: every entry's outcome becomes "success", every hash is computed again and
 * the head follows. The chain itself is then consistent; only a signed checkpoint shows it.
 */
export async function rewriteChain(database: Database, chain: string): Promise<void> {
  const { db } = database;
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('chain', '=', chain)
    .orderBy('seq')
    .execute();
  let previousHash = rows[0]?.previous_hash ?? '';
  for (const row of rows) {
    const entry: Omit<AuditEntry, 'hash' | 'seq'> = {
      chain: row.chain,
      at: new Date(row.at).toISOString(),
      municipalityId: row.municipality_id,
      actorUserId: row.actor_user_id,
      actorOrganisationId: row.actor_organisation_id,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      outcome: 'success',
      details: { ...(row.details === null ? {} : JSON.parse(row.details)), rewritten: true },
      previousHash,
    };
    const hash = hashAuditEntry(entry);
    await db
      .updateTable('audit_log')
      .set({
        outcome: entry.outcome,
        details: JSON.stringify(entry.details),
        previous_hash: previousHash,
        hash,
      })
      .where('chain', '=', chain)
      .where('seq', '=', row.seq)
      .execute();
    previousHash = hash;
  }
  await db
    .updateTable('audit_chain_heads')
    .set({ last_hash: previousHash })
    .where('chain', '=', chain)
    .execute();
}
