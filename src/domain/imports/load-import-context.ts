import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { IncidentSource } from '../incidents/incident.js';
import { loadTextPlacer } from '../places/load-text-placer.js';
import type { TextPlacer } from '../places/place-by-text.js';

/** Sources ids are read from storage this many at a time. */
const pageSize = 1_000;

interface ImportContext {
  municipalityName: string;
  /** Places texts by the municipality's place names and districts. */
  placer: TextPlacer;
  /** The codes of the taxonomy's categories that are not retired. */
  activeCategoryCodes: Set<string>;
  /** The municipality's own police type → category mapping, where it differs from the default. */
  policeTypeMapping: Record<string, string | null>;
  /** The stored descriptions of those of the given source ids that exist already. */
  storedDescriptions: Map<string, string>;
}

/**
 * What an adapter needs of the actor's municipality before it reads a file: its name, its
 * text placer, and what earlier runs stored of these records (a police event's body text is
 * kept when a later file has none).
 */
export async function loadImportContext(
  deps: Deps,
  actor: Actor,
  source: IncidentSource,
  sourceIds: readonly string[],
): Promise<ImportContext> {
  await authorize(deps, actor, 'incident.import', 'incident.import');
  const { store } = deps;
  const municipality = await store.municipalities.findById(actor.municipalityId);
  const placer = await loadTextPlacer(store, deps.placeNames, actor.municipalityId);
  const storedDescriptions = new Map<string, string>();
  for (let start = 0; start < sourceIds.length; start += pageSize) {
    const stored = await store.incidents.findSourceVersions(
      actor.municipalityId,
      source,
      sourceIds.slice(start, start + pageSize),
    );
    for (const [sourceId, record] of stored) storedDescriptions.set(sourceId, record.description);
  }
  const activeCategoryCodes = new Set(
    (await store.taxonomy.list(actor.municipalityId))
      .filter((category) => category.retiredAt === null)
      .map((category) => category.code),
  );
  const policeTypeMapping = Object.fromEntries(
    (await store.policeTypeMappings.list(actor.municipalityId)).map((item) => [
      item.policeType,
      item.categoryCode,
    ]),
  );
  return {
    municipalityName: municipality?.name ?? '',
    placer,
    activeCategoryCodes,
    policeTypeMapping,
    storedDescriptions,
  };
}
