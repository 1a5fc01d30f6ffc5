import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { rebuildRollups } from '../../domain/situation/rebuild-rollups.js';
import { municipalityByCode, runWithRuntime } from '../run-command.js';

export function registerSituationCommands(program: Command): void {
  const situation = program.command('situation').description('the situation picture');
  situation
    .command('rebuild-rollups')
    .description("compute the picture's daily and hourly counts again from the incidents")
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .action((options: { municipality: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        await rebuildRollups(deps, commandLineOperator(municipality.id));
        console.log(`Rebuilt the picture's counts for ${municipality.name}.`);
      }),
    );
}
