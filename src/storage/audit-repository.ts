import type { Kysely, Selectable } from 'kysely';
import {
  genesisHash,
  hashAuditEntry,
  systemChain,
  type AuditEntry,
  type AuditOutcome,
} from '../domain/audit/audit-chain.js';
import { checkpointLine, parseCheckpointLine } from '../domain/audit/audit-checkpoint.js';
import type { AuditRepository } from '../domain/audit/audit-repository.js';
import type { Dialect } from './db.js';
import type { AuditLogTable, Tables } from './tables.js';

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    chain: row.chain,
    seq: Number(row.seq),
    at: row.at,
    municipalityId: row.municipality_id,
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    outcome: row.outcome as AuditOutcome,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/**
 * Must run inside a transaction (the store's `transaction`): the chain head is read and
 * advanced there, locked on PostgreSQL, so concurrent writers append one after the other.
 * On SQLite the single writer serialises them.
 */
export function createAuditRepository(db: Kysely<Tables>, dialect: Dialect): AuditRepository {
  async function lockHead(chain: string) {
    await db
      .insertInto('audit_chain_heads')
      .values({ chain, last_seq: 0, last_hash: genesisHash })
      .onConflict((conflict) => conflict.column('chain').doNothing())
      .execute();
    let query = db.selectFrom('audit_chain_heads').selectAll().where('chain', '=', chain);
    if (dialect === 'postgres') query = query.forUpdate();
    return query.executeTakeFirstOrThrow();
  }

  return {
    async append(record, at) {
      const chain = record.municipalityId ?? systemChain;
      const head = await lockHead(chain);
      const unhashed = { ...record, chain, at, previousHash: head.last_hash };
      const entry: AuditEntry = {
        ...unhashed,
        seq: Number(head.last_seq) + 1,
        hash: hashAuditEntry(unhashed),
      };
      await db
        .insertInto('audit_log')
        .values({
          chain,
          seq: entry.seq,
          at: entry.at,
          municipality_id: entry.municipalityId,
          actor_user_id: entry.actorUserId,
          actor_organisation_id: entry.actorOrganisationId,
          action: entry.action,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          outcome: entry.outcome,
          details: entry.details === null ? null : JSON.stringify(entry.details),
          previous_hash: entry.previousHash,
          hash: entry.hash,
        })
        .execute();
      await db
        .updateTable('audit_chain_heads')
        .set({ last_seq: entry.seq, last_hash: entry.hash })
        .where('chain', '=', chain)
        .execute();
      return entry;
    },

    async list(chain, filter) {
      let query = db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
        .leftJoin('organisations', 'organisations.id', 'audit_log.actor_organisation_id')
        .selectAll('audit_log')
        .select([
          'users.display_name as actor_display_name',
          'organisations.name as actor_organisation_name',
        ])
        .where('audit_log.chain', '=', chain)
        .orderBy('audit_log.seq', 'desc')
        .limit(filter.limit);
      if (filter.action) query = query.where('audit_log.action', '=', filter.action);
      if (filter.outcome) query = query.where('audit_log.outcome', '=', filter.outcome);
      if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
      if (filter.to) query = query.where('audit_log.at', '<', filter.to);
      if (filter.before !== undefined) query = query.where('audit_log.seq', '<', filter.before);
      if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
      if (filter.entityId) query = query.where('audit_log.entity_id', '=', filter.entityId);
      const rows = await query.execute();
      return rows.map((row) => ({
        ...toEntry(row),
        actorDisplayName: row.actor_display_name,
        actorOrganisationName: row.actor_organisation_name,
      }));
    },

    async readChain(chain, afterSeq, limit) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('chain', '=', chain)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    async readHead(chain) {
      const row = await db
        .selectFrom('audit_chain_heads')
        .selectAll()
        .where('chain', '=', chain)
        .executeTakeFirst();
      return row ? { lastSeq: Number(row.last_seq), lastHash: row.last_hash } : null;
    },

    async listChains() {
      // Heads and entries both: a chain whose head was deleted still shows, and is then reported.
      const rows = await db
        .selectFrom('audit_chain_heads')
        .select('chain')
        .union(db.selectFrom('audit_log').select('chain').distinct())
        .orderBy('chain')
        .execute();
      return rows.map((row) => row.chain);
    },

    async findByHash(hash) {
      const row = await db
        .selectFrom('audit_log')
        .select(['chain', 'seq'])
        .where('hash', '=', hash)
        .executeTakeFirst();
      return row ? { chain: row.chain, seq: Number(row.seq) } : null;
    },

    async saveCheckpoint(checkpoint) {
      await db
        .insertInto('audit_checkpoints')
        .values({
          signature: checkpoint.signature,
          at: checkpoint.at,
          line: checkpointLine(checkpoint),
        })
        .onConflict((conflict) => conflict.column('signature').doNothing())
        .execute();
    },

    async listCheckpoints() {
      const rows = await db.selectFrom('audit_checkpoints').select('line').orderBy('at').execute();
      return rows.flatMap((row) => parseCheckpointLine(row.line) ?? []);
    },
  };
}
