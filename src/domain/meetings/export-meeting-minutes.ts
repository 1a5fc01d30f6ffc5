import type { MeetingMinutesData } from './meeting-minutes-data.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { buildMinutesData } from './build-minutes-data.js';
import { requireReadableMeeting } from './meeting-rules.js';
import { currentMinutes } from './meeting-view.js';

/**
 * The minutes' data for a DOCX or PDF, for a member or a manager; the export is audited.
 * An open meeting's minutes come out as a draft; a closed one's as frozen at closing.
 */
export async function exportMeetingMinutes(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  format: 'docx' | 'pdf',
): Promise<MeetingMinutesData> {
  const meeting = await requireReadableMeeting(deps, actor, meetingId, 'meeting.minutes.export');
  const data = await buildMinutesData(
    deps.store,
    meeting,
    await currentMinutes(deps.store, meeting),
  );
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, deps.clock(), actor, {
      action: 'meeting.minutes.export',
      entityType: 'meeting',
      entityId: meetingId,
      details: { format, isFinal: data.isFinal },
    }),
  );
  return data;
}
