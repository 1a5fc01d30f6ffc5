import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { notFound } from '../errors.js';
import { visibleItems } from './agenda-items.js';
import type { AgendaItem } from './meeting.js';
import {
  assertNoMeetingProblems,
  requireWritableMeeting,
  requireWritableMeetingAsMember,
} from './meeting-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface AgendaItemFields {
  title?: string | undefined;
  notes?: string | undefined;
  decisions?: string | undefined;
}

/** The item still on its agenda, and its meeting open for writing. */
async function requireItem(
  repositories: Repositories,
  actor: Actor,
  itemId: string,
): Promise<AgendaItem> {
  const item = await repositories.meetingAgenda.findItem(actor.municipalityId, itemId);
  if (!item || item.removedAt !== null) throw notFound('agenda item');
  await requireWritableMeeting(repositories, actor, item.meetingId);
  return item;
}

/** Writes the items' positions 0… in the order given, where they changed. */
async function renumber(repositories: Repositories, items: AgendaItem[], now: string) {
  for (const [position, item] of items.entries()) {
    if (item.position !== position) {
      await repositories.meetingAgenda.saveItem({ ...item, position, updatedAt: now });
    }
  }
}

/**
 * Adds an item of its own to an open meeting's agenda, at `position` or at the end. Every
 * member may, before and during the meeting: the police member raises her own points
 * (issue 15), whatever role her organisation's users hold; others get NOT_FOUND.
 */
export async function addAgendaItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: AgendaItemFields & { title: string; position?: number | undefined },
): Promise<AgendaItem> {
  await authorize(deps, actor, 'meeting.read_as_member', 'meeting.agenda.add');
  input = maskFreeTextFields(input, ['title', 'notes', 'decisions'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const meeting = await requireWritableMeetingAsMember(repositories, actor, meetingId);
    if (input.title.trim() === '') {
      assertNoMeetingProblems([{ field: 'title', problem: 'required' }]);
    }
    const items = visibleItems(await repositories.meetingAgenda.listItems(meetingId));
    const position = Math.min(input.position ?? items.length, items.length);
    const item: AgendaItem = {
      id: randomUUID(),
      municipalityId: meeting.municipalityId,
      meetingId,
      position,
      kind: 'custom',
      sourceRef: null,
      title: input.title.trim(),
      notes: input.notes ?? '',
      decisions: input.decisions ?? '',
      isAutomatic: false,
      removedAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.meetingAgenda.saveItem(item);
    items.splice(position, 0, item);
    await renumber(repositories, items, now.toISOString());
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.add',
      entityType: 'meeting',
      entityId: meetingId,
      details: { itemId: item.id },
    });
    return item;
  });
}

/** Changes an item's title, its notes (the minutes) or its decisions. */
export async function updateAgendaItem(
  deps: Deps,
  actor: Actor,
  itemId: string,
  input: AgendaItemFields,
): Promise<AgendaItem> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.update');
  input = maskFreeTextFields(input, ['title', 'notes', 'decisions'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await requireItem(repositories, actor, itemId);
    const meetingId = current.meetingId;
    if (input.title !== undefined && input.title.trim() === '') {
      assertNoMeetingProblems([{ field: 'title', problem: 'required' }]);
    }
    const item: AgendaItem = {
      ...current,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      // A title a person wrote is theirs: bringing the agenda up to date leaves it alone.
      ...(input.title !== undefined && input.title.trim() !== current.title
        ? { isAutomatic: false }
        : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.decisions !== undefined ? { decisions: input.decisions } : {}),
      updatedAt: now.toISOString(),
    };
    await repositories.meetingAgenda.saveItem(item);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.update',
      entityType: 'meeting',
      entityId: meetingId,
      details: { itemId, fields: Object.keys(input).sort() },
    });
    return item;
  });
}

/** Takes an item off the agenda; regenerating the agenda does not bring it back. */
export async function removeAgendaItem(deps: Deps, actor: Actor, itemId: string): Promise<void> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.remove');
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    const item = await requireItem(repositories, actor, itemId);
    const meetingId = item.meetingId;
    await repositories.meetingAgenda.saveItem({
      ...item,
      removedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const rest = visibleItems(await repositories.meetingAgenda.listItems(meetingId));
    await renumber(repositories, rest, now.toISOString());
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.remove',
      entityType: 'meeting',
      entityId: meetingId,
      details: { itemId },
    });
  });
}

/** Puts the agenda in the order given: every item on it, each once. */
export async function reorderAgenda(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  itemIds: readonly string[],
): Promise<AgendaItem[]> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.reorder');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    await requireWritableMeeting(repositories, actor, meetingId);
    const items = visibleItems(await repositories.meetingAgenda.listItems(meetingId));
    const byId = new Map(items.map((item) => [item.id, item]));
    if (
      itemIds.length !== items.length ||
      new Set(itemIds).size !== itemIds.length ||
      itemIds.some((id) => !byId.has(id))
    ) {
      assertNoMeetingProblems([{ field: 'itemIds', problem: 'order_mismatch' }]);
    }
    const ordered = itemIds.map((id) => byId.get(id) as AgendaItem);
    await renumber(repositories, ordered, now.toISOString());
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.reorder',
      entityType: 'meeting',
      entityId: meetingId,
      details: null,
    });
    return visibleItems(await repositories.meetingAgenda.listItems(meetingId));
  });
}
