import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { createBulkFileRegistry } from '../integrations/bolagsverket/bulk-file-registry.js';
import { importBulkFile } from '../integrations/bolagsverket/import-bulk-file.js';
import { createCompanyRegisterRepository } from './company-register-repository.js';

const sample = join(import.meta.dirname, '../../test/fixtures/bolagsverket/bulkfil-sample.txt');

describeEachDialect('the company register imported from the bulk file', (database) => {
  const repository = () => createCompanyRegisterRepository(database().db);

  it('writes nothing when lines are rejected and bad rows are not to be skipped', async () => {
    const report = await importBulkFile(repository(), {
      path: sample,
      importedAt: '2026-11-27T10:00:00.000Z',
      isSkippingBadRows: false,
    });
    expect(report).toMatchObject({ read: 10, imported: 0, isWritten: false });
    expect(report.rejected.map((row) => row.line)).toEqual([9, 10, 11]);
    expect(await repository().count()).toBe(0);
  });

  it('imports the good lines when told to skip the bad ones, and answers lookups', async () => {
    const report = await importBulkFile(repository(), {
      path: sample,
      importedAt: '2026-11-27T10:00:00.000Z',
      isSkippingBadRows: true,
    });
    expect(report).toMatchObject({ read: 10, imported: 7, isWritten: true });
    const registry = createBulkFileRegistry(repository());
    const found = await registry.lookUp('556123-4500');
    expect(found.outcome === 'found' && found.record).toMatchObject({
      name: 'Flemingsbergs Transport och Logistik AB',
      status: 'bankruptcy',
      statusSince: '2026-06-02',
      address: { street: 'Lunnavägen 12', careOf: null },
    });
    expect(found.outcome === 'found' && JSON.parse(found.raw)).toMatchObject({
      importedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(await registry.lookUp('165594123456')).toMatchObject({ outcome: 'found' });
    expect(await registry.lookUp('5560160680')).toEqual({ outcome: 'not_found' });
  });

  it('replaces the register whole on the next import', async () => {
    await repository().replaceAll(async (insert) => {
      await insert([]);
      return true;
    });
    expect(await repository().count()).toBe(0);
  });
});
