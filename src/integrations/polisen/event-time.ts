/**
 * When a police event happened, read from its `name` ("22 augusti 07.21, Trafikkontroll,
 * Sigtuna"). The name holds a Europe/Stockholm local day, month and usually a time, but no
 * year: the year comes from `datetime`, the time the police published or last updated the
 * event. Nothing here invents precision: a name without a time gives a day, a summary gives
 * the days it covers, a name without a date gives `unknown`.
 */

import {
  addDays,
  formatLocalDate,
  isRealDate,
  stockholmLocalTimeToUtc,
  stockholmOffsetMinutes,
  type LocalDate,
} from '../../shared/time/stockholm-time.js';
import { isSupportedYear } from '../../shared/time/supported-dates.js';

const swedishMonths =
  'januari februari mars april maj juni juli augusti september oktober november december';
const monthNumbers = new Map(swedishMonths.split(' ').map((name, index) => [name, index + 1]));

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Announced events (exercises, football matches) are named up to a few weeks ahead. */
const announcementLookaheadMs = 31 * dayMs;
/** A name time this much after publication cannot be the time of something that happened. */
const afterPublicationToleranceMs = 60 * minuteMs;

type DayPrecisionReason =
  /** The name has a date and nothing else. */
  | 'no_time_in_name'
  /** The name spans days: "21-22 augusti", "31 juli-1 augusti". */
  | 'date_span_in_name'
  /** A summary ("Sammanfattning natt"): its time is when it was written, not when anything happened. */
  | 'summary_of_a_period'
  /** A date followed by something that is not a clock time, such as "07.00-09.00". */
  | 'unrecognised_time_in_name';

type UnknownTimeReason = 'no_date_in_name' | 'impossible_date_in_name';

/** What the name says about when the event happened, and how precisely. */
export type PoliceEventTime =
  | {
      precision: 'minute';
      /** UTC, ISO 8601. */
      occurredAt: string;
      /** Europe/Stockholm, YYYY-MM-DD. */
      localDate: string;
      /**
       * The name's time lies more than an hour after publication. Real cases are planned
       * exercises announced ahead, and typing errors (often the publication day with the
       * previous evening's time); the importer should not trust such a time blindly.
       */
      isAfterPublication: boolean;
    }
  | {
      precision: 'day';
      firstLocalDate: string;
      lastLocalDate: string;
      /** UTC start of the first day, inclusive. */
      from: string;
      /** UTC start of the day after the last day, exclusive. */
      until: string;
      reason: DayPrecisionReason;
    }
  | { precision: 'unknown'; reason: UnknownTimeReason };

/**
 * Reads the feed's `datetime` ("2026-08-22 8:13:44 +02:00": hour not zero-padded, explicit
 * offset) as an instant. Returns null for anything else, so that the caller can report it.
 */
export function parsePublicationTime(datetime: string): Date | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)? ?(?:([+-])(\d{2}):?(\d{2})|Z)$/.exec(
      datetime.trim(),
    );
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map(Number);
  if (!isSupportedYear(year)) return null;
  if (!isRealDate({ year, month, day }) || hour > 23 || minute > 59 || second > 59) return null;
  const offsetSign = match[7] === '-' ? -1 : 1;
  const offsetMinutes = offsetSign * (Number(match[8] ?? 0) * 60 + Number(match[9] ?? 0));
  if (Math.abs(offsetMinutes) > 14 * 60) return null;
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(wallClockAsUtc - offsetMinutes * minuteMs);
}

/**
 * The time of a police event from its name, its type and its publication time (ISO 8601).
 * The year is the latest one that puts the named day no more than a month after publication,
 * so an event published on 1 January about "31 december 23.08" lands in the year before.
 */
export function policeEventTime(event: {
  name: string;
  type: string;
  publishedAt: string;
}): PoliceEventTime {
  const publishedAt = new Date(event.publishedAt);
  const datePart = (event.name.split(',')[0] ?? '').normalize('NFC').trim().toLowerCase();
  const parsed = parseDatePart(datePart.replace(/[–—]/g, '-'));
  if (parsed === null) return { precision: 'unknown', reason: 'no_date_in_name' };

  const isSummary = /^sammanfattning/i.test(event.type.trim());
  const last = withInferredYear(parsed.last, parsed.time ?? { hour: 0, minute: 0 }, publishedAt);
  if (last === null) return { precision: 'unknown', reason: 'impossible_date_in_name' };

  if (parsed.first !== null) {
    if (parsed.first.month === last.month && parsed.first.day > last.day) {
      return { precision: 'unknown', reason: 'impossible_date_in_name' };
    }
    // "30 december-2 januari" starts in the year before the one it ends in.
    const year = parsed.first.month <= last.month ? last.year : last.year - 1;
    const first = { ...parsed.first, year };
    if (!isRealDate(first)) return { precision: 'unknown', reason: 'impossible_date_in_name' };
    return dayRange(first, last, 'date_span_in_name');
  }
  if (isSummary) {
    return dayRange(summaryStart(event.type, last, parsed.time), last, 'summary_of_a_period');
  }
  if (parsed.time === undefined) return dayRange(last, last, 'no_time_in_name');
  if (parsed.time === null) return dayRange(last, last, 'unrecognised_time_in_name');

  const occurredAt = stockholmLocalTimeToUtc(last, parsed.time.hour, parsed.time.minute);
  return {
    precision: 'minute',
    occurredAt: occurredAt.toISOString(),
    localDate: formatLocalDate(last),
    isAfterPublication: occurredAt.getTime() > publishedAt.getTime() + afterPublicationToleranceMs,
  };
}

interface ParsedDatePart {
  /** Set only for a span of days. */
  first: { month: number; day: number } | null;
  last: { month: number; day: number };
  /** undefined: no time given; null: something that is not a clock time. */
  time: { hour: number; minute: number } | null | undefined;
}

function parseDatePart(datePart: string): ParsedDatePart | null {
  const acrossMonths = /^(\d{1,2})\s+(\p{L}+)\s*-\s*(\d{1,2})\s+(\p{L}+)(?:\s+(.+))?$/u.exec(
    datePart,
  );
  if (acrossMonths) {
    const firstMonth = monthNumbers.get(acrossMonths[2] ?? '');
    const lastMonth = monthNumbers.get(acrossMonths[4] ?? '');
    if (firstMonth === undefined || lastMonth === undefined) return null;
    return {
      first: { month: firstMonth, day: Number(acrossMonths[1]) },
      last: { month: lastMonth, day: Number(acrossMonths[3]) },
      time: undefined,
    };
  }
  const withinMonth = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?\s+(\p{L}+)(?:\s+(.+))?$/u.exec(datePart);
  if (!withinMonth) return null;
  const month = monthNumbers.get(withinMonth[3] ?? '');
  if (month === undefined) return null;
  const lastDay = Number(withinMonth[2] ?? withinMonth[1]);
  if (withinMonth[2] !== undefined) {
    return {
      first: { month, day: Number(withinMonth[1]) },
      last: { month, day: lastDay },
      time: undefined,
    };
  }
  return { first: null, last: { month, day: lastDay }, time: parseClockTime(withinMonth[4]) };
}

function parseClockTime(text: string | undefined): ParsedDatePart['time'] {
  if (text === undefined) return undefined;
  const match = /^(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

function withInferredYear(
  date: { month: number; day: number },
  time: { hour: number; minute: number },
  publishedAt: Date,
): LocalDate | null {
  const publicationYear = new Date(
    publishedAt.getTime() + stockholmOffsetMinutes(publishedAt) * minuteMs,
  ).getUTCFullYear();
  for (const year of [publicationYear + 1, publicationYear, publicationYear - 1]) {
    const candidate = { year, ...date };
    if (!isRealDate(candidate)) continue;
    const instant = stockholmLocalTimeToUtc(candidate, time.hour, time.minute);
    if (instant.getTime() <= publishedAt.getTime() + announcementLookaheadMs) return candidate;
  }
  return null;
}

/**
 * The first day a summary covers. Night and evening summaries (and "dygn") written in the
 * morning cover the day before as well; a weekend summary reaches back to Friday, a weekly
 * one a week.
 */
function summaryStart(type: string, last: LocalDate, time: ParsedDatePart['time']): LocalDate {
  const kind = type.trim().toLowerCase();
  const isWrittenInTheMorning = !time || time.hour < 12;
  const daysBack = kind.endsWith('vecka')
    ? 7
    : kind.endsWith('helg')
      ? 3
      : isWrittenInTheMorning && !/(förmiddag|eftermiddag| dag)$/.test(kind)
        ? 1
        : 0;
  return addDays(last, -daysBack);
}

function dayRange(first: LocalDate, last: LocalDate, reason: DayPrecisionReason): PoliceEventTime {
  return {
    precision: 'day',
    firstLocalDate: formatLocalDate(first),
    lastLocalDate: formatLocalDate(last),
    from: stockholmLocalTimeToUtc(first, 0, 0).toISOString(),
    until: stockholmLocalTimeToUtc(addDays(last, 1), 0, 0).toISOString(),
    reason,
  };
}
