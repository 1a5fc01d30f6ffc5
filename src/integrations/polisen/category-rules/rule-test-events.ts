import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryOfPoliceEventType } from '../event-type-mapping.js';
import { parsePoliceEventBodies, parsePoliceEvents } from '../police-event.js';
import { policeEventDescription } from '../read-police-events-file.js';
import type { CategoryRule } from './category-rule.js';

const fixtures = join(import.meta.dirname, '../../../../test/fixtures/polisen-events');
const { events } = parsePoliceEvents(
  JSON.parse(readFileSync(join(fixtures, 'events_stockholms_lan.json'), 'utf8')),
);
const { bodies } = parsePoliceEventBodies(
  readFileSync(join(fixtures, 'event_bodies_stockholms_lan.jsonl'), 'utf8'),
);

/** What a rule makes of a real event of the archive (test/fixtures/polisen-events), by id. */
export function refineArchived(rule: CategoryRule, id: number): string | null {
  const event = events.find((item) => item.id === id);
  if (!event) throw new Error(`event ${id} is not in the archive`);
  const category = categoryOfPoliceEventType(event.type);
  if (category.status !== 'category') throw new Error(`event ${id} has no category`);
  const text = policeEventDescription(event.summary, bodies.get(id) ?? null);
  return rule.refine({ type: event.type, text }, category.categoryCode);
}
