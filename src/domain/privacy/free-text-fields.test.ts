import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { actorFor, makeUser, testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { bodyText } from '../../../test/support/mail-server.js';
import { startMailServer, type MailServer } from '../../../test/support/mail-server.js';
import { createSmtpMailer } from '../../integrations/smtp-mailer.js';
import type { Actor } from '../access/actor.js';
import { createAgreement } from '../agreements/create-agreement.js';
import { recordCommitmentFollowUp } from '../agreements/record-commitment-follow-up.js';
import { saveCommitment } from '../agreements/save-commitment.js';
import { updateAgreement } from '../agreements/update-agreement.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { reviewIncident } from '../incidents/review-incident.js';
import { closeMeeting } from '../meetings/close-meeting.js';
import { createMeeting } from '../meetings/create-meeting.js';
import { addAgendaItem, updateAgendaItem } from '../meetings/edit-agenda.js';
import { flagIncidentForMeeting } from '../meetings/flag-incident-for-meeting.js';
import { createMeetingSeries, updateMeetingSeries } from '../meetings/save-meeting-series.js';
import { createJointAction, updateJointAction } from '../meetings/save-joint-action.js';
import { updateMeeting } from '../meetings/update-meeting.js';
import { createPlan } from '../plans/create-plan.js';
import { saveEffort } from '../plans/save-effort.js';
import { saveGoal } from '../plans/save-goal.js';
import { saveMeasure } from '../plans/save-measure.js';
import { savePlanProblem } from '../plans/save-plan-problem.js';
import { updatePlan } from '../plans/update-plan.js';
import { recordDecision } from '../suppliers/record-decision.js';
import { registerSupplier } from '../suppliers/register-supplier.js';

// A valid personnummer as people write it by hand, and a phone number: both must be masked.
const personal = 'Kontakt 410612–9895, tel 070-123 45 67';
const masked = 'Kontakt [personnummer], tel [telefonnummer]';

describeEachDialect('every free-text field is screened for personal data', (database) => {
  let mailServer: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let incidentIds: string[];

  beforeAll(async () => {
    mailServer = await startMailServer();
    mailer = createSmtpMailer(mailServer.url, 'Tryggve <tryggve@huddinge.se>');
    deps = testDeps(database(), { clock: testClock('2026-11-26T06:00:00.000Z'), mailer });
    huddinge = await seedHuddinge(deps);
    coordinator = actorFor(
      await makeUser(deps, huddinge.organisations.administration, ['coordinator']),
    );
    const reporter = await huddinge.actor('housing', ['reporter']);
    const reported = await reportIncidents(deps, reporter, {
      events: [1, 2].map((day) => ({
        districtId: huddinge.districtIds['Skogås'],
        occurredAt: `2026-11-2${day}T10:00:00Z`,
        categoryCode: 'graffiti',
        description: 'Klotter',
      })),
    });
    incidentIds = reported.incidents.map((incident) => incident.id);
  });
  afterAll(async () => {
    mailer.close();
    await mailServer.close();
  });

  it('masks an archive reason', async () => {
    const archived = await reviewIncident(deps, coordinator, incidentIds[1] ?? '', {
      decision: 'archived',
      reason: personal,
    });
    expect(archived.archiveReason).toBe(masked);
  });

  it('masks a meeting, its flag notes, agenda, joint actions and the minutes mailed at closing', async () => {
    const meeting = await createMeeting(deps, coordinator, {
      title: `OSG ${personal}`,
      place: personal,
      startsAt: '2026-11-26T08:00:00.000Z',
      durationMinutes: 60,
      organisationIds: [huddinge.organisations.administration.id],
      memberUserIds: [coordinator.userId ?? ''],
    });
    const changed = await updateMeeting(deps, coordinator, meeting.id, {
      generalNotes: personal,
    });
    expect([changed.title, changed.place, changed.generalNotes]).toEqual([
      `OSG ${masked}`,
      masked,
      masked,
    ]);
    const flag = await flagIncidentForMeeting(deps, coordinator, meeting.id, {
      incidentId: incidentIds[0] ?? '',
      note: personal,
    });
    expect(flag.note).toBe(masked);
    const item = await addAgendaItem(deps, coordinator, meeting.id, {
      title: personal,
      notes: personal,
      decisions: personal,
    });
    expect([item.title, item.notes, item.decisions]).toEqual([masked, masked, masked]);
    const edited = await updateAgendaItem(deps, coordinator, item.id, { notes: `${personal}!` });
    expect(edited.notes).toBe(`${masked}!`);
    const action = await createJointAction(deps, coordinator, meeting.id, {
      title: 'Trygghetsvandring',
      description: personal,
      expectedResult: personal,
    });
    expect([action.description, action.expectedResult]).toEqual([masked, masked]);
    const updated = await updateJointAction(deps, coordinator, action.id, { outcome: personal });
    expect(updated.outcome).toBe(masked);

    await closeMeeting(deps, coordinator, meeting.id);
    const mails = mailServer.received.map((mail) => bodyText(mail.raw)).join('\n');
    expect(mails).toContain('[personnummer]');
    expect(mails).not.toMatch(/9895|070-123/);
  });

  it('masks a supplier decision note', async () => {
    const procurement = await huddinge.actor('administration', ['procurement']);
    const supplier = await registerSupplier(deps, procurement, {
      organisationNumber: '5590000005',
      name: 'Bygg AB',
    });
    const decision = await recordDecision(deps, procurement, supplier.id, {
      decision: 'approve',
      note: personal,
    });
    expect(decision.note).toBe(masked);
  });

  it('masks agreement texts: summary, commitments and their follow-up', async () => {
    const agreement = await createAgreement(deps, coordinator, {
      kind: 'partnership_agreement',
      title: 'Överenskommelse',
      summary: personal,
      parties: [{ organisationId: huddinge.organisations.police.id }],
    });
    expect(agreement.summary).toBe(masked);
    const changed = await updateAgreement(deps, coordinator, agreement.id, { title: personal });
    expect(changed.title).toBe(masked);
    const commitment = await saveCommitment(deps, coordinator, agreement.id, null, {
      text: personal,
    });
    expect(commitment.text).toBe(masked);
    const followUp = await recordCommitmentFollowUp(deps, coordinator, commitment.id, {
      status: 'red',
      comment: personal,
    });
    expect(followUp.comment).toBe(masked);
  });

  it('masks plan texts: summary, goals, problems, measures and efforts', async () => {
    const plan = await createPlan(deps, coordinator, {
      title: 'Åtgärdsplan',
      kind: 'action_plan',
      owner: 'KSF',
      summary: personal,
    });
    expect(plan.summary).toBe(masked);
    expect(
      (await updatePlan(deps, coordinator, plan.id, { summary: `${personal}.` })).summary,
    ).toBe(`${masked}.`);
    const goal = await saveGoal(deps, coordinator, plan.id, null, {
      title: 'Mål',
      description: personal,
    });
    expect(goal.description).toBe(masked);
    const problem = await savePlanProblem(deps, coordinator, plan.id, null, {
      title: 'Problem',
      description: personal,
    });
    expect(problem.description).toBe(masked);
    const measure = await saveMeasure(deps, coordinator, plan.id, null, {
      cause: personal,
      measure: personal,
      operativeGoal: personal,
    });
    expect([measure.cause, measure.measure, measure.operativeGoal]).toEqual([
      masked,
      masked,
      masked,
    ]);
    const effort = await saveEffort(deps, coordinator, null, {
      name: 'Insats',
      level: 'local',
      evaluationNote: personal,
    });
    expect(effort.evaluationNote).toBe(masked);
  });

  it('masks a meeting series: its title and place, created and changed', async () => {
    const series = await createMeetingSeries(deps, coordinator, {
      title: `OSG ${personal}`,
      place: personal,
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 60,
      startsOn: '2026-12-03',
      endsOn: '2026-12-31',
    });
    expect([series.title, series.place]).toEqual([`OSG ${masked}`, masked]);
    const changed = await updateMeetingSeries(deps, coordinator, series.id, {
      title: `Samverkan ${personal}`,
      place: personal,
    });
    expect([changed.title, changed.place]).toEqual([`Samverkan ${masked}`, masked]);
  });
});
