import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { createCalendarFeed, readCalendarFeed } from './calendar-feed.js';
import { listMeetings } from './list-meetings.js';
import type { MeetingSeries } from './meeting.js';
import { createMeetingSeries, updateMeetingSeries } from './save-meeting-series.js';
import { comingOccurrences, plannedOccurrences, seriesHorizonWeeks } from './series-occurrences.js';

const weekly = (fields: Partial<MeetingSeries>): MeetingSeries => ({
  id: randomUUID(),
  municipalityId: 'm',
  title: 'Fientlig serie',
  place: '',
  weekday: 4,
  startTime: '09:00',
  durationMinutes: 60,
  startsOn: '2026-01-01',
  endsOn: null,
  organisationIds: [],
  memberUserIds: [],
  createdByUserId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const now = new Date('2026-12-07T12:00:00Z');

describe('the coming occurrences of a hostile series', () => {
  it('has none for a series whose first day is 9999-12-31, with or without an end', () => {
    expect(comingOccurrences(weekly({ startsOn: '9999-12-31' }), now)).toEqual([]);
    expect(
      comingOccurrences(weekly({ startsOn: '9999-12-31', endsOn: '9999-12-31' }), now),
    ).toEqual([]);
    expect(comingOccurrences(weekly({ startsOn: '275760-09-13' }), now)).toEqual([]);
  });

  it('reaches no further than the horizon however many are asked for', () => {
    const endless = plannedOccurrences(weekly({ endsOn: '9999-12-31' }), now, 1_000_000);
    // Every week of the horizon is either a meeting or a holiday the series skips.
    expect(endless.occurrences.length + endless.skipped.length).toBe(seriesHorizonWeeks);
    expect(endless.occurrences.at(-1)?.occurrenceOn).toBe('2028-11-30');
  });

  it('waits for a series that starts beyond the horizon', () => {
    expect(comingOccurrences(weekly({ startsOn: '2029-01-04' }), now)).toEqual([]);
  });
});

describeEachDialect('a hostile meeting series stored before dates were bounded', (database) => {
  let deps: Deps;
  let coordinator: Actor;
  let farAway: MeetingSeries;
  let endless: MeetingSeries;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock(now.toISOString()) });
    const municipality = await makeMunicipality(deps);
    const organisation = await makeOrganisation(deps, municipality.id);
    coordinator = actorFor(await makeUser(deps, organisation, ['coordinator']));
    const members = { municipalityId: municipality.id, organisationIds: [organisation.id] };
    farAway = weekly({ ...members, startsOn: '9999-12-31' });
    endless = weekly({ ...members, title: 'Utan slut', endsOn: '9999-12-30' });
    await deps.store.meetings.saveSeries(farAway);
    await deps.store.meetings.saveSeries(endless);
  });

  const countOf = (meetings: { seriesId: string | null }[], series: MeetingSeries) =>
    meetings.filter((meeting) => meeting.seriesId === series.id).length;

  it('gives the meeting list a bounded answer: none far away, eight of the endless one', async () => {
    const meetings = await listMeetings(deps, coordinator, { to: '2200-12-31' });
    expect(countOf(meetings, farAway)).toBe(0);
    expect(countOf(meetings, endless)).toBe(8);
  });

  it('gives the calendar feed the same bounded meetings', async () => {
    const { url } = await createCalendarFeed(deps, coordinator);
    const token = /\/api\/calendar\/(.+)\.ics$/.exec(url)?.[1] ?? '';
    const feed = await readCalendarFeed(deps, token);
    expect(countOf(feed.meetings, farAway)).toBe(0);
    expect(countOf(feed.meetings, endless)).toBe(8);
  });

  it('asks for supported days when the series is edited, then answers with bounded meetings', async () => {
    await expect(
      updateMeetingSeries(deps, coordinator, farAway.id, { title: 'Omdöpt' }),
    ).rejects.toMatchObject({
      code: 'MEETING_INVALID',
      details: { problems: [{ field: 'startsOn', problem: 'invalid_date' }] },
    });
    await updateMeetingSeries(deps, coordinator, farAway.id, { startsOn: '2027-01-01' });
    await updateMeetingSeries(deps, coordinator, endless.id, { startTime: '10:00', endsOn: null });
    const meetings = await listMeetings(deps, coordinator, { to: '2200-12-31' });
    expect(countOf(meetings, farAway)).toBe(8);
    expect(countOf(meetings, endless)).toBe(8);
  });

  it('refuses a new series outside the supported years, writing nothing', async () => {
    await expect(
      createMeetingSeries(deps, coordinator, {
        title: 'År 9999',
        weekday: 5,
        startTime: '09:00',
        durationMinutes: 60,
        startsOn: '9999-12-31',
      }),
    ).rejects.toMatchObject({
      code: 'MEETING_INVALID',
      details: { problems: [{ field: 'startsOn', problem: 'invalid_date' }] },
    });
    const titles = (await deps.store.meetings.listSeries(coordinator.municipalityId)).map(
      (item) => item.title,
    );
    expect(titles).not.toContain('År 9999');
  });
});
