import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  actorFor,
  makeUser,
  testClock,
  testDeps,
  type TestClock,
} from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import type { User } from '../domain/accounts/user.js';
import type { Deps } from '../domain/deps.js';
import { adoptPlan } from '../domain/plans/adopt-plan.js';
import { createPlan } from '../domain/plans/create-plan.js';
import { saveMeasure } from '../domain/plans/save-measure.js';
import { reportTask } from '../domain/follow-up/report-task.js';
import { createSmtpMailer } from '../integrations/smtp-mailer.js';
import { runJob } from './job.js';
import { sendFollowUpRemindersJob } from './send-follow-up-reminders.js';
import { startMailServer, type MailServer } from '../../test/support/mail-server.js';
import { openDatabase } from '../storage/db.js';

describeEachDialect('the daily follow-up reminders', (database, _dialect, url) => {
  let mailServer: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let clock: TestClock;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: User;
  let owner: User;
  const mailsTo = (user: User) =>
    mailServer.received
      .filter((mail) => mail.recipients.includes(user.email))
      .map((mail) => mail.text);
  /** A restarted server: new dependencies over the same database and mail server. */
  const restartedDeps = () => testDeps(database(), { clock, mailer });

  beforeAll(async () => {
    mailServer = await startMailServer();
    mailer = createSmtpMailer(mailServer.url, 'Tryggve <tryggve@huddinge.se>');
    clock = testClock('2026-11-28T06:00:00Z');
    deps = testDeps(database(), { clock, mailer });
    huddinge = await seedHuddinge(deps);
    coordinator = await makeUser(deps, huddinge.organisations.administration, ['coordinator'], {
      displayName: 'Sara Samordnare',
    });
    owner = await makeUser(deps, huddinge.organisations.social, ['caseworker'], {
      displayName: 'Åsa Öberg',
    });
    // A plan decided 2024-12-10, valid to 2027-12-31, followed up yearly: a round due 2025-12-10
    // (that one is overdue) and 2026-12-10 (due in 12 days on 2026-11-28).
    const actor = actorFor(coordinator);
    const plan = await createPlan(deps, actor, {
      title: 'Åtgärdsplan för trygghet 2025–2027',
      kind: 'action_plan',
      owner: 'Kommunstyrelsens förvaltning',
      summary: '',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
      followUpIntervalMonths: 12,
    });
    await saveMeasure(deps, actor, plan.id, null, {
      cause: 'Otrygghet vid Skogås centrum',
      measure: 'Fältassistenter kvällstid',
      responsible: 'Socialförvaltningen',
      contactPerson: `Åsa Öberg <${owner.email}>`,
    });
    await adoptPlan(deps, actor, plan.id, {
      decisionBody: 'municipal_council',
      decisionBodyName: 'Kommunfullmäktige',
      decidedOn: '2024-12-10',
      caseNumber: 'KS-2024/512',
    });
  });
  afterAll(async () => {
    mailer.close();
    await mailServer.close();
  });

  it('reminds the owner before the due day and escalates the overdue to the coordinator, by mail and in the app', async () => {
    const summary = await runJob(sendFollowUpRemindersJob, deps, { reminderDays: 14 });
    expect(summary.today).toBe('2026-11-28');
    expect(summary.mailsFailed).toBe(0);

    const ownerMails = mailsTo(owner);
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0]).toContain('Hej Åsa Öberg!');
    // The link leads to the owner's tasks; the coordinator's, about two rounds, to the start page.
    expect(ownerMails[0]).toMatch(/http:\/\/\S+\/mina-uppgifter/);
    expect(ownerMails[0]).toContain(
      'Rapportera uppföljningen av åtgärden "Fältassistenter kvällstid" i Åtgärdsplan för trygghet 2025–2027 senast 2026-12-10 (12 dagar kvar).',
    );

    const coordinatorMails = mailsTo(coordinator);
    expect(coordinatorMails).toHaveLength(1);
    // The overdue 2025 round of the new plan, and the demo's 2015 plan: its 2017 round never reported.
    expect(coordinatorMails[0]).toContain(
      'Försenad: uppföljningen av åtgärden "Fältassistenter kvällstid" i Åtgärdsplan för trygghet 2025–2027 skulle ha rapporterats 2025-12-10 och är 353 dagar sen (ansvarig: Åsa Öberg).',
    );
    expect(coordinatorMails[0]).toMatch(
      /i Strategisk handlingsplan mot organiserad brottslighet i Huddinge skulle ha rapporterats 2017-04-13 och är 3516 dagar sen/,
    );
    expect(coordinatorMails[0]).not.toMatch(/\/(mina-uppgifter|follow-up)/);

    const inApp = await deps.store.followUp.listNotifications(
      huddinge.municipalityId,
      owner.id,
      true,
    );
    expect(inApp.map((notice) => [notice.kind, notice.dueOn, notice.emailStatus])).toEqual([
      ['reminder', '2026-12-10', 'sent'],
    ]);
  });

  it('sends nothing twice: not on a second run, not after a restart, not the next day', async () => {
    const before = mailServer.received.length;
    const again = await runJob(sendFollowUpRemindersJob, deps, { reminderDays: 14 });
    expect(again).toMatchObject({ roundsCreated: 0, notificationsCreated: 0, mailsSent: 0 });
    const afterRestart = await runJob(sendFollowUpRemindersJob, restartedDeps(), {
      reminderDays: 14,
    });
    expect(afterRestart).toMatchObject({ notificationsCreated: 0, mailsSent: 0 });
    clock.set('2026-11-29T06:00:00Z');
    const nextDay = await runJob(sendFollowUpRemindersJob, restartedDeps(), { reminderDays: 14 });
    expect(nextDay).toMatchObject({ notificationsCreated: 0, mailsSent: 0 });
    expect(mailServer.received.length).toBe(before);
  });

  it('escalates once the due day has passed, and stops for a reported task', async () => {
    clock.set('2026-12-11T06:00:00Z');
    const [task] = (
      await deps.store.followUp.listTasks(huddinge.municipalityId, { assigneeUserId: owner.id })
    ).filter((candidate) => candidate.reportedAt === null);
    if (!task) throw new Error('no task');
    const escalated = await runJob(sendFollowUpRemindersJob, deps, {});
    expect(escalated.mailsSent).toBeGreaterThan(0);
    expect(mailsTo(coordinator).at(-1)).toContain(
      'skulle ha rapporterats 2026-12-10 och är 1 dagar sen',
    );

    const tasks = await deps.store.followUp.listTasks(huddinge.municipalityId, {
      assigneeUserId: owner.id,
      isOpenOnly: true,
    });
    for (const open of tasks) {
      await reportTask(deps, actorFor(owner), open.id, {
        colour: 'green',
        deliveryState: 'done',
        delivery: 'Fyra kvällar i veckan.',
        process: '',
        effect: '',
      });
    }
    const before = mailServer.received.length;
    clock.set('2026-12-20T06:00:00Z');
    await runJob(sendFollowUpRemindersJob, deps, {});
    expect(mailServer.received.length).toBe(before);
  });

  it('refuses a payload that does not fit the schema', async () => {
    await expect(runJob(sendFollowUpRemindersJob, deps, { reminderDays: -1 })).rejects.toThrow();
  });
  it('retries each failed mail once when two processes run the job at the same time', async () => {
    // Every notice so far failed to go out on an earlier run.
    await database()
      .db.updateTable('follow_up_notifications')
      .set({ email_status: 'failed' })
      .execute();
    const failed = await database()
      .db.selectFrom('follow_up_notifications')
      .innerJoin('users', 'users.id', 'follow_up_notifications.user_id')
      .select(['users.email', 'follow_up_notifications.message'])
      .execute();
    const before = mailServer.received.length;
    // A second process: its own connection to the same database.
    const other = openDatabase(url());
    try {
      await Promise.all([
        runJob(sendFollowUpRemindersJob, restartedDeps(), {}),
        runJob(sendFollowUpRemindersJob, testDeps(other, { clock, mailer }), {}),
      ]);
    } finally {
      await other.close();
    }
    // Every notice went out again, in exactly one mail.
    const retried = mailServer.received.slice(before);
    for (const notice of failed) {
      const mails = retried.filter(
        (mail) =>
          mail.recipients.includes(notice.email) &&
          mail.text.replace(/\s+/g, ' ').includes(notice.message.replace(/\s+/g, ' ')),
      );
      expect(mails, notice.message).toHaveLength(1);
    }
    const left = await database()
      .db.selectFrom('follow_up_notifications')
      .select('email_status')
      .distinct()
      .execute();
    expect(left).toEqual([{ email_status: 'sent' }]);
  });
});
