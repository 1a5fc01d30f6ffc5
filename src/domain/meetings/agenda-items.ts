import { randomUUID } from 'node:crypto';
import type { Repositories } from '../deps.js';
import type { Incident } from '../incidents/incident.js';
import { formatLocalDate, stockholmLocalParts } from '../../shared/time/stockholm-time.js';
import { agendaWords } from './agenda-words.js';
import type { AgendaItem, AgendaItemKind, Meeting } from './meeting.js';

export interface AgendaCandidate {
  kind: Exclude<AgendaItemKind, 'custom'>;
  sourceRef: string;
  title: string;
}

/**
 * Adds the candidates the agenda does not hold yet, at its end, in the order given. An item
 * once added (even if later removed) is never added again: its source reference is kept.
 * An item whose title nobody has edited takes the candidate's title. Returns how many were
 * added.
 */
export async function addAutomaticItems(
  repositories: Repositories,
  meeting: Meeting,
  candidates: readonly AgendaCandidate[],
  now: Date,
): Promise<number> {
  const items = await repositories.meetingAgenda.listItems(meeting.id);
  const known = new Set(items.map((item) => item.sourceRef));
  const bySource = new Map(items.map((item) => [item.sourceRef, item]));
  let position = items.reduce((max, item) => Math.max(max, item.position + 1), 0);
  let added = 0;
  for (const candidate of candidates) {
    const existing = bySource.get(candidate.sourceRef);
    if (
      existing &&
      existing.isAutomatic &&
      existing.removedAt === null &&
      existing.title !== candidate.title.slice(0, 300)
    ) {
      // Still in the picture's words (a person's edit of the title makes it their own): it
      // follows the picture, e.g. an alarm's decision taken since, or the week's count so far.
      await repositories.meetingAgenda.saveItem({
        ...existing,
        title: candidate.title.slice(0, 300),
        updatedAt: now.toISOString(),
      });
    }
    if (known.has(candidate.sourceRef)) continue;
    known.add(candidate.sourceRef);
    const item: AgendaItem = {
      id: randomUUID(),
      municipalityId: meeting.municipalityId,
      meetingId: meeting.id,
      position: position++,
      kind: candidate.kind,
      sourceRef: candidate.sourceRef,
      title: candidate.title.slice(0, 300),
      notes: '',
      decisions: '',
      isAutomatic: true,
      removedAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.meetingAgenda.saveItem(item);
    added += 1;
  }
  return added;
}

/** The items still on the agenda, renumbered 0… in their order. */
export function visibleItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter((item) => item.removedAt === null).sort((a, b) => a.position - b.position);
}

/** The agenda item a flagged incident makes: its category, day and the flag's note. */
export async function flaggedIncidentCandidate(
  repositories: Repositories,
  incident: Pick<Incident, 'id' | 'municipalityId' | 'categoryCode' | 'occurredAt'>,
  note: string,
): Promise<AgendaCandidate> {
  const categories = await repositories.taxonomy.list(incident.municipalityId);
  const category =
    categories.find((item) => item.code === incident.categoryCode)?.labelSv ??
    incident.categoryCode;
  const day = formatLocalDate(stockholmLocalParts(new Date(incident.occurredAt)));
  return {
    kind: 'flagged_incident',
    sourceRef: `incident:${incident.id}`,
    title: agendaWords.flaggedIncident(category, day, note),
  };
}
