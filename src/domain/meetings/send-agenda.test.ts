import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { actorFor, makeUser, testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { User } from '../accounts/user.js';
import type { Deps, MailMessage } from '../deps.js';
import { closeMeeting } from './close-meeting.js';
import { createMeeting } from './create-meeting.js';
import { addAgendaItem } from './edit-agenda.js';
import { sendAgenda } from './send-agenda.js';
import { updateMeeting } from './update-meeting.js';

describeEachDialect('sending the agenda before the meeting', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let coordinatorUser: User;
  let officer: User;
  let firefighter: User;
  const sent: MailMessage[] = [];

  beforeAll(async () => {
    deps = testDeps(database(), {
      clock: testClock('2026-11-18T12:00:00.000Z'),
      mailer: {
        send: async (message) => {
          sent.push(message);
        },
      },
    });
    huddinge = await seedHuddinge(deps);
    coordinatorUser = await makeUser(deps, huddinge.organisations.administration, ['coordinator']);
    coordinator = actorFor(coordinatorUser);
    officer = await makeUser(deps, huddinge.organisations.police, ['reporter']);
    firefighter = await makeUser(deps, huddinge.organisations.fire, ['viewer']);
  });

  it('mails every member the agenda with DOCX and PDF attached, once, and a later member only', async () => {
    const meeting = await createMeeting(deps, coordinator, {
      title: 'OSG Huddinge',
      startsAt: '2026-11-19T08:00:00.000Z',
      durationMinutes: 90,
      memberUserIds: [coordinatorUser.id, officer.id],
    });
    await addAgendaItem(deps, coordinator, meeting.id, { title: 'Langningen i Skogås' });
    const first = await sendAgenda(deps, coordinator, meeting.id);
    expect(first.agendaMailings.map((mailing) => mailing.status)).toEqual(['sent', 'sent']);
    expect(first.mailings).toEqual([]);
    expect(sent.map((mail) => mail.to).sort()).toEqual(
      [coordinatorUser.email, officer.email].sort(),
    );
    const [mail] = sent;
    expect(mail?.subject).toMatch(/^Dagordning: OSG Huddinge, torsdag 19 november 2026/);
    expect(mail?.text).toContain('1. Langningen i Skogås');
    expect(mail?.attachments?.map((file) => file.filename.split('.').pop())).toEqual([
      'docx',
      'pdf',
    ]);
    expect(mail?.attachments?.[0]?.filename).toMatch(/^dagordning-osg-huddinge/);

    await sendAgenda(deps, coordinator, meeting.id);
    expect(sent).toHaveLength(2);
    await updateMeeting(deps, coordinator, meeting.id, {
      memberUserIds: [coordinatorUser.id, officer.id, firefighter.id],
    });
    const third = await sendAgenda(deps, coordinator, meeting.id);
    expect(third.agendaMailings.every((mailing) => mailing.status === 'sent')).toBe(true);
    expect(sent.slice(2).map((mail) => mail.to)).toEqual([firefighter.email]);
  });

  it('is for coordinators, and not after the meeting is closed', async () => {
    const meeting = await createMeeting(deps, coordinator, {
      title: 'Extramöte',
      startsAt: '2026-11-20T08:00:00.000Z',
      durationMinutes: 30,
      memberUserIds: [officer.id],
    });
    await expect(sendAgenda(deps, actorFor(officer), meeting.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await closeMeeting({ ...deps, mailer: null }, coordinator, meeting.id);
    const before = sent.length;
    await expect(sendAgenda(deps, coordinator, meeting.id)).rejects.toMatchObject({
      code: 'MEETING_CLOSED',
    });
    expect(sent).toHaveLength(before);
  });
});
