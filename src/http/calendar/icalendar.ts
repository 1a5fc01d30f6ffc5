import type { CalendarFeedContent } from '../../domain/meetings/calendar-feed.js';

/**
 * The iCalendar (RFC 5545) text of a user's feed: the meetings in UTC (so no VTIMEZONE is
 * needed: Outlook and others show them in the viewer's zone), the joint-action deadlines as
 * all-day events; stable UIDs, CRLF line ends, lines folded at 75 octets, TEXT escaped.
 */

const words = {
  calendarName: 'Tryggve: möten och insatser',
  deadline: (title: string) => `Gemensam insats klar senast: ${title}`,
  expectedResult: 'Förväntat resultat',
};

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 2026-12-03T08:00:00.000Z → 20261203T080000Z */
const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const dateValue = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
};

export function renderCalendar(content: CalendarFeedContent, now: Date, host: string): string {
  const stamp = utcStamp(now.toISOString());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tryggve//Möten och gemensamma insatser//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(words.calendarName)}`,
  ];
  for (const meeting of content.meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${meeting.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utcStamp(meeting.updatedAt)}`,
      `DTSTART:${utcStamp(meeting.startsAt)}`,
      `DTEND:${utcStamp(meeting.endsAt)}`,
      `SUMMARY:${escapeText(meeting.title)}`,
      ...(meeting.place ? [`LOCATION:${escapeText(meeting.place)}`] : []),
      `STATUS:${meeting.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  for (const action of content.deadlines) {
    const description = [
      action.description,
      action.expectedResult ? `${words.expectedResult}: ${action.expectedResult}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:joint-action-${action.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utcStamp(action.updatedAt)}`,
      `DTSTART;VALUE=DATE:${dateValue(action.dueOn)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(action.dueOn))}`,
      `SUMMARY:${escapeText(words.deadline(action.title))}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
