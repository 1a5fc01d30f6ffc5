import { expect } from 'vitest';
import {
  addDays,
  formatLocalDate,
  stockholmLocalParts,
} from '../../src/shared/time/stockholm-time.js';
import type { ApiClient } from './api-client.js';
import type { TestServer } from './server.js';

/** The people, actions and demo lookups the OSG meeting journey (meetings.e2e.ts) works with. */

export const police = {
  email: 'polis.osg.e2e@huddinge.demo',
  password: 'en gul båt i en stilla vik 2026',
  displayName: 'Per Polis',
  organisation: 'Lokalpolisområde Huddinge',
};
export const fire = {
  email: 'brand.osg.e2e@huddinge.demo',
  password: 'tre röda stegar mot en grå mur 2026',
  displayName: 'Frida Brandman',
  organisation: 'Södertörns brandförsvarsförbund',
};
export const housing = {
  email: 'bostad.e2e@huddinge.demo',
  password: 'ett gammalt hus vid en lugn sjö 2026',
  displayName: 'Hanna Husvärd',
  organisation: 'Huge Bostäder AB',
};
/** A Stockholm calendar day `offset` days from today. */
export const day = (offset: number) =>
  formatLocalDate(addDays(stockholmLocalParts(new Date()), offset));
// The fire service's action was due a week ago: it is overdue from the start.
export const actions = [
  { title: 'Riktad närvaro vid Vårby centrum', district: /Vårby/, who: police, dueOn: day(14) },
  {
    title: 'Brandskyddskontroll av källarförråd i Skogås',
    district: /Skogås/,
    who: fire,
    dueOn: day(-7),
  },
];

export interface MeetingJson {
  id: string;
  seriesId: string | null;
  title: string;
  startsAt: string;
  status: string;
  memberUserIds: string[];
}

/** Lookups and seeding over the demo's OSG series, for journeys that also run alone. */
export function osgDemo(context: {
  admin: () => ApiClient;
  server: () => TestServer;
  userIds: Map<string, string>;
}) {
  const { userIds } = context;
  /** The OSG series of the demo. */
  async function osgSeries(): Promise<{ id: string; memberUserIds: string[] }> {
    const series = await context
      .admin()
      .get<{ id: string; title: string; memberUserIds: string[] }[]>('/api/meeting-series');
    const osg = series.find((item) => item.title === 'OSG Huddinge');
    if (osg === undefined) throw new Error(`The demo has no OSG series: ${JSON.stringify(series)}`);
    return osg;
  }

  /** The address of the series' coming meeting: the first one that has not started. */
  async function comingMeetingUrl(): Promise<string> {
    const { id } = await osgSeries();
    const meetings = await context.admin().get<MeetingJson[]>(`/api/meetings?seriesId=${id}`);
    const coming = meetings
      .filter((meeting) => Date.parse(meeting.startsAt) > Date.now())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    return `${context.server().baseUrl}/samverkan/moten/${coming?.id}`;
  }

  /**
   * Run alone, a journey seeds what the first one leaves: the police, fire and admin as members
   * of the series and of its coming meeting (which no longer follows the series once worked on).
   */
  async function ensureMembers(): Promise<void> {
    const series = await osgSeries();
    const wanted = [police.email, fire.email, context.server().demoLogin.email].map(
      (email) => userIds.get(email) ?? '',
    );
    const meetingId = (await comingMeetingUrl()).split('/').at(-1) ?? '';
    const meeting = await context.admin().get<MeetingJson>(`/api/meetings/${meetingId}`);
    for (const [path, members] of [
      [`/api/meeting-series/${series.id}`, series.memberUserIds],
      [`/api/meetings/${meetingId}`, meeting.memberUserIds],
    ] as const) {
      if (wanted.every((id) => members.includes(id))) continue;
      const { status } = await context.admin().request('PATCH', path, {
        memberUserIds: [...new Set([...members, ...wanted])],
      });
      expect(status).toBe(200);
    }
  }

  /** Run alone, a journey seeds what the third one leaves: the two actions, the meeting closed. */
  async function ensureClosedMeetingWithActions(): Promise<string> {
    await ensureMembers();
    const url = await comingMeetingUrl();
    const meetingId = url.split('/').at(-1) ?? '';
    const existing = await context
      .admin()
      .get<{ title: string }[]>('/api/joint-actions?status=all');
    const { features } = await context.admin().get<{
      features: { id: string; properties: { name: string } }[];
    }>('/api/districts');
    const { organisations } = await context
      .admin()
      .get<{ organisations: { id: string; name: string }[] }>('/api/organisations');
    for (const action of actions) {
      if (existing.some((item) => item.title === action.title)) continue;
      await context.admin().post(`/api/meetings/${meetingId}/actions`, {
        title: action.title,
        districtIds: features
          .filter((district) => action.district.test(district.properties.name))
          .slice(0, 1)
          .map((district) => district.id),
        organisationIds: organisations
          .filter((organisation) => organisation.name === action.who.organisation)
          .map((organisation) => organisation.id),
        responsibleUserIds: [userIds.get(action.who.email) ?? ''],
        dueOn: action.dueOn,
        expectedResult: 'Färre rapporter om otrygghet.',
      });
    }
    const meeting = await context.admin().get<MeetingJson>(`/api/meetings/${meetingId}`);
    if (meeting.status !== 'closed')
      await context.admin().post(`/api/meetings/${meetingId}/close`, {});
    return url;
  }
  return { osgSeries, comingMeetingUrl, ensureMembers, ensureClosedMeetingWithActions };
}
