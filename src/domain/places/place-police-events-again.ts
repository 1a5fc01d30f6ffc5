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
 * batches, each one transaction that reads the districts as they are then, the page and its
 * writes, yielding between them: a layer changed meanwhile is never written from the old one.
 * Only the place moves (updatePlacement): an import or retention running at the same time
 * keeps its text, category and version. Text that retention removed cannot be read again:
 * such an event keeps its point, which the layer use cases place.
 * The caller has decided access. Returns how many events changed place.
 */
export async function placePoliceEventsAgain(deps: Deps, municipalityId: string): Promise<number> {
  let changed = 0;
  for (let afterId = ''; ;) {
    const { page, moved } = await deps.store.transaction(async (repositories) => {
      const placer = await loadTextPlacer(repositories, deps.placeNames, municipalityId);
      const incidents = await repositories.incidents.listBySource(
        municipalityId,
        'police_events',
        afterId,
        batchSize,
      );
      let movedInBatch = 0;
      for (const incident of incidents) {
        if (!isPlacedByText(incident) || incident.textRemovedAt !== null) continue;
        const placement = placer.place(incident.description);
        if (isSamePlacement(incident, placement)) continue;
        const moved = await repositories.incidents.updatePlacement(incident.id, {
          ...placement,
          placedFrom: incident.description,
        });
        if (moved) movedInBatch += 1;
      }
      return { page: incidents, moved: movedInBatch };
    });
    changed += moved;
    const last = page.at(-1);
    if (!last || page.length < batchSize) break;
    afterId = last.id;
    await yieldToEventLoop();
  }
  return changed;
}

/** How placing the police events again after a layer change went: the layer change stands either way. */
export type PoliceEventsPlacedAgain =
  { status: 'done'; moved: number } | { status: 'failed'; error: unknown };

/**
 * Places the police events again after a committed layer change, and reports a failure instead
 * of throwing it: the layer change succeeded and stays; the events keep their earlier districts
 * (each batch is all or nothing) until the next layer change. The caller logs a failure.
 */
export async function placePoliceEventsAfterLayerChange(
  deps: Deps,
  municipalityId: string,
): Promise<PoliceEventsPlacedAgain> {
  try {
    return { status: 'done', moved: await placePoliceEventsAgain(deps, municipalityId) };
  } catch (error) {
    return { status: 'failed', error };
  }
}
