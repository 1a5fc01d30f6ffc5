import type { Deps } from '../deps.js';
import type { Incident } from '../incidents/incident.js';
import { loadTextPlacer } from './load-text-placer.js';
import type { TextPlacement } from './place-by-text.js';

/** Incidents placed again per transaction; the event loop is free between batches. */
const batchSize = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Police events placed by their text; one with a GPS point or an address keeps it. */
const isPlacedByText = (incident: Incident) =>
  ['place_name', 'district', 'municipality'].includes(incident.location.precision);

const isSamePlacement = (incident: Incident, placement: TextPlacement) => {
  const stored = new Set(incident.districtIds);
  const { point, precision } = incident.location;
  return (
    precision === placement.precision &&
    point?.longitude === placement.point?.longitude &&
    point?.latitude === placement.point?.latitude &&
    stored.size === placement.districtIds.length &&
    placement.districtIds.every((id) => stored.has(id))
  );
};

/**
 * Places every police event of a municipality again from its stored text, against the place
 * names and the districts it has now: after a layer was added, replaced or deleted, an event
 * lands where it would have landed had the layer been there at its import. Runs in bounded
 * batches, each its own transaction, yielding between them. Text that retention removed
 * cannot be read again: such an event keeps its point, which the layer use cases place.
 * The caller has decided access. Returns how many events changed place.
 */
export async function placePoliceEventsAgain(deps: Deps, municipalityId: string): Promise<number> {
  const placer = await loadTextPlacer(deps.store, municipalityId);
  let changed = 0;
  for (let afterId = ''; ;) {
    const page = await deps.store.incidents.listBySource(
      municipalityId,
      'police_events',
      afterId,
      batchSize,
    );
    const updates = page.flatMap((incident) => {
      if (!isPlacedByText(incident) || incident.textRemovedAt !== null) return [];
      const placement = placer.place(incident.description);
      if (isSamePlacement(incident, placement)) return [];
      const location = {
        ...incident.location,
        point: placement.point,
        precision: placement.precision,
      };
      return [{ ...incident, location, districtIds: placement.districtIds }];
    });
    if (updates.length > 0) {
      await deps.store.transaction(async (repositories) => {
        for (const incident of updates) await repositories.incidents.updateFromSource(incident);
      });
      changed += updates.length;
    }
    const last = page.at(-1);
    if (!last || page.length < batchSize) break;
    afterId = last.id;
    await yieldToEventLoop();
  }
  return changed;
}
