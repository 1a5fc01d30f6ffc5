import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeUser,
  testClock,
  testDeps,
  type TestClock,
} from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { createSmtpMailer } from '../../integrations/smtp-mailer.js';
import type { Actor } from '../access/actor.js';
import type { User } from '../accounts/user.js';
import type { Deps, Mailer } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import { closeMeeting } from './close-meeting.js';
import { createMeeting } from './create-meeting.js';
import { removeAgendaItem, updateAgendaItem } from './edit-agenda.js';
import { flagIncidentForMeeting } from './flag-incident-for-meeting.js';
import { generateAgenda } from './generate-agenda.js';
import { getMeeting } from './get-meeting.js';
import { listMeetings } from './list-meetings.js';
import { saveAttendance } from './save-attendance.js';
import { createJointAction, updateJointAction } from './save-joint-action.js';
import { createMeetingSeries } from './save-meeting-series.js';
import { startMailServer, type MailServer } from '../../../test/support/mail-server.js';
import { recordingLogger } from '../../../test/support/recording-logger.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

describeEachDialect('running an OSG meeting', (database) => {
  let mailServer: MailServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let clock: TestClock;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let officer: User;
  let firefighter: User;
  let coordinatorUser: User;
  let meetingIds: string[];

  beforeAll(async () => {
    mailServer = await startMailServer();
    mailer = createSmtpMailer(mailServer.url, 'Tryggve <tryggve@huddinge.se>');
    clock = testClock('2026-11-26T06:00:00.000Z');
    deps = testDeps(database(), { clock, mailer });
    huddinge = await seedHuddinge(deps);
    coordinatorUser = await makeUser(deps, huddinge.organisations.administration, ['coordinator'], {
      displayName: 'Sara Samordnare',
    });
    coordinator = actorFor(coordinatorUser);
    officer = await makeUser(deps, huddinge.organisations.police, ['reporter'], {
      displayName: 'Örjan Polis',
    });
    firefighter = await makeUser(deps, huddinge.organisations.fire, ['viewer'], {
      displayName: 'Åsa Brand',
    });
    const reporter = await huddinge.actor('housing', ['reporter']);
    // Last week (2026-W47): a burst of graffiti in Skogås, so the picture has a change to show.
    const reported = await reportIncidents(deps, reporter, {
      events: Array.from({ length: 9 }, (_, index) => ({
        point: inSkogas,
        categoryCode: 'graffiti',
        description: `Klotter ${index}`,
        occurredAt: `2026-11-${17 + (index % 5)}T1${index}:00:00Z`,
      })),
    });
    const series = await createMeetingSeries(deps, coordinator, {
      title: 'OSG Huddinge',
      place: 'Kommunhuset',
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 90,
      startsOn: '2026-11-01',
      organisationIds: [
        huddinge.organisations.administration.id,
        huddinge.organisations.police.id,
        huddinge.organisations.fire.id,
      ],
      memberUserIds: [coordinatorUser.id, officer.id, firefighter.id],
    });
    meetingIds = (await listMeetings(deps, coordinator, { seriesId: series.id })).map(
      (meeting) => meeting.id,
    );
    await flagIncidentForMeeting(deps, coordinator, meetingIds[0] ?? '', {
      incidentId: reported.incidents[0]?.id ?? '',
      note: 'Polisen berättar',
    });
  });
  afterAll(async () => {
    mailer.close();
    await mailServer.close();
  });

  it("builds the agenda from the week's picture and the flagged incident", async () => {
    const meeting = await getMeeting(deps, coordinator, meetingIds[0] ?? '');
    expect(meeting.agendaGeneratedAt).not.toBeNull();
    const picture = await getSituationPicture(deps, coordinator, {
      periodKind: 'week',
      periodKey: '2026-W47',
      locale: 'sv',
    });
    expect(picture.largestChanges.length).toBeGreaterThan(0);
    const changes = meeting.agenda.filter(
      (item) => item.kind === 'largest_change' && item.title.startsWith('Vecka 47, 2026: '),
    );
    expect(changes.map((item) => item.title)).toEqual(
      picture.largestChanges.slice(0, 5).map((change) => `Vecka 47, 2026: ${change.sentence}`),
    );
    const flagged = meeting.agenda.find((item) => item.kind === 'flagged_incident');
    expect(flagged?.title).toMatch(/Klotter.*2026-11-17 – Polisen berättar/);
    expect(meeting.agenda.map((item) => item.position)).toEqual(
      meeting.agenda.map((_, index) => index),
    );
  });

  it('keeps edits and removals when the agenda is built again', async () => {
    const id = meetingIds[0] ?? '';
    const { agenda } = await getMeeting(deps, coordinator, id);
    const [first, second] = agenda;
    await updateAgendaItem(deps, coordinator, first?.id ?? '', {
      notes: 'Ökningen hänger ihop med skollovet.',
    });
    await removeAgendaItem(deps, coordinator, second?.id ?? '');
    const again = await generateAgenda(deps, coordinator, id);
    expect(again).toHaveLength(agenda.length - 1);
    expect(again.find((item) => item.id === first?.id)?.notes).toBe(
      'Ökningen hänger ihop med skollovet.',
    );
    expect(again.some((item) => item.id === second?.id)).toBe(false);
  });

  it('records minutes and joint actions, and shows them to the partners who are members', async () => {
    const id = meetingIds[0] ?? '';
    await createJointAction(deps, coordinator, id, {
      title: 'Gemensam kvällsvandring i Skogås',
      districtIds: [huddinge.districtIds['Skogås'] ?? ''],
      organisationIds: [huddinge.organisations.police.id, huddinge.organisations.administration.id],
      responsibleUserIds: [officer.id],
      dueOn: '2026-11-30',
      expectedResult: 'Färre klotter',
    });
    await createJointAction(deps, coordinator, id, {
      title: 'Brandskyddskontroll av soprum',
      organisationIds: [huddinge.organisations.fire.id],
      responsibleUserIds: [firefighter.id],
      dueOn: '2026-12-15',
      status: 'ongoing',
    });
    await saveAttendance(deps, coordinator, id, {
      entries: [
        { userId: coordinatorUser.id, isPresent: true },
        { userId: officer.id, isPresent: true },
        { userId: firefighter.id, isPresent: false },
      ],
      guests: 'Väktare från Securitas',
    });
    const seenByPolice = await getMeeting(deps, actorFor(officer), id);
    expect(seenByPolice.actions.map((action) => action.title)).toEqual([
      'Gemensam kvällsvandring i Skogås',
      'Brandskyddskontroll av soprum',
    ]);
    expect(seenByPolice.canManage).toBe(false);
    expect(seenByPolice.attendanceList.find((entry) => entry.userId === officer.id)).toMatchObject({
      displayName: 'Örjan Polis',
      isPresent: true,
    });
    const outsider = await huddinge.actor('housing', ['viewer']);
    await expect(getMeeting(deps, outsider, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('closes the meeting, mails every member once with the DOCX attached, and freezes it', async () => {
    const id = meetingIds[0] ?? '';
    // The first try fails for the firefighter's address; a retry sends only that one.
    const flaky: Mailer = {
      send: async (message) => {
        if (message.to === firefighter.email) {
          // As an SMTP server answers: the address is quoted in the message.
          throw Object.assign(new Error(`550 ${message.to}: mailbox unavailable`), {
            code: 'EENVELOPE',
            responseCode: 550,
          });
        }
        await mailer.send(message);
      },
    };
    const logger = recordingLogger();
    const closed = await closeMeeting({ ...deps, mailer: flaky, logger }, coordinator, id);
    expect(closed.status).toBe('closed');
    expect(closed.mailings.map((mailing) => mailing.status).sort()).toEqual([
      'failed',
      'sent',
      'sent',
    ]);
    // The failure leaves a trace with a stable code and its cause, and no personal data.
    expect(logger.lines).toEqual([
      expect.objectContaining({
        code: 'MEETING_MINUTES_MAIL_FAILED',
        meetingId: id,
        errorCode: 'EENVELOPE',
        responseCode: 550,
      }),
    ]);
    expect(logger.text()).not.toContain(firefighter.email);
    expect(logger.text()).not.toContain(firefighter.displayName);
    const retried = await closeMeeting(deps, coordinator, id);
    expect(retried.mailings.every((mailing) => mailing.status === 'sent')).toBe(true);
    await closeMeeting(deps, coordinator, id);
    const recipients = mailServer.received.flatMap((mail) => mail.recipients).sort();
    expect(recipients).toEqual([coordinatorUser.email, officer.email, firefighter.email].sort());
    const [mail] = mailServer.received;
    expect(mail?.raw).toMatch(/Content-Disposition: attachment;\s+filename=.*\.docx/i);
    expect(mail?.raw).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );

    await expect(
      saveAttendance(deps, coordinator, id, { entries: [], guests: 'Efteråt' }),
    ).rejects.toMatchObject({ code: 'MEETING_CLOSED' });
    await expect(
      createJointAction(deps, coordinator, id, { title: 'För sent' }),
    ).rejects.toMatchObject({ code: 'MEETING_CLOSED' });
  });

  it("carries the open actions to the next meeting's agenda until they are closed", async () => {
    const closed = await getMeeting(deps, coordinator, meetingIds[0] ?? '');
    const [walk, fireCheck] = closed.actions;
    await updateJointAction(deps, coordinator, fireCheck?.id ?? '', {
      status: 'done',
      outcome: 'Alla soprum kontrollerade.',
    });
    clock.set('2026-12-02T08:00:00.000Z');
    const next = await getMeeting(deps, coordinator, meetingIds[1] ?? '');
    expect(next.carriedActions.map((action) => action.id)).toEqual([walk?.id]);
    expect(next.carriedActions[0]).toMatchObject({ isOpen: true, isOverdue: true });
    const carried = next.agenda.filter((item) => item.kind === 'joint_action');
    expect(carried.map((item) => item.sourceRef)).toEqual([`action:${walk?.id}`]);
    expect(carried[0]?.title).toContain('försenad');
    // The closed meeting's minutes stay as they were at closing.
    const frozen = await getMeeting(deps, coordinator, meetingIds[0] ?? '');
    expect(frozen.actions.find((action) => action.id === fireCheck?.id)?.status).toBe('ongoing');
  });

  it('mails each member once when two coordinators close the same meeting at the same moment', async () => {
    const meeting = await createMeeting(deps, coordinator, {
      title: 'Extra OSG om Skogås',
      startsAt: '2026-12-03T08:00:00.000Z',
      durationMinutes: 60,
      memberUserIds: [coordinatorUser.id, officer.id, firefighter.id],
    });
    const before = mailServer.received.length;
    const [first, second] = await Promise.all([
      closeMeeting(deps, coordinator, meeting.id),
      closeMeeting(deps, coordinator, meeting.id),
    ]);
    expect([first.status, second.status]).toEqual(['closed', 'closed']);
    const recipients = mailServer.received
      .slice(before)
      .flatMap((mail) => mail.recipients)
      .sort();
    expect(recipients).toEqual([coordinatorUser.email, officer.email, firefighter.email].sort());
    const mailings = (await getMeeting(deps, coordinator, meeting.id)).mailings;
    expect(mailings.map((mailing) => mailing.status)).toEqual(['sent', 'sent', 'sent']);
  });
});
