import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSqliteIntegrity } from '../src/storage/backup.js';
import { openDatabase } from '../src/storage/db.js';

const root = join(import.meta.dirname, '..');

/** Runs the real `tryggve` command (bin/tryggve.js) against one database file. */
function tryggve(databasePath: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'tryggve.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRYGGVE_DATABASE_URL: `sqlite:${databasePath}`, TRYGGVE_SMTP_URL: '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the tryggve command', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-cli-'));
  const databasePath = join(folder, 'tryggve.db');
  let organisationId = '';

  beforeAll(() => {
    expect(tryggve(databasePath, 'migrate').status).toBe(0);
  }, 120_000);

  it('sets up a production municipality from nothing: municipality, organisation, first admin', () => {
    const municipality = tryggve(databasePath, 'municipality', 'create', '--code', '0180');
    expect(municipality.stdout).toContain('Created Stockholm (0180)');
    expect(tryggve(databasePath, 'municipality', 'list').stdout).toMatch(/0180\s+Stockholm/);

    const organisation = tryggve(
      databasePath,
      ...['organisation', 'create', '--municipality', '0180', '--name', 'Stadsledningskontoret'],
      ...['--kind', 'municipal_administration'],
    );
    organisationId = /id ([0-9a-f-]{36})/.exec(organisation.stdout)?.[1] ?? '';
    expect(organisationId).not.toBe('');

    const user = tryggve(
      databasePath,
      ...['user', 'create', '--municipality', '0180', '--organisation', organisationId],
      ...['--email', 'Forsta.Admin@Stockholm.se', '--name', 'Första Admin', '--role', 'admin'],
    );
    expect(user.status).toBe(0);
    expect(user.stdout).toContain('Created forsta.admin@stockholm.se (admin)');
    expect(user.stdout).toMatch(/http:\/\/localhost:3000\/inbjudan#[A-Za-z0-9_-]{43}/);
    expect(tryggve(databasePath, 'user', 'list', '--municipality', '0180').stdout).toMatch(
      /forsta\.admin@stockholm\.se\s+Första Admin\s+Stadsledningskontoret\s+admin\s+invited/,
    );
  });

  it('says what to fix for bad input, with exit code 1 and no stack trace', () => {
    const wrongKind = tryggve(
      databasePath,
      ...['organisation', 'create', '--municipality', '0180', '--name', 'X', '--kind', 'bank'],
    );
    expect(wrongKind.status).toBe(1);
    expect(wrongKind.stderr).toContain('--kind must be one of: municipal_administration');
    const unknownMunicipality = tryggve(databasePath, 'user', 'list', '--municipality', '9999');
    expect(unknownMunicipality.status).toBe(1);
    expect(unknownMunicipality.stderr).toContain('No municipality with kommunkod 9999');
    const noRole = tryggve(
      databasePath,
      ...['user', 'create', '--municipality', '0180', '--organisation', organisationId],
      ...['--email', 'a@b.se', '--name', 'A'],
    );
    expect(noRole.status).toBe(1);
    expect(`${wrongKind.stderr}${unknownMunicipality.stderr}${noRole.stderr}`).not.toMatch(
      /\n\s+at /,
    );
  });

  it('stops with a list of every invalid setting', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'tryggve.js'), 'migrate'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TRYGGVE_PORT: 'femtio', TRYGGVE_DATABASE_URL: 'oracle:x' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('TRYGGVE_PORT="femtio"');
    expect(result.stderr).toContain('TRYGGVE_DATABASE_URL="oracle:x"');
  });

  it('backs up to a file that passes integrity_check', () => {
    const backupPath = join(folder, 'backup.db');
    const result = tryggve(databasePath, 'backup', backupPath);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('integrity_check: ok');
    expect(checkSqliteIntegrity(backupPath)).toBe('ok');
    const restoredPath = join(folder, 'restored.db');
    expect(tryggve(restoredPath, 'restore', backupPath).status).toBe(0);
    expect(tryggve(restoredPath, 'user', 'list', '--municipality', '0180').stdout).toContain(
      'forsta.admin@stockholm.se',
    );
  });

  it('verifies the audit log, and fails once an entry has been changed behind its back', async () => {
    const intact = tryggve(databasePath, 'audit', 'verify');
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/entries, intact/);
    expect(intact.stdout).not.toContain('BROKEN');

    const database = openDatabase(`sqlite:${databasePath}`);
    await sql`drop trigger audit_log_no_update`.execute(database.db);
    await database.db
      .updateTable('audit_log')
      .set({ outcome: 'failure' })
      .where('seq', '=', 2)
      .execute();
    await database.close();

    const broken = tryggve(databasePath, 'audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/entry 2: changed/);
    expect(broken.stderr).toContain('The audit log has been tampered with.');
  });
});
