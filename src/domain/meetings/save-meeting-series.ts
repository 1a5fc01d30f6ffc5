import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { MeetingSeries } from './meeting.js';
import {
  assertNoMeetingProblems,
  checkMembers,
  unique,
  type MeetingFieldProblem,
} from './meeting-rules.js';
import { materialiseSeries } from './series-occurrences.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface SeriesFields {
  title: string;
  place?: string | undefined;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  startsOn: string;
  endsOn?: string | null | undefined;
  organisationIds?: string[] | undefined;
  memberUserIds?: string[] | undefined;
}

function checkSpan(series: MeetingSeries, problems: MeetingFieldProblem[]): void {
  if (!isCalendarDay(series.startsOn))
    problems.push({ field: 'startsOn', problem: 'invalid_date' });
  if (series.endsOn !== null && !isCalendarDay(series.endsOn)) {
    problems.push({ field: 'endsOn', problem: 'invalid_date' });
  } else if (series.endsOn !== null && series.endsOn < series.startsOn) {
    problems.push({ field: 'endsOn', problem: 'ends_before_start' });
  }
  if (series.title.trim() === '') problems.push({ field: 'title', problem: 'required' });
}

/**
 * Starts a meeting series ("OSG Huddinge", every Thursday 09:00 Stockholm time) and makes
 * its coming meetings exist as records of their own.
 */
export async function createMeetingSeries(
  deps: Deps,
  actor: Actor,
  input: SeriesFields,
): Promise<MeetingSeries> {
  await authorize(deps, actor, 'meeting.manage', 'meeting_series.create');
  const now = deps.clock();
  input = maskFreeTextFields(input, ['title', 'place'], now).value;
  const series: MeetingSeries = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    title: input.title.trim(),
    place: input.place?.trim() ?? '',
    weekday: input.weekday,
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    organisationIds: unique(input.organisationIds),
    memberUserIds: unique(input.memberUserIds),
    createdByUserId: actor.userId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return deps.store.transaction(async (repositories) => {
    const problems: MeetingFieldProblem[] = [];
    checkSpan(series, problems);
    await checkMembers(repositories, actor.municipalityId, series, problems);
    assertNoMeetingProblems(problems);
    await repositories.meetings.saveSeries(series);
    const created = await materialiseSeries(repositories, series, now);
    await recordAudit(repositories, now, actor, {
      action: 'meeting_series.create',
      entityType: 'meeting_series',
      entityId: series.id,
      details: { meetingsCreated: created },
    });
    return series;
  });
}

/** Changes a series; its coming meetings nobody has worked on yet follow the change. */
export async function updateMeetingSeries(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<SeriesFields>,
): Promise<MeetingSeries> {
  await authorize(deps, actor, 'meeting.manage', 'meeting_series.update');
  const now = deps.clock();
  input = maskFreeTextFields(input, ['title', 'place'], now).value;
  return deps.store.transaction(async (repositories) => {
    const current = await repositories.meetings.findSeries(actor.municipalityId, id);
    if (!current) throw notFound('meeting series');
    const series: MeetingSeries = {
      ...current,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.place !== undefined ? { place: input.place.trim() } : {}),
      ...(input.weekday !== undefined ? { weekday: input.weekday } : {}),
      ...(input.startTime !== undefined ? { startTime: input.startTime } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
      ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
      ...(input.organisationIds !== undefined
        ? { organisationIds: unique(input.organisationIds) }
        : {}),
      ...(input.memberUserIds !== undefined ? { memberUserIds: unique(input.memberUserIds) } : {}),
      updatedAt: now.toISOString(),
    };
    const problems: MeetingFieldProblem[] = [];
    checkSpan(series, problems);
    await checkMembers(repositories, actor.municipalityId, input, problems);
    assertNoMeetingProblems(problems);
    await repositories.meetings.saveSeries(series);
    await materialiseSeries(repositories, series, now, current);
    await recordAudit(repositories, now, actor, {
      action: 'meeting_series.update',
      entityType: 'meeting_series',
      entityId: series.id,
      details: { fields: Object.keys(input).sort() },
    });
    return series;
  });
}
