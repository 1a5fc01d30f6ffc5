import { randomUUID } from 'node:crypto';
import type { Repositories } from '../deps.js';
import type { AgendaItem, AgendaItemKind, Meeting } from './meeting.js';

export interface AgendaCandidate {
  kind: Exclude<AgendaItemKind, 'custom'>;
  sourceRef: string;
  title: string;
}

/**
 * Adds the candidates the agenda does not hold yet, at its end, in the order given. An item
 * once added (even if later removed) is never added again: its source reference is kept.
 * Returns how many were added.
 */
export async function addAutomaticItems(
  repositories: Repositories,
  meeting: Meeting,
  candidates: readonly AgendaCandidate[],
  now: Date,
): Promise<number> {
  const items = await repositories.meetingAgenda.listItems(meeting.id);
  const known = new Set(items.map((item) => item.sourceRef));
  let position = items.reduce((max, item) => Math.max(max, item.position + 1), 0);
  let added = 0;
  for (const candidate of candidates) {
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
