import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit-commands.js';
import { registerCompanyRegisterCommands } from './commands/company-register-commands.js';
import { registerDistrictCommands } from './commands/district-commands.js';
import { registerImportCommands } from './commands/import-commands.js';
import { registerPoliceTypeCommands } from './commands/police-type-commands.js';
import { registerJobCommands } from './commands/job-commands.js';
import { registerMunicipalityCommands } from './commands/municipality-commands.js';
import { registerOperationsCommands } from './commands/operations-commands.js';
import { registerOrganisationCommands } from './commands/organisation-commands.js';
import { registerSanctionsCommands } from './commands/sanctions-commands.js';
import { registerSituationCommands } from './commands/situation-commands.js';
import { registerUserCommands } from './commands/user-commands.js';
import { CommandError } from './run-command.js';

/** The `tryggve` command. Every subcommand reads the same TRYGGVE_* settings as the server. */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('tryggve')
    .description("Tryggve: the municipality's work against crime, together with its partners.")
    .showHelpAfterError();
  registerOperationsCommands(program);
  registerAuditCommands(program);
  registerMunicipalityCommands(program);
  registerOrganisationCommands(program);
  registerUserCommands(program);
  registerImportCommands(program);
  registerPoliceTypeCommands(program);
  registerDistrictCommands(program);
  registerSituationCommands(program);
  registerJobCommands(program);
  registerCompanyRegisterCommands(program);
  registerSanctionsCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
