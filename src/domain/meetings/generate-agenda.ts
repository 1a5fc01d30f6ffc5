import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { pictureCandidates } from './agenda-picture.js';
import { formatLocalDate, stockholmLocalParts } from '../../shared/time/stockholm-time.js';
import { agendaWords } from './agenda-words.js';
import {
  addAutomaticItems,
  flaggedIncidentCandidate,
  type AgendaCandidate,
} from './agenda-items.js';
import type { AgendaItem, Meeting } from './meeting.js';
import { isActionOpen, isActionOverdue, requireWritableMeeting } from './meeting-rules.js';
import { carriedActionsOf } from './meeting-view.js';

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
  for (const flag of await repositories.meetingAgenda.listFlags(meeting.id)) {
    const incident = await repositories.incidents.findById(actor.municipalityId, flag.incidentId);
    if (!incident) continue;
    candidates.push(await flaggedIncidentCandidate(repositories, incident, flag.note));
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
 * Builds the meeting's agenda from the situation picture: the largest changes of the last
 * whole week and the rises of the current week so far (marked partial), the alarms since the
 * last meeting with their decisions, how many new signals (counts only), the incidents flagged
 * for the meeting, and the joint actions due or still open. Run again, it adds only what is
 * new (and a decision taken since on an alarm item nobody edited): edited, reordered and
 * removed items stay as they are.
 */
export async function generateAgenda(
  deps: Deps,
  actor: Actor,
  meetingId: string,
): Promise<AgendaItem[]> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.generate');
  const meeting = await requireWritableMeeting(deps.store, actor, meetingId);
  const now = deps.clock();
  const fromPicture = await pictureCandidates(deps, actor, meeting, now);
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
