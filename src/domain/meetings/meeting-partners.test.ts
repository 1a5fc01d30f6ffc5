import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { closeMeeting } from './close-meeting.js';
import { createMeeting } from './create-meeting.js';
import { addAgendaItem } from './edit-agenda.js';
import { getMeeting } from './get-meeting.js';
import { createJointAction, updateJointAction } from './save-joint-action.js';

describeEachDialect('partners in an OSG meeting', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let officer: Actor;
  let officerUserId: string;
  let colleague: Actor;
  let housing: Actor;
  let stranger: Actor;
  let meetingId: string;
  let actionId: string;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-18T12:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = actorFor(
      await makeUser(deps, huddinge.organisations.administration, ['coordinator']),
    );
    // The police member holds no managing role: a reporter here, a partner elsewhere.
    const officerUser = await makeUser(deps, huddinge.organisations.police, ['reporter'], {
      displayName: 'Petra Polis',
    });
    officerUserId = officerUser.id;
    officer = actorFor(officerUser);
    colleague = await huddinge.actor('police', ['viewer']);
    housing = await huddinge.actor('housing', ['analyst']);
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    stranger = actorFor(await makeUser(deps, elsewhere, ['admin']));
    const meeting = await createMeeting(deps, coordinator, {
      title: 'OSG Huddinge',
      startsAt: '2026-11-19T08:00:00.000Z',
      durationMinutes: 90,
      organisationIds: [huddinge.organisations.administration.id, huddinge.organisations.police.id],
    });
    meetingId = meeting.id;
    const action = await createJointAction(deps, coordinator, meetingId, {
      title: 'Gemensam kvällsvandring i Skogås',
      organisationIds: [huddinge.organisations.police.id],
      responsibleUserIds: [officerUserId],
      status: 'planned',
    });
    actionId = action.id;
  });

  it('lets the police member add an agenda item before the meeting', async () => {
    const item = await addAgendaItem(deps, officer, meetingId, {
      title: 'Polisens lägesbild: langning vid Skogås torg',
    });
    expect(item).toMatchObject({ kind: 'custom', isAutomatic: false });
    const { agenda } = await getMeeting(deps, coordinator, meetingId);
    expect(agenda.map((entry) => entry.title)).toContain(
      'Polisens lägesbild: langning vid Skogås torg',
    );
  });

  it('refuses a non-member and another municipality as if the meeting did not exist', async () => {
    for (const actor of [housing, stranger]) {
      await expect(
        addAgendaItem(deps, actor, meetingId, { title: 'Intrång' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const { agenda } = await getMeeting(deps, coordinator, meetingId);
    expect(agenda.some((entry) => entry.title === 'Intrång')).toBe(false);
  });

  it('lets the officer follow up her own action: status and outcome', async () => {
    const updated = await updateJointAction(deps, officer, actionId, {
      status: 'done',
      outcome: 'Två kvällar, lugnt vid torget.',
    });
    expect(updated).toMatchObject({ status: 'done', outcome: 'Två kvällar, lugnt vid torget.' });
  });

  it('refuses the officer other fields, a colleague who is not responsible, and outsiders', async () => {
    await expect(
      updateJointAction(deps, officer, actionId, { title: 'Något annat' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateJointAction(deps, colleague, actionId, { status: 'ongoing' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const actor of [housing, stranger]) {
      await expect(
        updateJointAction(deps, actor, actionId, { status: 'ongoing' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const { actions } = await getMeeting(deps, coordinator, meetingId);
    expect(actions[0]).toMatchObject({ title: 'Gemensam kvällsvandring i Skogås', status: 'done' });
  });

  it('leaves closing to the coordinators, and takes no items once the meeting is closed', async () => {
    await expect(closeMeeting(deps, officer, meetingId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await closeMeeting({ ...deps, mailer: null }, coordinator, meetingId);
    await expect(
      addAgendaItem(deps, officer, meetingId, { title: 'För sent' }),
    ).rejects.toMatchObject({ code: 'MEETING_CLOSED' });
    await expect(
      addAgendaItem(deps, housing, meetingId, { title: 'För sent' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
