import type { Command } from 'commander';
import { backUpDatabase, restoreDatabase } from '../../storage/backup.js';
import { migrateToLatest, openDatabase } from '../../storage/db.js';
import { CommandError, configOrExit, runWithRuntime } from '../run-command.js';

export function registerOperationsCommands(program: Command): void {
  program
    .command('serve')
    .description(
      'start the web server (migrates first; seeds the demo into an empty database unless TRYGGVE_DEMO=false)',
    )
    .action(async () => {
      // Loaded here so the other commands do not pay for the web server's modules.
      const { startServer } = await import('../../main.js');
      await startServer(configOrExit());
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const config = configOrExit();
      const database = openDatabase(config.databaseUrl);
      try {
        const result = await migrateToLatest(database.db);
        const applied = (result.results ?? []).filter((item) => item.status === 'Success');
        console.log(
          applied.length === 0
            ? 'The schema is up to date.'
            : `Applied: ${applied.map((item) => item.migrationName).join(', ')}`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('backup')
    .description('copy the live SQLite database to a file and check it (PostgreSQL: use pg_dump)')
    .argument('<file>', 'where to write the copy')
    .action((file: string) =>
      runWithRuntime(async ({ database }) => {
        const { pages } = await backUpDatabase(database, file);
        console.log(`Backed up ${pages} pages to ${file}; integrity_check: ok.`);
      }),
    );

  program
    .command('restore')
    .description('replace the SQLite database with a backup (stop the server first)')
    .argument('<file>', 'the backup file')
    .action(async (file: string) => {
      const config = configOrExit();
      if (!config.databaseUrl.startsWith('sqlite:')) {
        throw new CommandError('PostgreSQL is restored with pg_restore or psql; see the README.');
      }
      await restoreDatabase(file, config.databaseUrl.slice('sqlite:'.length));
      console.log(`Restored ${file}.`);
    });
}
