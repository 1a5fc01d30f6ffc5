import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { MeetingSeries } from './meeting.js';
import { canRead } from './meeting-rules.js';

/** The series the actor may see: all of the municipality's for a manager, else as a member. */
export async function listMeetingSeries(deps: Deps, actor: Actor): Promise<MeetingSeries[]> {
  await authorize(deps, actor, 'meeting.read_as_member', 'meeting_series.list');
  const series = await deps.store.meetings.listSeries(actor.municipalityId);
  return series.filter((item) => canRead(actor, item));
}

/** One series; NOT_FOUND as for a missing one when the actor is no member. */
export async function getMeetingSeries(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<MeetingSeries> {
  await authorize(deps, actor, 'meeting.read_as_member', 'meeting_series.read');
  const series = await deps.store.meetings.findSeries(actor.municipalityId, id);
  if (!series || !canRead(actor, series)) throw notFound('meeting series');
  return series;
}
