import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  importBulkFile,
  type BulkImportReport,
} from '../../integrations/bolagsverket/import-bulk-file.js';
import { maskPersonalIdentity } from '../../analysis/sanctions/mask-personal-identity.js';
import { startRecordedBolagsverketServer } from '../../integrations/bolagsverket/recorded-server.js';
import { createCompanyRegisterRepository } from '../../storage/company-register-repository.js';
import { CommandError, runWithRuntime } from '../run-command.js';

/**
 * An import's outcome as lines to print; every rejected line with its number and reason. A sole
 * trader's personnummer is masked (19800102-****).
 */
export function formatBulkImport(report: BulkImportReport): string[] {
  const lines = [
    `${report.isWritten ? 'Imported' : 'Rejected, nothing written:'} ${report.read} lines read, ${report.imported} organisations imported, ${report.rejected.length} rejected, ${report.skipped.length} skipped.`,
  ];
  for (const row of report.rejected) {
    const identity = row.identity ? ` (${maskPersonalIdentity(row.identity)})` : '';
    lines.push(`  line ${row.line}${identity}: ${row.reason}`);
  }
  for (const row of report.skipped) {
    lines.push(`  line ${row.line} (${maskPersonalIdentity(row.identity)}): ${row.reason}`);
  }
  if (!report.isWritten) {
    lines.push('Correct the lines above, or run again with --skip-bad-rows to import the others.');
  }
  return lines;
}

/** Prints an import's outcome (formatBulkImport). */
function printBulkImport(report: BulkImportReport): void {
  for (const line of formatBulkImport(report)) console.log(line);
}

/** A TCP port as given on the command line: an integer 0–65535 (0: a free one). */
export function parsePortOption(value: string): number {
  const port = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CommandError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

export function registerCompanyRegisterCommands(program: Command): void {
  const register = program
    .command('company-register')
    .description("Bolagsverket's company register, imported from its weekly bulk file");

  register
    .command('import')
    .description(
      'replace the imported register with a bulk file (bolagsverket_bulkfil.txt); used when the API is not configured',
    )
    .argument('<file>', 'the unzipped bulk file')
    .option('--skip-bad-rows', 'import the good lines even if some are rejected')
    .action((file: string, options: { skipBadRows?: boolean }) =>
      runWithRuntime(async ({ database, deps }) => {
        await access(file).catch(() => {
          throw new CommandError(`Cannot read ${file}.`);
        });
        const report = await importBulkFile(createCompanyRegisterRepository(database.db), {
          path: file,
          importedAt: deps.clock().toISOString(),
          isSkippingBadRows: options.skipBadRows === true,
        }).catch((error: unknown) => {
          throw new CommandError((error as Error).message);
        });
        printBulkImport(report);
        if (!report.isWritten) process.exitCode = 1;
      }),
    );

  program
    .command('dev')
    .description('tools for development and demos')
    .command('bolagsverket-server')
    .description(
      "a local stand-in for Bolagsverket's API answering from recorded responses (test/fixtures/bolagsverket)",
    )
    .option('--port <port>', 'port on 127.0.0.1 (default: a free one)', '0')
    .action(async (options: { port: string }) => {
      let port: number;
      try {
        port = parsePortOption(options.port);
      } catch (error) {
        console.error((error as Error).message);
        process.exitCode = 2;
        return;
      }
      const server = await startRecordedBolagsverketServer({ port });
      console.log(`TRYGGVE_BOLAGSVERKET_BASE_URL=${server.baseUrl}`);
      console.log(`TRYGGVE_BOLAGSVERKET_TOKEN_URL=${server.tokenUrl}`);
      console.log(`TRYGGVE_BOLAGSVERKET_CLIENT_ID=${server.clientId}`);
      console.log(`TRYGGVE_BOLAGSVERKET_CLIENT_SECRET=${server.clientSecret}`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
