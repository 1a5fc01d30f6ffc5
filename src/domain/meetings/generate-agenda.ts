import { periodContaining, shiftPeriod } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { listAlarms } from '../early-warning/list-alarms.js';
import { shownCount } from '../../analysis/disclosure-control.js';
import { countSignals } from '../signals/count-signals.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import { formatLocalDate, stockholmLocalParts } from '../../shared/time/stockholm-time.js';
import { agendaWords } from './agenda-words.js';
import { addAutomaticItems, type AgendaCandidate } from './agenda-items.js';
import type { AgendaItem, Meeting } from './meeting.js';
import { isActionOpen, isActionOverdue, requireWritableMeeting } from './meeting-rules.js';
import { carriedActionsOf } from './meeting-view.js';

/** The most changes from the picture an agenda lists. */
const changeLimit = 5;

/** The week the agenda looks back on: the last whole ISO week before the meeting. */
const agendaWeek = (meeting: Meeting) =>
  shiftPeriod(periodContaining('week', new Date(meeting.startsAt)), -1);

/** What the week's situation picture, alarms and signals put on the agenda. */
async function pictureCandidates(
  deps: Deps,
  actor: Actor,
  meeting: Meeting,
): Promise<AgendaCandidate[]> {
  const week = agendaWeek(meeting);
  const picture = await getSituationPicture(deps, actor, {
    periodKind: 'week',
    periodKey: week.key,
    locale: 'sv',
  });
  const candidates: AgendaCandidate[] = picture.largestChanges
    .slice(0, changeLimit)
    .map((change) => ({
      kind: 'largest_change',
      sourceRef: `change:${week.key}:${change.districtId ?? 'all'}:${change.categoryCode}`,
      title: change.sentence,
    }));
  const alarms = await listAlarms(deps, actor, { periodKey: week.key, locale: 'sv' });
  for (const alarm of alarms.alarms) {
    if (alarm.decision === null) {
      candidates.push({ kind: 'alarm', sourceRef: `alarm:${alarm.key}`, title: alarm.sentence });
    }
  }
  // Counts only: the agenda is read by members who may not read the register's text.
  if (isPermitted(actor, 'signal.count')) {
    const { counts } = await countSignals(deps, actor, {
      periodKind: 'week',
      periodKey: week.key,
    });
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
    if (total > 0) {
      const parts = [...byCategory]
        .sort((a, b) => b[1] - a[1])
        // Every member reads the agenda: a count under 3 reads "<3" (the small-count rule).
        .map(([code, count]) => `${labels.get(code) ?? code} ${shownCount(count) ?? '<3'}`)
        .join(', ');
      candidates.push({
        kind: 'signals',
        sourceRef: `signals:${week.key}`,
        title: agendaWords.signals(week.key, shownCount(total) ?? '<3', parts),
      });
    }
  }
  return candidates;
}

/**
 * Flagged incidents and joint actions: a series meeting carries every open action of its
 * series; a one-off meeting lists the open actions of its organisations due by its day.
 */
async function workCandidates(
  repositories: Repositories,
  actor: Actor,
  meeting: Meeting,
  now: Date,
): Promise<AgendaCandidate[]> {
  const candidates: AgendaCandidate[] = [];
  const categories = await repositories.taxonomy.list(actor.municipalityId);
  const labels = new Map(categories.map((category) => [category.code, category.labelSv]));
  for (const flag of await repositories.meetingAgenda.listFlags(meeting.id)) {
    const incident = await repositories.incidents.findById(actor.municipalityId, flag.incidentId);
    if (!incident) continue;
    candidates.push({
      kind: 'flagged_incident',
      sourceRef: `incident:${incident.id}`,
      title: agendaWords.flaggedIncident(
        labels.get(incident.categoryCode) ?? incident.categoryCode,
        formatLocalDate(stockholmLocalParts(new Date(incident.occurredAt))),
        flag.note,
      ),
    });
  }
  const meetingDay = formatLocalDate(stockholmLocalParts(new Date(meeting.startsAt)));
  const carried = await carriedActionsOf(repositories, meeting);
  const all = await repositories.jointActions.list(actor.municipalityId);
  const due = all.filter(
    (action) =>
      isActionOpen(action) &&
      action.dueOn !== null &&
      action.dueOn <= meetingDay &&
      action.meetingId !== meeting.id &&
      // A series carries its own; a one-off meeting hears what its organisations have due.
      meeting.seriesId === null &&
      action.organisationIds.some((id) => meeting.organisationIds.includes(id)),
  );
  const seen = new Set<string>();
  for (const action of [...carried, ...due]) {
    if (seen.has(action.id)) continue;
    seen.add(action.id);
    candidates.push({
      kind: 'joint_action',
      sourceRef: `action:${action.id}`,
      title: agendaWords.jointAction(
        action.title,
        agendaWords.statuses[action.status],
        action.dueOn,
        isActionOverdue(action, now),
      ),
    });
  }
  return candidates;
}

/**
 * Builds the meeting's agenda from the week's situation picture: the largest changes, the
 * alarms nobody has decided on, how many new signals (counts only), the incidents flagged for
 * the meeting, and the joint actions due or still open. Run again, it adds only what is new:
 * edited, reordered and removed items stay as they are.
 */
export async function generateAgenda(
  deps: Deps,
  actor: Actor,
  meetingId: string,
): Promise<AgendaItem[]> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.generate');
  const meeting = await requireWritableMeeting(deps.store, actor, meetingId);
  const fromPicture = await pictureCandidates(deps, actor, meeting);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await requireWritableMeeting(repositories, actor, meetingId);
    const candidates = [
      ...fromPicture,
      ...(await workCandidates(repositories, actor, current, now)),
    ];
    const added = await addAutomaticItems(repositories, current, candidates, now);
    await repositories.meetings.saveMeeting({
      ...current,
      agendaGeneratedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.generate',
      entityType: 'meeting',
      entityId: meetingId,
      details: { added },
    });
    const items = await repositories.meetingAgenda.listItems(meetingId);
    return items.filter((item) => item.removedAt === null);
  });
}
