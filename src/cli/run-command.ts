import { destination } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { DomainError } from '../domain/errors.js';
import type { Municipality } from '../domain/municipalities/municipality.js';
import type { Deps } from '../domain/deps.js';
import { createLogger } from '../logger.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { BackupError } from '../storage/backup.js';

/** An error the operator can act on: printed without a stack, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** Loads the configuration or exits with code 2 and the list of what is wrong. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      console.error('Fix the settings above (see README.md, "Configuration") and start again.');
      process.exit(2);
    }
    throw error;
  }
}

/** Opens the database (migrating it), runs the command, closes; known errors become one line. */
export async function runWithRuntime(
  work: (runtime: Runtime, config: Config) => Promise<void>,
): Promise<void> {
  const config = configOrExit();
  // Warnings only (a mail that failed), on standard error: standard output is the command's.
  const runtime = await openRuntime(config, createLogger('warn', destination(2)));
  try {
    await work(runtime, config);
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`${error.code}: ${error.message}`);
      process.exitCode = 1;
    } else if (error instanceof CommandError || error instanceof BackupError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await runtime.close();
  }
}

export async function municipalityByCode(deps: Deps, code: string): Promise<Municipality> {
  const municipality = await deps.store.municipalities.findByCode(code);
  if (!municipality) {
    throw new CommandError(
      `No municipality with kommunkod ${code}. List them with: tryggve municipality list`,
    );
  }
  return municipality;
}

/** Prints rows as aligned columns. */
export function printTable(rows: Record<string, string>[]): void {
  const first = rows[0];
  if (!first) {
    console.log('(none)');
    return;
  }
  const columns = Object.keys(first);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((column) => row[column] ?? '')));
}
