import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/storage/db.js';
import {
  cutLastEntry,
  deleteChain,
  dropAuditGuards,
  rewriteChain,
} from './support/audit-tampering.js';
import { createTestDatabase, testDialects, type TestDatabase } from './support/databases.js';

const root = join(import.meta.dirname, '..');
const key = 'the operator keeps this key outside the database';

/**
 * `tryggve audit verify` against each tampering of issue 20, finding 9, through the real
 * command, on SQLite and PostgreSQL.
 */
for (const dialect of testDialects()) {
  describe(`tryggve audit verify sees through tampering [${dialect}]`, () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-cli-audit-'));
    const checkpointFolder = join(folder, 'checkpoints');
    let testDatabase: TestDatabase;
    let database: Database;
    const ids = new Map<string, string>();

    function tryggve(environment: Record<string, string>, ...args: string[]) {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'tryggve.js'), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          TRYGGVE_DATABASE_URL: testDatabase.url,
          TRYGGVE_SMTP_URL: '',
          ...environment,
        },
        timeout: 120_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    }
    const signed = {
      TRYGGVE_AUDIT_CHECKPOINT_KEY: key,
      TRYGGVE_AUDIT_CHECKPOINT_DIR: checkpointFolder,
    };

    beforeAll(async () => {
      testDatabase = await createTestDatabase(dialect);
      database = testDatabase.database;
      for (const code of ['0180', '0126', '0127', '0128']) {
        expect(tryggve({}, 'municipality', 'create', '--code', code).status).toBe(0);
        const row = await database.db
          .selectFrom('municipalities')
          .select('id')
          .where('code', '=', code)
          .executeTakeFirstOrThrow();
        ids.set(code, row.id);
      }
      // Every municipality gets one more entry after its creation and its layers: an organisation.
      for (const code of ids.keys()) {
        const created = tryggve(
          {},
          ...['organisation', 'create', '--municipality', code, '--name', 'Förvaltningen'],
          ...['--kind', 'municipal_administration'],
        );
        expect(created.status).toBe(0);
      }
    }, 240_000);
    afterAll(async () => {
      await testDatabase.drop();
    });

    it('says that nothing is signed when no key is configured, and that the log is intact', () => {
      const result = tryggve({}, 'audit', 'verify');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/\(municipality 0180\): \d+ entries, intact/);
      expect(result.stdout).toContain('No checkpoints are signed');
      const noKey = tryggve({}, 'audit', 'checkpoint');
      expect(noKey.status).toBe(1);
      expect(noKey.stderr).toContain('set TRYGGVE_AUDIT_CHECKPOINT_KEY');
    }, 60_000);

    it('signs a checkpoint into the folder outside the database and verifies against it', () => {
      const written = tryggve(signed, 'audit', 'checkpoint');
      expect(written.status).toBe(0);
      expect(written.stdout).toContain('Signed the checkpoint');
      const lines = readFileSync(join(checkpointFolder, 'audit-checkpoints.jsonl'), 'utf8');
      expect(lines.trim().split('\n')).toHaveLength(1);
      const result = tryggve(signed, 'audit', 'verify');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Checked against 1 signed checkpoints.');
    }, 60_000);

    it('accepts a noted head after the log grew, and refuses a malformed one', () => {
      const printed = /head (\S+:\d+:[0-9a-f]{64})/.exec(
        tryggve({}, 'audit', 'verify').stdout,
      )?.[1];
      expect(printed).toBeDefined();
      tryggve(
        {},
        'organisation',
        'create',
        '--municipality',
        '0180',
        '--name',
        'Polisen',
        '--kind',
        'police',
      );
      const grown = tryggve(signed, 'audit', 'verify', '--expect-head', printed ?? '');
      expect(grown.status).toBe(0);
      const malformed = tryggve({}, 'audit', 'verify', '--expect-head', 'abc');
      expect(malformed.status).toBe(1);
      expect(malformed.stderr).toContain('--expect-head abc: expected seq:hash');
    }, 60_000);

    it('refuses TRUNCATE and a DELETE of the whole log inside the database', async () => {
      if (dialect === 'postgres') {
        await expect(sql`truncate audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
        await expect(sql`truncate audit_chain_heads`.execute(database.db)).rejects.toThrow(
          /append-only/,
        );
      }
      await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_chain_heads`.execute(database.db)).rejects.toThrow(
        /append-only/,
      );
    });

    it('reports a cut-off last entry with its head moved back', async () => {
      await dropAuditGuards(database);
      await cutLastEntry(database, ids.get('0126') ?? '');
      const result = tryggve(signed, 'audit', 'verify');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/\(municipality 0126\): \d+ entries, BROKEN/);
      expect(result.stdout).toMatch(
        /entry (\d+): removed: Entry \1, recorded in the checkpoint of .*, is gone/,
      );
      expect(result.stderr).toContain('The audit log has been tampered with.');
    }, 60_000);

    it('reports a municipality whose whole chain and head were deleted', async () => {
      await deleteChain(database, ids.get('0127') ?? '');
      const result = tryggve({}, 'audit', 'verify');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /\(municipality 0127\): 0 entries, BROKEN.*\n\s+entry 1: removed: The municipality's chain is missing/,
      );
    }, 60_000);

    it('reports a chain rewritten with recomputed hashes, and a forged checkpoint file', async () => {
      await rewriteChain(database, ids.get('0128') ?? '');
      const result = tryggve(signed, 'audit', 'verify');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /\(municipality 0128\).*BROKEN[^\n]*\n\s+entry (\d+): changed: Entry \1 is not the one recorded in the checkpoint of .*: the chain was rewritten/,
      );
      const forgedFile = join(folder, 'forged.jsonl');
      const line = readFileSync(join(checkpointFolder, 'audit-checkpoints.jsonl'), 'utf8');
      writeFileSync(forgedFile, line.replace(/"at":"[^"]+"/, '"at":"2020-01-01T00:00:00.000Z"'));
      const forged = tryggve(signed, 'audit', 'verify', '--checkpoint', forgedFile);
      expect(forged.status).toBe(1);
      expect(forged.stdout).toMatch(
        /BROKEN: The checkpoint of 2020-01-01.* does not carry a valid signature/,
      );
    }, 60_000);

    it('reports a log, heads and checkpoint table emptied altogether, with output', async () => {
      const { db } = database;
      if (dialect === 'postgres') {
        await sql`drop trigger audit_checkpoints_no_truncate on audit_checkpoints`.execute(db);
        await sql`truncate audit_log, audit_chain_heads, audit_checkpoints`.execute(db);
      } else {
        await sql`drop trigger audit_checkpoints_no_delete`.execute(db);
        for (const table of ['audit_log', 'audit_chain_heads', 'audit_checkpoints']) {
          await sql`delete from ${sql.table(table)}`.execute(db);
        }
      }
      const unsigned = tryggve({}, 'audit', 'verify');
      expect(unsigned.status).toBe(1);
      expect(unsigned.stdout).toMatch(/\(municipality 0180\): 0 entries, BROKEN/);
      const result = tryggve(signed, 'audit', 'verify');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /entry (\d+): removed: Entry \1, recorded in the checkpoint of .*, is gone/,
      );
    }, 60_000);
  });
}
