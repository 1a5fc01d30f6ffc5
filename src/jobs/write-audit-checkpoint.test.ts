import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { isCheckpointSignatureValid } from '../domain/audit/audit-checkpoint.js';
import type { Deps } from '../domain/deps.js';
import { createMunicipality } from '../domain/municipalities/create-municipality.js';
import { createCheckpointFileArchive } from '../storage/audit-checkpoint-file.js';
import { runJob } from './job.js';
import { writeAuditCheckpointJob } from './write-audit-checkpoint.js';

const key = 'the daily checkpoint key, long enough to sign with';

describeEachDialect('the daily audit checkpoint job', (database) => {
  let deps: Deps;
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-checkpoints-'));

  beforeAll(async () => {
    deps = testDeps(database(), {
      auditCheckpoints: { key, archive: createCheckpointFileArchive(folder) },
    });
    await createMunicipality(deps, { code: '0138', name: 'Tyresö', boundary: null });
  });

  it('signs nothing, and says so, when no key is configured', async () => {
    const unsigned = await runJob(
      writeAuditCheckpointJob,
      { ...deps, auditCheckpoints: undefined },
      {},
    );
    expect(unsigned).toEqual({ isSigned: false, at: null, chains: 0 });
    expect(await deps.store.audit.listCheckpoints()).toEqual([]);
  });

  it('signs every chain head into the database and appends it to the file outside', async () => {
    const summary = await runJob(writeAuditCheckpointJob, deps, {});
    expect(summary).toMatchObject({ isSigned: true, chains: 1 });
    const [stored] = await deps.store.audit.listCheckpoints();
    expect(stored && isCheckpointSignatureValid(stored, key)).toBe(true);
    expect(stored && isCheckpointSignatureValid(stored, `${key}x`)).toBe(false);
    const lines = readFileSync(join(folder, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toEqual(stored);
  });
});
