import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps, type TestClock } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { addAgendaItem } from './edit-agenda.js';
import { getMeeting } from './get-meeting.js';
import { listMeetings } from './list-meetings.js';
import type { MeetingSeries } from './meeting.js';
import { createMeetingSeries, updateMeetingSeries } from './save-meeting-series.js';
import { updateMeeting } from './update-meeting.js';
import { comingOccurrences, occurrenceOn, plannedOccurrences } from './series-occurrences.js';

const thursdays: MeetingSeries = {
  id: 'series',
  municipalityId: 'm',
  title: 'OSG Huddinge',
  place: 'Kommunhuset',
  weekday: 4,
  startTime: '09:00',
  durationMinutes: 90,
  startsOn: '2026-01-01',
  endsOn: null,
  organisationIds: [],
  memberUserIds: [],
  createdByUserId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the occurrences of a weekly series', () => {
  it('keeps 09:00 Stockholm time across the change to winter time', () => {
    expect(occurrenceOn(thursdays, '2026-10-22')).toEqual({
      occurrenceOn: '2026-10-22',
      startsAt: '2026-10-22T07:00:00.000Z',
      endsAt: '2026-10-22T08:30:00.000Z',
    });
    expect(occurrenceOn(thursdays, '2026-10-29').startsAt).toBe('2026-10-29T08:00:00.000Z');
    expect(occurrenceOn(thursdays, '2027-04-01').startsAt).toBe('2027-04-01T07:00:00.000Z');
  });

  it('lists the coming eight Thursdays, today included until the meeting ends', () => {
    const duringToday = comingOccurrences(thursdays, new Date('2026-11-26T09:00:00Z'));
    expect(duringToday.map((item) => item.occurrenceOn)).toEqual([
      '2026-11-26',
      '2026-12-03',
      '2026-12-10',
      '2026-12-17',
      '2027-01-07',
      '2027-01-14',
      '2027-01-21',
      '2027-01-28',
    ]);
    const afterToday = comingOccurrences(thursdays, new Date('2026-11-26T10:00:00Z'));
    expect(afterToday[0]?.occurrenceOn).toBe('2026-12-03');
  });

  it('skips julafton and nyårsafton, and names them for the coordinator', () => {
    const planned = plannedOccurrences(thursdays, new Date('2026-12-10T12:00:00Z'), 3);
    expect(planned.occurrences.map((item) => item.occurrenceOn)).toEqual([
      '2026-12-17',
      '2027-01-07',
      '2027-01-14',
    ]);
    expect(planned.skipped).toEqual([
      { occurrenceOn: '2026-12-24', holiday: 'julafton' },
      { occurrenceOn: '2026-12-31', holiday: 'nyårsafton' },
    ]);
    const fridays = { ...thursdays, weekday: 5 };
    const midsummer = plannedOccurrences(fridays, new Date('2027-06-20T12:00:00Z'), 1);
    expect(midsummer.skipped).toEqual([{ occurrenceOn: '2027-06-25', holiday: 'midsommarafton' }]);
  });

  it('stops at the last day of the series and waits for its first', () => {
    const ending = { ...thursdays, endsOn: '2026-12-10' };
    expect(comingOccurrences(ending, new Date('2026-11-27T12:00:00Z'))).toHaveLength(2);
    const later = { ...thursdays, startsOn: '2027-03-01' };
    expect(comingOccurrences(later, new Date('2026-11-27T12:00:00Z'))[0]?.occurrenceOn).toBe(
      '2027-03-04',
    );
  });
});

describeEachDialect('meeting series', (database) => {
  let deps: Deps;
  let clock: TestClock;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let policeOfficer: Actor;
  let housingReporter: Actor;

  beforeAll(async () => {
    clock = testClock('2026-11-26T06:00:00.000Z');
    deps = testDeps(database(), { clock });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    policeOfficer = await huddinge.actor('police', ['reporter']);
    housingReporter = await huddinge.actor('housing', ['reporter']);
  });

  it("seeds the demo's OSG with last week's meeting closed and one of its two actions open", async () => {
    const [seeded] = await deps.store.meetings.listSeries(huddinge.municipalityId);
    expect(seeded).toMatchObject({ title: 'OSG Huddinge', weekday: 4, startTime: '09:00' });
    const meetings = await listMeetings(deps, coordinator, { seriesId: seeded?.id });
    const [last, coming] = meetings;
    expect(last).toMatchObject({ status: 'closed', startsAt: '2026-11-19T08:00:00.000Z' });
    expect(coming?.startsAt).toBe('2026-11-26T08:00:00.000Z');
    const closed = await getMeeting(deps, coordinator, last?.id ?? '');
    expect(closed.actions.map(({ title, isOpen }) => ({ title, isOpen }))).toEqual([
      { title: 'Brandskyddskontroll av soprum i Vårby', isOpen: false },
      { title: 'Gemensam kvällsvandring i Skogås centrum', isOpen: true },
    ]);
    const next = await getMeeting(deps, coordinator, coming?.id ?? '');
    expect(next.agenda.filter((item) => item.kind === 'joint_action')).toHaveLength(1);
  });

  it('makes the coming eight meetings once, however often they are read', async () => {
    const series = await createMeetingSeries(deps, coordinator, {
      title: 'OSG Huddinge',
      place: 'Kommunhuset, sal 3',
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 90,
      startsOn: '2026-11-01',
      organisationIds: [huddinge.organisations.administration.id, huddinge.organisations.police.id],
    });
    await listMeetings(deps, coordinator, {});
    clock.advanceMinutes(60);
    const meetings = await listMeetings(deps, coordinator, { seriesId: series.id });
    expect(meetings).toHaveLength(8);
    expect(meetings[0]).toMatchObject({
      startsAt: '2026-11-26T08:00:00.000Z',
      endsAt: '2026-11-26T09:30:00.000Z',
      status: 'scheduled',
      canManage: true,
    });
    expect(new Set(meetings.map((meeting) => meeting.startsAt)).size).toBe(8);
  });

  it('shows a partner only the meetings its organisation is a member of', async () => {
    const police = await listMeetings(deps, policeOfficer, {});
    expect(police.length).toBeGreaterThanOrEqual(8);
    expect(police.every((meeting) => !meeting.canManage)).toBe(true);
    expect(await listMeetings(deps, housingReporter, {})).toEqual([]);
    const [first] = police;
    await expect(getMeeting(deps, housingReporter, first?.id ?? '')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('moves the coming meetings nobody has worked on when the series moves', async () => {
    const series = await createMeetingSeries(deps, coordinator, {
      title: 'Trygghetsråd',
      weekday: 2,
      startTime: '13:00',
      durationMinutes: 60,
      startsOn: '2026-11-01',
    });
    const before = await listMeetings(deps, coordinator, { seriesId: series.id });
    const worked = before[1];
    await addAgendaItem(deps, coordinator, worked?.id ?? '', { title: 'Skolavslutningen' });
    const renamed = before[2];
    await updateMeeting(deps, coordinator, renamed?.id ?? '', { title: 'Trygghetsråd med skolan' });
    await updateMeetingSeries(deps, coordinator, series.id, { weekday: 3, startTime: '14:30' });
    const after = await listMeetings(deps, coordinator, { seriesId: series.id, to: '2027-03-01' });
    for (const handled of [worked, renamed]) {
      const kept = after.find((meeting) => meeting.id === handled?.id);
      expect(kept?.startsAt).toBe(handled?.startsAt);
    }
    const moved = after.filter(
      (meeting) => meeting.id !== worked?.id && meeting.id !== renamed?.id,
    );
    expect(moved.length).toBeGreaterThanOrEqual(7);
    // Wednesdays 14:30 Stockholm time (winter: 13:30 UTC).
    expect(moved.every((meeting) => meeting.startsAt.endsWith('T13:30:00.000Z'))).toBe(true);
    expect(moved.every((meeting) => new Date(meeting.startsAt).getUTCDay() === 3)).toBe(true);
  });

  it('refuses unknown members and viewers, writing nothing', async () => {
    await expect(
      createMeetingSeries(deps, coordinator, {
        title: 'Fel',
        weekday: 1,
        startTime: '10:00',
        durationMinutes: 60,
        startsOn: '2026-12-01',
        endsOn: '2026-11-01',
        memberUserIds: ['00000000-0000-4000-8000-000000000000'],
      }),
    ).rejects.toMatchObject({
      code: 'MEETING_INVALID',
      details: {
        problems: expect.arrayContaining([
          { field: 'endsOn', problem: 'ends_before_start' },
          expect.objectContaining({ field: 'memberUserIds', problem: 'user_unknown' }),
        ]),
      },
    });
    const viewer = await huddinge.actor('administration', ['viewer']);
    await expect(
      createMeetingSeries(deps, viewer, {
        title: 'Nej',
        weekday: 1,
        startTime: '10:00',
        durationMinutes: 60,
        startsOn: '2026-12-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const titles = (await deps.store.meetings.listSeries(huddinge.municipalityId)).map(
      (item) => item.title,
    );
    expect(titles).not.toContain('Fel');
  });
});
