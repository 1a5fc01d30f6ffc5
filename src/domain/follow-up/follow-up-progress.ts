import type { MeasureStatusColour } from '../plans/plan.js';
import { daysBetween } from '../plans/plan-status.js';
import type { FollowUpReport, FollowUpRound, FollowUpTask, RoundProgress } from './follow-up.js';

/**
 * A round's progress on `today`: how many tasks are reported, by colour, and how many days
 * it is overdue. A round is done when a final report exists (the follow-up was reported to
 * the board); until then it is overdue from the day after its due day, however many tasks
 * were reported: the seed's failure was a follow-up that was started and never reported.
 */
export function roundProgress(
  round: FollowUpRound,
  tasks: readonly FollowUpTask[],
  reports: readonly Pick<FollowUpReport, 'finalizedAt'>[],
  today: string,
): RoundProgress & { isReported: boolean } {
  const own = tasks.filter((task) => task.roundId === round.id);
  const byColour: Record<MeasureStatusColour | 'none', number> = {
    green: 0,
    yellow: 0,
    red: 0,
    none: 0,
  };
  for (const task of own) byColour[task.reportedAt ? (task.colour ?? 'none') : 'none'] += 1;
  const isReported = reports.some((report) => report.finalizedAt !== null);
  const late = daysBetween(round.dueOn, today);
  return {
    ...round,
    taskCount: own.length,
    reportedCount: own.filter((task) => task.reportedAt !== null).length,
    byColour,
    daysOverdue: !isReported && late > 0 ? late : 0,
    isReported,
  };
}
