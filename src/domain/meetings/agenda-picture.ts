import { shiftPeriod, type Period } from '../../analysis/periods.js';
import { shownCount } from '../../analysis/disclosure-control.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import type { Deps } from '../deps.js';
import { listAlarms } from '../early-warning/list-alarms.js';
import { countSignals } from '../signals/count-signals.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import { agendaWords } from './agenda-words.js';
import type { AgendaCandidate } from './agenda-items.js';
import { agendaWeeks, partialWeekLabel, weekLabel, type AgendaWeeks } from './agenda-weeks.js';
import type { Meeting } from './meeting.js';

/** The most changes from the picture an agenda lists, per week. */
const changeLimit = 5;

/** The most weeks back an agenda looks for alarms, however long since the last meeting. */
const alarmWeeksLimit = 5;

/** The largest changes of a week; of the week so far only rises (a part-week cannot fall). */
async function changeCandidates(
  deps: Deps,
  actor: Actor,
  week: Period,
  label: string,
  isPartial: boolean,
): Promise<AgendaCandidate[]> {
  const picture = await getSituationPicture(deps, actor, {
    periodKind: 'week',
    periodKey: week.key,
    locale: 'sv',
  });
  return (
    picture.largestChanges
      // Fewer incidents in the days so far than in a whole earlier week says nothing yet;
      // more already is a rise.
      .filter((change) => !isPartial || change.direction === 'rise')
      .slice(0, changeLimit)
      .map((change) => ({
        kind: 'largest_change' as const,
        sourceRef: `change:${week.key}:${change.districtId ?? 'all'}:${change.categoryCode}`,
        title: agendaWords.change(label, change.sentence),
      }))
  );
}

/**
 * The weeks since the meeting before this one (the series' last held meeting; a one-off
 * meeting: the last whole week) up to the current week, at most `alarmWeeksLimit`.
 */
async function alarmWeeks(deps: Deps, meeting: Meeting, weeks: AgendaWeeks): Promise<Period[]> {
  let first = weeks.lastWeek;
  if (meeting.seriesId !== null) {
    const earlier = await deps.store.meetings.listMeetings(meeting.municipalityId, {
      seriesId: meeting.seriesId,
      to: meeting.startsAt,
    });
    const previous = earlier.filter((item) => item.cancelledAt === null && item.id !== meeting.id);
    const last = previous.at(-1);
    if (last && last.startsAt < first.from) {
      first = agendaWeeks(last, new Date(last.startsAt)).currentWeek;
    }
  }
  const periods: Period[] = [];
  for (let step = 0; step < alarmWeeksLimit; step += 1) {
    const week = shiftPeriod(weeks.currentWeek, -step);
    periods.unshift(week);
    if (week.key === first.key) break;
  }
  return periods;
}

/** The alarms of the weeks since the last meeting, decided or not, with the decision. */
async function alarmCandidates(
  deps: Deps,
  actor: Actor,
  meeting: Meeting,
  weeks: AgendaWeeks,
): Promise<AgendaCandidate[]> {
  const candidates: AgendaCandidate[] = [];
  for (const week of await alarmWeeks(deps, meeting, weeks)) {
    const label = week.key === weeks.currentWeek.key ? partialWeekLabel(weeks) : weekLabel(week);
    const { alarms } = await listAlarms(deps, actor, { periodKey: week.key, locale: 'sv' });
    for (const alarm of alarms) {
      candidates.push({
        kind: 'alarm',
        sourceRef: `alarm:${alarm.key}`,
        title: agendaWords.alarm(label, alarm.sentence, alarm.decision),
      });
    }
  }
  return candidates;
}

/** The week's new signals, counts only (the agenda is read by members who may not read them). */
async function signalCandidates(
  deps: Deps,
  actor: Actor,
  week: Period,
): Promise<AgendaCandidate[]> {
  if (!isPermitted(actor, 'signal.count')) return [];
  const { counts } = await countSignals(deps, actor, { periodKind: 'week', periodKey: week.key });
  const categories = await deps.store.taxonomy.list(actor.municipalityId);
  const labels = new Map(categories.map((category) => [category.code, category.labelSv]));
  const byCategory = new Map<string, number>();
  for (const count of counts.filter((item) => item.districtId === null)) {
    byCategory.set(
      count.categoryCode,
      (byCategory.get(count.categoryCode) ?? 0) + (count.count ?? 0),
    );
  }
  const total = [...byCategory.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0) return [];
  const parts = [...byCategory]
    .sort((a, b) => b[1] - a[1])
    // Every member reads the agenda: a count under 3 reads "<3" (the small-count rule).
    .map(([code, count]) => `${labels.get(code) ?? code} ${shownCount(count) ?? '<3'}`)
    .join(', ');
  return [
    {
      kind: 'signals',
      sourceRef: `signals:${week.key}`,
      title: agendaWords.signals(weekLabel(week), shownCount(total) ?? '<3', parts),
    },
  ];
}

/**
 * What the situation picture puts on the agenda: the last whole week's largest changes and
 * the current week's rises so far (marked as partial, with its days), the alarms since the
 * last meeting whether decided or not, and the last week's new signals.
 */
export async function pictureCandidates(
  deps: Deps,
  actor: Actor,
  meeting: Meeting,
  now: Date,
): Promise<AgendaCandidate[]> {
  const weeks = agendaWeeks(meeting, now);
  return [
    ...(await alarmCandidates(deps, actor, meeting, weeks)),
    ...(await changeCandidates(deps, actor, weeks.currentWeek, partialWeekLabel(weeks), true)),
    ...(await changeCandidates(deps, actor, weeks.lastWeek, weekLabel(weeks.lastWeek), false)),
    ...(await signalCandidates(deps, actor, weeks.lastWeek)),
  ];
}
