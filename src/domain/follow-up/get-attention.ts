import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { PlanWithStatus } from '../plans/plan.js';
import { daysBetween } from '../plans/plan-status.js';
import { withStatus } from '../plans/plan-rules.js';
import { succeedingPlan } from '../plans/plan-succession.js';
import type { FollowUpReport, FollowUpRound, FollowUpTask } from './follow-up.js';
import { roundProgress } from './follow-up-progress.js';
import { defaultReminderDays, followUpSchedule } from './follow-up-schedule.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

export const attentionKinds = [
  'follow_up_overdue',
  'plan_expired',
  'follow_up_due',
  'plan_expiring',
] as const;
type AttentionKind = (typeof attentionKinds)[number];

/** One thing the coordinator must not miss, with how long: days late, or days left. */
interface AttentionItem {
  kind: AttentionKind;
  /** red: overdue or expired, already a failure; amber: due or expiring soon. */
  severity: 'red' | 'amber';
  planId: string;
  planTitle: string;
  /** The round, when it exists; null for a round of the schedule not yet made. */
  roundId: string | null;
  roundLabel: string | null;
  /** The day that was or is due: the round's due day, or the plan's last valid day. */
  day: string;
  /** Days since `day` (red) or until it (amber). */
  days: number;
  /** For rounds: how many of its measures were reported. */
  reportedCount: number | null;
  taskCount: number | null;
}

interface PlanFacts {
  plan: PlanWithStatus;
  measureCount: number;
  rounds: FollowUpRound[];
  tasks: FollowUpTask[];
  reports: Map<string, Pick<FollowUpReport, 'finalizedAt'>[]>;
}

/**
 * What a coordinator's start page leads with, worst first: follow-up rounds past their due
 * day without a final report (also rounds of the schedule not yet made, so a plan nobody
 * followed up still shows), expired plans that nothing replaced, rounds due within the
 * reminder window, plans expiring within the configured window. Drafts and replaced
 * versions are left out.
 */
function attentionItems(
  facts: readonly PlanFacts[],
  today: string,
  reminderDays: number,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const { plan, measureCount, rounds, tasks, reports } of facts) {
    if (plan.status === 'draft' || plan.status === 'replaced') continue;
    const base = { planId: plan.id, planTitle: plan.title };
    if (plan.status === 'expired' && plan.validUntil) {
      items.push({
        ...base,
        kind: 'plan_expired',
        severity: 'red',
        roundId: null,
        roundLabel: null,
        day: plan.validUntil,
        days: daysBetween(plan.validUntil, today),
        reportedCount: null,
        taskCount: null,
      });
    }
    if (plan.status === 'expiring' && plan.validUntil) {
      items.push({
        ...base,
        kind: 'plan_expiring',
        severity: 'amber',
        roundId: null,
        roundLabel: null,
        day: plan.validUntil,
        days: daysBetween(today, plan.validUntil),
        reportedCount: null,
        taskCount: null,
      });
    }
    const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + reminderDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const made = new Set(rounds.map((round) => round.dueOn));
    const candidates = [
      ...rounds.map((round) => {
        const progress = roundProgress(round, tasks, reports.get(round.id) ?? [], today);
        return {
          roundId: round.id,
          roundLabel: round.label,
          dueOn: round.dueOn,
          isReported: progress.isReported,
          reportedCount: progress.reportedCount,
          taskCount: progress.taskCount,
        };
      }),
      ...followUpSchedule(plan, horizon)
        .filter((scheduled) => !made.has(scheduled.dueOn))
        .map((scheduled) => ({
          roundId: null,
          roundLabel: null,
          dueOn: scheduled.dueOn,
          isReported: false,
          reportedCount: 0,
          taskCount: measureCount,
        })),
    ];
    for (const round of candidates) {
      if (round.isReported) continue;
      const late = daysBetween(round.dueOn, today);
      if (late <= 0 && -late > reminderDays) continue;
      items.push({
        ...base,
        kind: late > 0 ? 'follow_up_overdue' : 'follow_up_due',
        severity: late > 0 ? 'red' : 'amber',
        roundId: round.roundId,
        roundLabel: round.roundLabel,
        day: round.dueOn,
        days: Math.abs(late),
        reportedCount: round.reportedCount,
        taskCount: round.taskCount,
      });
    }
  }
  const order = (item: AttentionItem) => attentionKinds.indexOf(item.kind);
  // Overdue follow-ups first, then expired plans, then what is coming; longest late first.
  return items.sort(
    (a, b) => order(a) - order(b) || (a.severity === 'red' ? b.days - a.days : a.days - b.days),
  );
}

/** The coordinator's start page: what is overdue, expired, due or expiring, with how long. */
export async function getAttention(deps: Deps, actor: Actor): Promise<AttentionItem[]> {
  await authorize(deps, actor, 'follow_up.read', 'follow_up.attention');
  const now = deps.clock();
  const today = stockholmToday(now);
  const allPlans = await deps.store.plans.list(actor.municipalityId, {});
  const plans = allPlans
    .map((plan) => withStatus(plan, deps, now))
    .filter((plan) => plan.status !== 'draft' && plan.status !== 'replaced')
    // An expired plan a newer plan of its kind took over from asks nothing more of anyone.
    .filter((plan) => plan.status !== 'expired' || succeedingPlan(plan, allPlans) === null);
  const rounds = await deps.store.followUp.listRounds(
    actor.municipalityId,
    plans.map((plan) => plan.id),
  );
  const tasks = await deps.store.followUp.listTasks(actor.municipalityId, {
    roundIds: rounds.map((round) => round.id),
  });
  const reports = new Map<string, FollowUpReport[]>();
  for (const round of rounds) {
    reports.set(round.id, await deps.store.followUp.listReports(actor.municipalityId, round.id));
  }
  const facts: PlanFacts[] = [];
  for (const plan of plans) {
    facts.push({
      plan,
      measureCount: (await deps.store.plans.listMeasures(actor.municipalityId, plan.id)).length,
      rounds: rounds.filter((round) => round.planId === plan.id),
      tasks,
      reports,
    });
  }
  return attentionItems(facts, today, deps.followUpReminderDays ?? defaultReminderDays);
}
