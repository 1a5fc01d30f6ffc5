import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import type { Deps } from '../deps.js';
import { generateAgenda } from './generate-agenda.js';
import { canManageMeetings, requireReadableMeeting } from './meeting-rules.js';
import { viewMeeting, type MeetingDetail } from './meeting-view.js';

/**
 * One meeting with its agenda, minutes and actions, for a member or a manager (anyone else:
 * NOT_FOUND). The first time a manager opens an open meeting, its agenda builds itself.
 */
export async function getMeeting(deps: Deps, actor: Actor, id: string): Promise<MeetingDetail> {
  let meeting = await requireReadableMeeting(deps, actor, id, 'meeting.read');
  if (
    canManageMeetings(actor) &&
    meeting.agendaGeneratedAt === null &&
    meeting.closedAt === null &&
    meeting.cancelledAt === null
  ) {
    await generateAgenda(deps, actor, id);
    meeting = await requireReadableMeeting(deps, actor, id, 'meeting.read');
  }
  const detail = await viewMeeting(deps.store, actor, meeting, deps.clock());
  // Agenda, minutes and actions are free text: every opening is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'meeting.read',
    entityType: 'meeting',
    ids: [meeting.id],
  });
  return detail;
}
