import type { Command } from 'commander';
import type { Deps } from '../../domain/deps.js';
import { applyRetentionJob } from '../../jobs/apply-retention.js';
import { runJob } from '../../jobs/job.js';
import { sendFollowUpRemindersJob } from '../../jobs/send-follow-up-reminders.js';
import { writeAuditCheckpointJob } from '../../jobs/write-audit-checkpoint.js';
import { CommandError, runWithRuntime } from '../run-command.js';

/** The jobs an operator may run by hand; the server runs them on its own schedule. */
const jobs: Record<string, (deps: Deps) => Promise<unknown>> = {
  [sendFollowUpRemindersJob.id]: (deps) => runJob(sendFollowUpRemindersJob, deps, {}),
  [applyRetentionJob.id]: (deps) => runJob(applyRetentionJob, deps, {}),
  [writeAuditCheckpointJob.id]: (deps) => runJob(writeAuditCheckpointJob, deps, {}),
};

export function registerJobCommands(program: Command): void {
  const command = program.command('job').description('scheduled work, run by hand');
  command
    .command('run')
    .description(`run a job now: ${Object.keys(jobs).join(', ')}`)
    .argument('<id>', 'the job')
    .action((id: string) =>
      runWithRuntime(async ({ deps }) => {
        const run = jobs[id];
        if (!run) {
          throw new CommandError(`No job "${id}"; the jobs are ${Object.keys(jobs).join(', ')}.`);
        }
        // Idempotent: a run after the server's own does nothing twice.
        console.log(JSON.stringify(await run(deps)));
      }),
    );
}
