import { periodContaining, shiftPeriod, type Period } from '../../analysis/periods.js';
import { daysBetween, isoWeekOf } from '../../shared/time/calendar.js';
import { stockholmLocalParts, type LocalDate } from '../../shared/time/stockholm-time.js';
import type { Meeting } from './meeting.js';

/** The weeks an agenda looks at: the current week so far beside the last whole week. */
export interface AgendaWeeks {
  /** The last whole ISO week before the meeting's week. */
  lastWeek: Period;
  /** The week the agenda is built in (or the meeting's, once it has taken place), so far. */
  currentWeek: Period;
  /** The days of the current week so far: Monday up to and including `lastDay`. */
  lastDay: LocalDate;
  /** 1–7. */
  dayCount: number;
}

/**
 * The weeks an agenda built at `now` for `meeting` looks at. Up to the meeting the current
 * week is the one running now, with the days it has had so far; after the meeting (an
 * agenda brought up to date later), the meeting's own week up to its day.
 */
export function agendaWeeks(meeting: Pick<Meeting, 'startsAt'>, now: Date): AgendaWeeks {
  const reference = new Date(Math.min(now.getTime(), Date.parse(meeting.startsAt)));
  const currentWeek = periodContaining('week', reference);
  const lastDay = stockholmLocalParts(reference);
  return {
    lastWeek: shiftPeriod(currentWeek, -1),
    currentWeek,
    lastDay: { year: lastDay.year, month: lastDay.month, day: lastDay.day },
    dayCount: daysBetween(currentWeek.firstDay, lastDay) + 1,
  };
}

/** "Vecka 50, 2026": the one form of a week's name in every document. */
export function weekLabel(period: Period): string {
  const { year, week } = isoWeekOf(period.firstDay);
  return `Vecka ${week}, ${year}`;
}

const shortDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

const dayText = ({ year, month, day }: LocalDate) =>
  shortDay.format(new Date(Date.UTC(year, month - 1, day))).replace(/\./g, '');

/** "Vecka 50, 2026, hittills (mån 7 dec–tors 10 dec, 4 dagar)": a partial week, marked. */
export function partialWeekLabel(weeks: AgendaWeeks): string {
  const { currentWeek, lastDay, dayCount } = weeks;
  const days =
    dayCount === 1
      ? `${dayText(lastDay)}, 1 dag`
      : `${dayText(currentWeek.firstDay)}–${dayText(lastDay)}, ${dayCount} dagar`;
  return `${weekLabel(currentWeek)}, hittills (${days})`;
}
