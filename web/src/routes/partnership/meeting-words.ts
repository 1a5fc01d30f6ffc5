import type { JointAction, Meeting } from '../../api/meetings';
import type { Locale } from '../../api/types';
import { formatNumber, toStockholmDay } from '../../i18n/format';
import type { MeetingsMessages } from '../../i18n/meetings/sv';

/** Coordinators and admins run the meetings (the server's `meeting.manage`). */
export function canManageMeetings(roles: readonly string[]): boolean {
  return roles.includes('coordinator') || roles.includes('admin');
}

/** Whole days from one calendar day to another (`2026-11-19` → `2026-11-27`: 8). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An action's due date in words: overdue ones say by how long (the server decides overdue). */
export function dueText(
  m: MeetingsMessages,
  action: Pick<JointAction, 'dueOn' | 'isOverdue'>,
  locale: Locale,
  today: string = toStockholmDay(new Date()),
): string {
  if (action.dueOn === null) return m.due.none;
  if (!action.isOverdue) return m.due.on(action.dueOn);
  const days = Math.max(1, daysBetween(action.dueOn, today));
  return m.due.overdue(action.dueOn, m.days(days, formatNumber(days, locale)));
}

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "tors 3 dec. 2026 09:00–10:30", in Swedish time whatever the browser's zone. */
export function meetingTimeText(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, locale: Locale) {
  const options = { timeZone: 'Europe/Stockholm' } as const;
  const day = new Intl.DateTimeFormat(intlLocales[locale], {
    ...options,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(meeting.startsAt));
  const clock = new Intl.DateTimeFormat(intlLocales[locale], {
    ...options,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day} ${clock.format(new Date(meeting.startsAt))}–${clock.format(new Date(meeting.endsAt))}`;
}

/** The meeting's length in minutes, as the forms ask for it. */
export function durationOf(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>): number {
  return Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60_000);
}
