import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import type { User } from '../accounts/user.js';
import type { Deps } from '../deps.js';
import { daysBetween } from '../plans/plan-status.js';
import type { FollowUpNotification } from './follow-up.js';
import { followUpMessages } from './follow-up-messages.js';
import { roundProgress } from './follow-up-progress.js';
import { defaultReminderDays, reminderFor } from './follow-up-schedule.js';
import { addScheduledRounds } from './create-rounds-from-interval.js';
import { activeUsers, coordinatorsAmong, planOwnerUsers } from './round-assignment.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';
import { logFailure } from '../failure-log.js';

export interface ReminderRunSummary {
  today: string;
  roundsCreated: number;
  notificationsCreated: number;
  mailsSent: number;
  mailsFailed: number;
}

/** The job acting in a municipality: no user, no roles; audit entries say "via job". */
const jobActor = (municipalityId: string): Actor => ({
  userId: null,
  municipalityId,
  organisationId: null,
  roles: [],
});

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The daily follow-up run, for every municipality:
 * 1. makes the interval's rounds due within the reminder window (see `followUpSchedule`);
 * 2. for each unreported task of a round without a final report: from `reminderDays` before
 *    the due day through the due day, a reminder to the task's owner; from the day after, an
 *    escalation to every coordinator and to the plan's owner;
 * 3. each notice is an in-app notification and, when a mail server is configured, one mail
 *    per person and run listing their new notices.
 * Idempotent: a notice is written once per (task, kind, due day, person), unique in the
 * database, and only a newly written notice is mailed. A second run the same day, a restart
 * or a second server sends nothing again. A mail that failed is tried again on the next run,
 * claimed first, so two servers running the job at once retry it once;
 * a run that stopped between writing and mailing leaves the notice "pending" and never
 * mails it twice (at most once).
 */
export async function sendFollowUpReminders(
  deps: Deps,
  options: { reminderDays?: number | undefined } = {},
): Promise<ReminderRunSummary> {
  const now = deps.clock();
  const today = stockholmToday(now);
  const reminderDays = options.reminderDays ?? deps.followUpReminderDays ?? defaultReminderDays;
  const summary: ReminderRunSummary = {
    today,
    roundsCreated: 0,
    notificationsCreated: 0,
    mailsSent: 0,
    mailsFailed: 0,
  };
  const toMail = new Map<string, { user: User; notices: FollowUpNotification[] }>();

  for (const municipality of await deps.store.municipalities.list()) {
    const actor = jobActor(municipality.id);
    const plans = (await deps.store.plans.list(municipality.id, {})).filter(
      (plan) => plan.decision !== null,
    );
    for (const plan of plans) {
      const created = await deps.store.transaction((repositories) =>
        addScheduledRounds(repositories, plan, addDays(today, reminderDays), actor, now),
      );
      summary.roundsCreated += created.length;
    }
    const users = await activeUsers(deps.store, municipality.id);
    const usersById = new Map(users.map((user) => [user.id, user]));
    const coordinators = coordinatorsAmong(users);
    const rounds = await deps.store.followUp.listRounds(
      municipality.id,
      plans.map((plan) => plan.id),
    );
    const openTasks = await deps.store.followUp.listTasks(municipality.id, {
      roundIds: rounds.map((round) => round.id),
      isOpenOnly: true,
    });
    for (const round of rounds) {
      const tasks = openTasks.filter((task) => task.roundId === round.id);
      if (tasks.length === 0) continue;
      const reports = await deps.store.followUp.listReports(municipality.id, round.id);
      if (roundProgress(round, tasks, reports, today).isReported) continue;
      const plan = plans.find((candidate) => candidate.id === round.planId);
      if (!plan) continue;
      const measures = new Map(
        (await deps.store.plans.listMeasures(municipality.id, plan.id)).map((measure) => [
          measure.id,
          measure.measure,
        ]),
      );
      const owners = planOwnerUsers(plan, users);
      for (const task of tasks) {
        const kind = reminderFor(task, round.dueOn, today, reminderDays);
        if (kind === null) continue;
        const assignee = task.assigneeUserId ? usersById.get(task.assigneeUserId) : undefined;
        const recipients =
          kind === 'reminder'
            ? assignee
              ? [assignee]
              : coordinators
            : [...new Map([...coordinators, ...owners].map((user) => [user.id, user])).values()];
        for (const user of recipients) {
          const message = followUpMessages(user.locale).notice[kind]({
            planTitle: plan.title,
            measureTitle: measures.get(task.measureId) ?? '',
            dueOn: round.dueOn,
            days: Math.abs(daysBetween(today, round.dueOn)),
            assigneeName: assignee?.displayName ?? null,
          });
          const notification: FollowUpNotification = {
            id: randomUUID(),
            municipalityId: municipality.id,
            userId: user.id,
            planId: plan.id,
            roundId: round.id,
            taskId: task.id,
            kind,
            dueOn: round.dueOn,
            message,
            emailStatus: deps.mailer ? 'pending' : 'not_sent',
            createdAt: now.toISOString(),
            readAt: null,
          };
          if (!(await deps.store.followUp.addNotification(notification))) continue;
          summary.notificationsCreated += 1;
          if (deps.mailer) {
            const entry = toMail.get(user.id) ?? { user, notices: [] };
            entry.notices.push(notification);
            toMail.set(user.id, entry);
          }
        }
      }
    }
  }

  if (deps.mailer) {
    // Mails that failed on an earlier run, with this run's.
    for (const failed of await deps.store.followUp.listUnmailed()) {
      const user = await deps.store.users.findById(failed.municipalityId, failed.userId);
      if (!user || user.disabledAt !== null) continue;
      // Claimed as a first send is (by its write): another runner's retry skips it.
      if (!(await deps.store.followUp.claimRetry(failed.id))) continue;
      const entry = toMail.get(user.id) ?? { user, notices: [] };
      entry.notices.push(failed);
      toMail.set(user.id, entry);
    }
    for (const { user, notices } of toMail.values()) {
      const mail = followUpMessages(user.locale).mail({
        displayName: user.displayName,
        notices: notices.map((notice) => notice.message),
        isEscalation: notices.some((notice) => notice.kind === 'escalation'),
        link: `${deps.settings.publicUrl}${pageFor(notices)}`,
      });
      const ids = notices.map((notice) => notice.id);
      try {
        await deps.mailer.send({ to: user.email, ...mail });
        await deps.store.followUp.setEmailStatus(ids, 'sent');
        summary.mailsSent += 1;
      } catch (error) {
        logFailure(deps.logger, 'FOLLOW_UP_MAIL_FAILED', error, { noticeId: ids[0] ?? '' });
        await deps.store.followUp.setEmailStatus(ids, 'failed');
        summary.mailsFailed += 1;
      }
    }
  }
  return summary;
}

/**
 * Where a mail's link leads in the web app: an owner's reminders to their tasks, an
 * escalation to its round, several rounds' escalations to the start page that lists them.
 */
function pageFor(notices: readonly { kind: string; roundId: string }[]): string {
  if (notices.every((notice) => notice.kind === 'reminder')) return '/mina-uppgifter';
  const rounds = new Set(
    notices.filter((notice) => notice.kind === 'escalation').map((notice) => notice.roundId),
  );
  return rounds.size === 1 ? `/uppfoljning/${[...rounds][0] ?? ''}` : '/';
}
