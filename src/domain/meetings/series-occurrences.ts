import { randomUUID } from 'node:crypto';
import type { Repositories } from '../deps.js';
import {
  addDays,
  formatLocalDate,
  stockholmLocalParts,
  stockholmLocalTimeToUtc,
  type LocalDate,
} from '../../shared/time/stockholm-time.js';
import { swedishHolidayOn } from '../../shared/time/swedish-holidays.js';
import type { Meeting, MeetingSeries } from './meeting.js';

/** How many coming meetings of a series exist as records at any time. */
const comingMeetingCount = 8;

interface Occurrence {
  occurrenceOn: string;
  startsAt: string;
  endsAt: string;
}

const parseDay = (text: string): LocalDate => {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return { year, month, day };
};

const weekdayOf = (date: LocalDate) =>
  ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;

/** The series' meeting on one Stockholm day: the wall clock turned into UTC, DST included. */
export function occurrenceOn(series: MeetingSeries, day: string): Occurrence {
  const [hour = 0, minute = 0] = series.startTime.split(':').map(Number);
  const starts = stockholmLocalTimeToUtc(parseDay(day), hour, minute);
  return {
    occurrenceOn: day,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + series.durationMinutes * 60_000).toISOString(),
  };
}

/**
 * How far ahead a series' meetings are made: two years of weeks. A series whose first day
 * lies further ahead has no coming meetings yet; they appear as its start comes near. This
 * bounds the loop below however a stored series reads (a start on 9999-12-31, no end).
 */
export const seriesHorizonWeeks = 104;

const dayNumber = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;

/** A day the series would meet on, but does not: a public holiday or an eve (julafton). */
export interface SkippedOccurrence {
  occurrenceOn: string;
  /** The holiday's Swedish name: "julafton". */
  holiday: string;
}

/**
 * The series' coming meetings from `now`: today's too, while it has not ended, on the
 * series' weekday, within its start and end days and the next `seriesHorizonWeeks` weeks, at
 * most `count`. A day that is a Swedish public holiday or eve (julafton, nyårsafton,
 * midsommarafton…) is skipped, and listed in `skipped` so the coordinator sees why. Days are
 * compared as numbers, never as text ("10000-01-03" < "9999-12-31").
 */
export function plannedOccurrences(
  series: MeetingSeries,
  now: Date,
  count = comingMeetingCount,
): { occurrences: Occurrence[]; skipped: SkippedOccurrence[] } {
  const today = stockholmLocalParts(now);
  const firstDay = parseDay(series.startsOn);
  const lastDay = series.endsOn === null ? null : dayNumber(parseDay(series.endsOn));
  const horizon = dayNumber(today) + seriesHorizonWeeks * 7;
  const startDay = dayNumber(today) < dayNumber(firstDay) ? firstDay : today;
  const occurrences: Occurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  if (!Number.isFinite(dayNumber(startDay)) || dayNumber(startDay) > horizon) {
    return { occurrences, skipped };
  }
  let day = addDays(startDay, (series.weekday - weekdayOf(startDay) + 7) % 7);
  for (let week = 0; week <= seriesHorizonWeeks && occurrences.length < count; week += 1) {
    const number = dayNumber(day);
    if (number > horizon || (lastDay !== null && number > lastDay)) break;
    const occurrence = occurrenceOn(series, formatLocalDate(day));
    if (Date.parse(occurrence.endsAt) > now.getTime()) {
      const holiday = swedishHolidayOn(occurrence.occurrenceOn);
      if (holiday) skipped.push({ occurrenceOn: occurrence.occurrenceOn, holiday: holiday.name });
      else occurrences.push(occurrence);
    }
    day = addDays(day, 7);
  }
  return { occurrences, skipped };
}

/** The series' coming meetings from `now`, holidays and eves skipped (plannedOccurrences). */
export function comingOccurrences(
  series: MeetingSeries,
  now: Date,
  count = comingMeetingCount,
): Occurrence[] {
  return plannedOccurrences(series, now, count).occurrences;
}

/** A new meeting record for one occurrence, carrying the series' title, place and members. */
export function meetingOfOccurrence(
  series: MeetingSeries,
  occurrence: Occurrence,
  now: Date,
): Meeting {
  return {
    id: randomUUID(),
    municipalityId: series.municipalityId,
    seriesId: series.id,
    occurrenceOn: occurrence.occurrenceOn,
    title: series.title,
    place: series.place,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    organisationIds: [...series.organisationIds],
    memberUserIds: [...series.memberUserIds],
    generalNotes: '',
    guests: '',
    attendance: [],
    agendaGeneratedAt: null,
    cancelledAt: null,
    closedAt: null,
    closedByUserId: null,
    minutesSnapshot: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * A meeting nobody has worked on yet, still as the series (before its change) made it: it
 * may follow the series. A meeting moved, renamed or given other members by hand stays.
 */
function isUntouched(meeting: Meeting, agendaItemCount: number, previous: MeetingSeries): boolean {
  const made = meeting.occurrenceOn ? occurrenceOn(previous, meeting.occurrenceOn) : null;
  return (
    made !== null &&
    meeting.startsAt === made.startsAt &&
    meeting.endsAt === made.endsAt &&
    meeting.title === previous.title &&
    meeting.place === previous.place &&
    sameIds(meeting.organisationIds, previous.organisationIds) &&
    sameIds(meeting.memberUserIds, previous.memberUserIds) &&
    meeting.agendaGeneratedAt === null &&
    agendaItemCount === 0 &&
    meeting.closedAt === null &&
    meeting.cancelledAt === null &&
    meeting.attendance.length === 0 &&
    meeting.generalNotes === '' &&
    meeting.guests === ''
  );
}

/**
 * Makes the series' coming meetings exist, idempotently (unique by series and day). Given
 * the series as it was before an edit (`previous`), coming meetings nobody has worked on yet
 * follow the series: moved to its new time, title, place and members, or removed when no
 * longer on it. Returns how many meetings were inserted.
 */
export async function materialiseSeries(
  repositories: Repositories,
  series: MeetingSeries,
  now: Date,
  previous?: MeetingSeries,
): Promise<number> {
  const occurrences = comingOccurrences(series, now);
  if (previous) {
    const existing = await repositories.meetings.listSeriesMeetingsFrom(
      series.id,
      now.toISOString(),
    );
    const counts = await repositories.meetingAgenda.countItems(existing.map((item) => item.id));
    const wanted = new Map(occurrences.map((item) => [item.occurrenceOn, item]));
    for (const meeting of existing) {
      if (!isUntouched(meeting, counts.get(meeting.id) ?? 0, previous)) continue;
      const occurrence = meeting.occurrenceOn ? wanted.get(meeting.occurrenceOn) : undefined;
      if (!occurrence) {
        await repositories.meetings.deleteMeeting(meeting.id);
        continue;
      }
      await repositories.meetings.saveMeeting({
        ...meeting,
        title: series.title,
        place: series.place,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        organisationIds: [...series.organisationIds],
        memberUserIds: [...series.memberUserIds],
        updatedAt: now.toISOString(),
      });
    }
  }
  let inserted = 0;
  for (const occurrence of occurrences) {
    if (
      await repositories.meetings.insertOccurrence(meetingOfOccurrence(series, occurrence, now))
    ) {
      inserted += 1;
    }
  }
  return inserted;
}
