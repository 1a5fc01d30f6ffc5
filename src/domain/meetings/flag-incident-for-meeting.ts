import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { addAutomaticItems, flaggedIncidentCandidate } from './agenda-items.js';
import { assertNoMeetingProblems, requireWritableMeeting } from './meeting-rules.js';
import type { FlaggedIncidentView } from './meeting-view.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/**
 * A coordinator flags an incident for a meeting: it goes on the meeting's agenda at once,
 * whether the agenda has been built from the picture or not (issue 15), and stays there when
 * the agenda is brought up to date. Flags live with the meeting; the incident itself is not
 * changed. Flagging the same incident again only changes the note (and the item's title, if
 * nobody has edited it).
 */
export async function flagIncidentForMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { incidentId: string; note?: string | undefined },
): Promise<FlaggedIncidentView> {
  await authorize(deps, actor, 'meeting.flag_incident', 'meeting.incident.flag');
  input = maskFreeTextFields(input, ['note'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const meeting = await requireWritableMeeting(repositories, actor, meetingId);
    const incident = await repositories.incidents.findById(actor.municipalityId, input.incidentId);
    if (!incident) {
      assertNoMeetingProblems([{ field: 'incidentId', problem: 'incident_unknown' }]);
      throw notFound('incident');
    }
    const existing = (await repositories.meetingAgenda.listFlags(meetingId)).find(
      (flag) => flag.incidentId === incident.id,
    );
    const flag = {
      id: existing?.id ?? randomUUID(),
      municipalityId: actor.municipalityId,
      meetingId,
      incidentId: incident.id,
      note: input.note?.trim() ?? existing?.note ?? '',
      flaggedByUserId: actor.userId,
      flaggedAt: existing?.flaggedAt ?? now.toISOString(),
    };
    await repositories.meetingAgenda.saveFlag(flag);
    await addAutomaticItems(
      repositories,
      meeting,
      [await flaggedIncidentCandidate(repositories, incident, flag.note)],
      now,
    );
    await recordAudit(repositories, now, actor, {
      action: 'meeting.incident.flag',
      entityType: 'meeting',
      entityId: meetingId,
      details: { incidentId: incident.id },
    });
    return {
      id: flag.id,
      incidentId: incident.id,
      meetingId,
      note: flag.note,
      categoryCode: incident.categoryCode,
      occurredAt: incident.occurredAt,
      districtIds: incident.districtIds,
      flaggedByUserId: flag.flaggedByUserId,
      flaggedAt: flag.flaggedAt,
    };
  });
}

/** Takes a flag off (by the flag's id); an agenda item already made from it stays. */
export async function unflagIncidentForMeeting(
  deps: Deps,
  actor: Actor,
  flagId: string,
): Promise<void> {
  await authorize(deps, actor, 'meeting.flag_incident', 'meeting.incident.unflag');
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    const flag = await repositories.meetingAgenda.findFlag(actor.municipalityId, flagId);
    if (!flag) throw notFound('flag');
    await requireWritableMeeting(repositories, actor, flag.meetingId);
    await repositories.meetingAgenda.deleteFlag(flag.id);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.incident.unflag',
      entityType: 'meeting',
      entityId: flag.meetingId,
      details: { incidentId: flag.incidentId },
    });
  });
}
