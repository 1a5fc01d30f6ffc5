import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  addDays,
  startOfStockholmDay,
  stockholmLocalParts,
} from '../../shared/time/stockholm-time.js';
import { canRead } from './meeting-rules.js';
import { summariseMeeting, type MeetingSummary } from './meeting-view.js';
import { materialiseSeries } from './series-occurrences.js';

const parseDay = (text: string) => {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return { year, month, day };
};

/**
 * The meetings the actor may see between two Stockholm days (`to` included); by default five
 * weeks back and ten ahead. Every series' coming meetings are made to exist first, so the
 * list always reaches eight meetings ahead.
 */
export async function listMeetings(
  deps: Deps,
  actor: Actor,
  filter: { from?: string | undefined; to?: string | undefined; seriesId?: string | undefined },
): Promise<MeetingSummary[]> {
  await authorize(deps, actor, 'meeting.read_as_member', 'meeting.list');
  const now = deps.clock();
  const series = await deps.store.meetings.listSeries(actor.municipalityId);
  if (series.length > 0) {
    await deps.store.transaction(async (repositories) => {
      for (const item of series) await materialiseSeries(repositories, item, now);
    });
  }
  const today = stockholmLocalParts(now);
  const from = startOfStockholmDay(filter.from ? parseDay(filter.from) : addDays(today, -35));
  const to = startOfStockholmDay(addDays(filter.to ? parseDay(filter.to) : addDays(today, 70), 1));
  const meetings = await deps.store.meetings.listMeetings(actor.municipalityId, {
    from: from.toISOString(),
    to: to.toISOString(),
    ...(filter.seriesId ? { seriesId: filter.seriesId } : {}),
  });
  const readable = meetings.filter((meeting) => canRead(actor, meeting));
  // Notes and guests are free text, naming people: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'meeting.list',
    entityType: 'meeting',
    ids: readable.map((meeting) => meeting.id),
  });
  return readable.map((meeting) => summariseMeeting(meeting, actor));
}
