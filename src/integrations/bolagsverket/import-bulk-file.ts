import type { CompanyRegisterEntry } from '../../domain/suppliers/company-register.js';
import type { CompanyRegisterRepository } from '../../domain/suppliers/company-register-repository.js';
import { readBulkFile } from './bulk-file.js';

export interface BulkImportReport {
  read: number;
  imported: number;
  rejected: { line: number; identity: string | null; reason: string }[];
  /** Further lines for a number already read (a sole trader's other names): not imported. */
  skipped: { line: number; identity: string; reason: string }[];
  /** False when rows were rejected and bad rows were not to be skipped: nothing written. */
  isWritten: boolean;
}

const batchSize = 1_000;

/**
 * Replaces the imported register with the bulk file, streaming it in one transaction. A line
 * that cannot be read is reported with its number and reason; unless `isSkippingBadRows`, one
 * such line leaves the register as it was. A second line for the same number (another
 * name-protection number of a sole trader) is reported as skipped, the first kept.
 */
export async function importBulkFile(
  repository: CompanyRegisterRepository,
  options: { path: string; importedAt: string; isSkippingBadRows: boolean },
): Promise<BulkImportReport> {
  const report: BulkImportReport = {
    read: 0,
    imported: 0,
    rejected: [],
    skipped: [],
    isWritten: false,
  };
  report.isWritten = await repository.replaceAll(async (insert) => {
    const seen = new Set<string>();
    let batch: CompanyRegisterEntry[] = [];
    for await (const line of readBulkFile(options.path)) {
      report.read += 1;
      if (line.kind === 'rejected') {
        report.rejected.push({ line: line.line, identity: line.identity, reason: line.reason });
        continue;
      }
      const number = line.record.organisationNumber;
      if (seen.has(number)) {
        report.skipped.push({
          line: line.line,
          identity: number,
          reason: 'another line for the same number; the first is kept',
        });
        continue;
      }
      seen.add(number);
      batch.push({ record: line.record, raw: line.raw, importedAt: options.importedAt });
      if (batch.length >= batchSize) {
        await insert(batch);
        report.imported += batch.length;
        batch = [];
      }
    }
    await insert(batch);
    report.imported += batch.length;
    return report.rejected.length === 0 || options.isSkippingBadRows;
  });
  if (!report.isWritten) report.imported = 0;
  return report;
}
