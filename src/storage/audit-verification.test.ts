import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  cutLastEntry,
  deleteChain,
  dropAuditGuards,
  rewriteChain,
} from '../../test/support/audit-tampering.js';
import { describeEachDialect } from '../../test/support/databases.js';
import { makeMunicipality, testDeps } from '../../test/support/factories.js';
import { addMissingGenesisEntries } from './migrations/20261207T1300-guard-audit-log.js';
import { commandLineOperator } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { createMunicipality } from '../domain/municipalities/create-municipality.js';
import type { AuditCheckpoint } from '../domain/audit/audit-checkpoint.js';
import { recordAudit } from '../domain/audit/record-audit.js';
import {
  verifyAllAuditChains,
  type AuditLogVerification,
} from '../domain/audit/verify-all-audit-chains.js';
import { writeAuditCheckpoint } from '../domain/audit/write-audit-checkpoint.js';

const key = 'a test key of well over thirty-two characters';
let nextCode = 2000;

describeEachDialect('verifying the whole audit log', (database, dialect) => {
  let deps: Deps;
  /** Checkpoints kept "outside the database": in memory, out of reach of the tampering. */
  const archived: AuditCheckpoint[] = [];

  beforeAll(() => {
    deps = testDeps(database(), {
      auditCheckpoints: {
        key,
        archive: {
          describe: () => 'the test archive',
          append: async (checkpoint) => void archived.push(checkpoint),
          readAll: async () => ({ checkpoints: [...archived], unreadableLines: [] }),
        },
      },
    });
  });

  async function municipalityWithEntries(count: number) {
    const municipality = await createMunicipality(deps, {
      code: String(nextCode++),
      name: 'Provkommun',
      boundary: null,
    });
    for (let index = 0; index < count; index += 1) {
      await deps.store.transaction((repositories) =>
        recordAudit(repositories, deps.clock(), commandLineOperator(municipality.id), {
          action: 'test.event',
          entityType: 'test',
          entityId: String(index),
        }),
      );
    }
    return municipality;
  }

  const chainOf = (result: AuditLogVerification, chain: string) =>
    result.chains.find((item) => item.chain === chain);
  const messagesOf = (result: AuditLogVerification, chain: string) =>
    (chainOf(result, chain)?.problems ?? []).map((problem) => problem.message).join('\n');

  it('finds a log of municipalities made the ordinary way intact, each chain from its first entry', async () => {
    const municipality = await municipalityWithEntries(3);
    const result = await verifyAllAuditChains(deps);
    expect(result.isIntact).toBe(true);
    expect(chainOf(result, municipality.id)).toMatchObject({ checkedEntries: 4, lastSeq: 4 });
    expect(result.notes.join('\n')).toContain('No signed checkpoint was found');
  });

  it('gives a municipality made before chains began its first entry in the migration', async () => {
    const older = await makeMunicipality(deps);
    expect(chainOf(await verifyAllAuditChains(deps), older.id)?.isIntact).toBe(false);
    await addMissingGenesisEntries(database().db as unknown as Kysely<unknown>);
    const result = await verifyAllAuditChains(deps);
    expect(result.isIntact).toBe(true);
    const [genesis] = await deps.store.audit.readChain(older.id, 0, 10);
    expect(genesis).toMatchObject({ seq: 1, action: 'audit.genesis', entityId: older.id });
  });

  it('accepts a noted head after the log grew, and checks that it still sits at its place', async () => {
    const municipality = await municipalityWithEntries(2);
    const head = await deps.store.audit.readHead(municipality.id);
    if (!head) throw new Error('no head');
    await municipalityWithEntries(1);
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, deps.clock(), commandLineOperator(municipality.id), {
        action: 'test.event',
        entityType: 'test',
        entityId: 'later',
      }),
    );
    const grown = await verifyAllAuditChains(deps, {
      expectedHeads: [{ chain: municipality.id, seq: head.lastSeq, hash: head.lastHash }],
    });
    expect(grown.isIntact).toBe(true);
    const bareHash = await verifyAllAuditChains(deps, {
      expectedHeads: [{ chain: null, seq: null, hash: head.lastHash }],
    });
    expect(bareHash.isIntact).toBe(true);
    const wrong = await verifyAllAuditChains(deps, {
      expectedHeads: [{ chain: municipality.id, seq: head.lastSeq + 1, hash: head.lastHash }],
    });
    expect(wrong.isIntact).toBe(false);
    expect(messagesOf(wrong, municipality.id)).toContain(
      'is not the one recorded in the expected head',
    );
  });

  it('signs checkpoints that verify and refuses one whose signature was altered', async () => {
    const checkpoint = await writeAuditCheckpoint(deps);
    expect(checkpoint?.heads.length).toBeGreaterThan(0);
    expect((await verifyAllAuditChains(deps)).checkedCheckpoints).toBeGreaterThan(0);
    const forged = { ...checkpoint!, at: '2020-01-01T00:00:00.000Z' };
    const result = await verifyAllAuditChains(deps, { checkpoints: [forged] });
    expect(result.isIntact).toBe(false);
    expect(result.problems.join('\n')).toMatch(/2020-01-01.*does not carry a valid signature/);
  });

  it('refuses to delete, move back or empty the log and its heads', async () => {
    const municipality = await municipalityWithEntries(2);
    const { db } = database();
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('audit_chain_heads').where('chain', '=', municipality.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db
        .updateTable('audit_chain_heads')
        .set({ last_seq: 1 })
        .where('chain', '=', municipality.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_checkpoints').execute()).rejects.toThrow(/append-only/);
    if (dialect === 'postgres') {
      for (const table of ['audit_log', 'audit_chain_heads', 'audit_checkpoints']) {
        await expect(sql`truncate ${sql.table(table)}`.execute(db)).rejects.toThrow(/append-only/);
      }
    }
    expect((await verifyAllAuditChains(deps)).isIntact).toBe(true);
  });

  it('reports a cut-off last entry whose head was moved back, by the checkpoint', async () => {
    const municipality = await municipalityWithEntries(3);
    await writeAuditCheckpoint(deps);
    await dropAuditGuards(database());
    await cutLastEntry(database(), municipality.id);
    const result = await verifyAllAuditChains(deps);
    expect(result.isIntact).toBe(false);
    expect(messagesOf(result, municipality.id)).toMatch(
      /Entry 4, recorded in the checkpoint of .*, is gone/,
    );
  });

  it('reports a municipality whose whole chain and head were deleted', async () => {
    const municipality = await municipalityWithEntries(3);
    await dropAuditGuards(database());
    await deleteChain(database(), municipality.id);
    const result = await verifyAllAuditChains(deps);
    expect(result.isIntact).toBe(false);
    expect(messagesOf(result, municipality.id)).toContain("The municipality's chain is missing");
  });

  it('reports a chain rewritten with recomputed hashes, by the checkpoint', async () => {
    const municipality = await municipalityWithEntries(3);
    await writeAuditCheckpoint(deps);
    await dropAuditGuards(database());
    await rewriteChain(database(), municipality.id);
    const result = await verifyAllAuditChains(deps);
    expect(chainOf(result, municipality.id)?.problems.filter((p) => p.kind !== 'changed')).toEqual(
      [],
    );
    expect(messagesOf(result, municipality.id)).toMatch(
      /Entry 4 is not the one recorded in the checkpoint of .*: the chain was rewritten/,
    );
  });

  it('reports an emptied log, heads and checkpoint table: the municipalities still have chains to show', async () => {
    await dropAuditGuards(database());
    const { db } = database();
    if (dialect === 'postgres') {
      await sql`drop trigger audit_checkpoints_no_truncate on audit_checkpoints`.execute(db);
      await sql`truncate audit_log, audit_chain_heads, audit_checkpoints`.execute(db);
    } else {
      await sql`drop trigger audit_checkpoints_no_delete`.execute(db);
      await sql`delete from audit_log`.execute(db);
      await sql`delete from audit_chain_heads`.execute(db);
      await sql`delete from audit_checkpoints`.execute(db);
    }
    const withoutArchive = await verifyAllAuditChains({
      ...deps,
      auditCheckpoints: { key, archive: null },
    });
    expect(withoutArchive.isIntact).toBe(false);
    expect(withoutArchive.chains.length).toBeGreaterThan(0);
    expect(withoutArchive.chains.every((chain) => !chain.isIntact)).toBe(true);
    // The checkpoints kept outside the database still name every chain that was there.
    const withArchive = await verifyAllAuditChains(deps);
    expect(withArchive.chains.find((chain) => chain.chain === 'system')).toBeUndefined();
    expect(
      withArchive.chains
        .flatMap((chain) => chain.problems)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/recorded in the checkpoint of .*, is gone/);
  });
});
