import type { Plan } from '../plans/plan.js';
import { daysBetween } from '../plans/plan-status.js';

/** How many days before its due day a task's owner is reminded, unless configured. */
export const defaultReminderDays = 14;

/** At most this many rounds come from one plan's interval: a guard against a bad interval. */
const maximumRounds = 40;

interface ScheduledRound {
  dueOn: string;
  /** The round after the plan's last valid day: the final follow-up. */
  isFinal: boolean;
}

/** "2015-04-13" plus `months` calendar months, the day kept or clamped to the month's end. */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
}

/**
 * The follow-up rounds a plan's interval gives. The rule:
 * - only an adopted plan has rounds; they count from the day of the decision;
 * - a round is due every `followUpIntervalMonths` after the decision (decision + k × interval,
 *   k = 1, 2, …) for as long as the plan is valid (due on or before its last valid day);
 * - then one more, the first such day after the last valid day: the final follow-up, which
 *   says what the plan achieved (so a plan that expires is still followed up once);
 * - a plan replaced by an adopted revision has only the rounds due before the revision took
 *   over, and no final round: the revision's own rounds carry on;
 * - a plan without a last valid day has rounds up to `horizon` (a day), none of them final.
 * Huddinge's 2015 plan (decided 2015-04-13, valid to 2016-12-31, every 24 months) gets one
 * round, due 2017-04-13, and it is the final one.
 */
export function followUpSchedule(
  plan: Pick<Plan, 'decision' | 'validUntil' | 'followUpIntervalMonths' | 'replacedOn'>,
  horizon: string,
): ScheduledRound[] {
  if (plan.decision === null || plan.followUpIntervalMonths < 1) return [];
  const rounds: ScheduledRound[] = [];
  for (let k = 1; k <= maximumRounds; k += 1) {
    const dueOn = addMonths(plan.decision.decidedOn, k * plan.followUpIntervalMonths);
    if (plan.replacedOn !== null && dueOn >= plan.replacedOn) break;
    if (plan.validUntil === null) {
      if (dueOn > horizon) break;
      rounds.push({ dueOn, isFinal: false });
      continue;
    }
    if (dueOn <= plan.validUntil) {
      rounds.push({ dueOn, isFinal: false });
      continue;
    }
    if (plan.replacedOn === null) rounds.push({ dueOn, isFinal: true });
    break;
  }
  return rounds;
}

/** A round's standard name: "Uppföljning 2017-04-13" ("Slutuppföljning" for the final one). */
export function roundLabel(round: ScheduledRound): string {
  return `${round.isFinal ? 'Slutuppföljning' : 'Uppföljning'} ${round.dueOn}`;
}

type ReminderDecision = 'reminder' | 'escalation' | null;

/**
 * What an unreported task needs on `today`: a reminder to its owner from `reminderDays`
 * before the due day up to and including it; an escalation to the coordinators and the
 * plan's owner from the day after. Reported tasks need nothing.
 */
export function reminderFor(
  task: { reportedAt: string | null },
  dueOn: string,
  today: string,
  reminderDays: number,
): ReminderDecision {
  if (task.reportedAt !== null) return null;
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'escalation';
  return daysLeft <= reminderDays ? 'reminder' : null;
}
