import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { IncidentFilter, IncidentView } from './incident.js';
import { listIncidents } from './list-incidents.js';

/** The most incidents one export holds; a larger selection is narrowed with the filters. */
export const exportLimit = 100_000;

export interface IncidentExport {
  incidents: IncidentView[];
  /** More incidents matched than one export holds. */
  isTruncated: boolean;
  categoryLabels: Map<string, string>;
  districtNames: Map<string, string>;
}

/**
 * The incidents a user may read that match the filters, for an export. The export is
 * recorded in the audit log with its filters and size: it carries free text out of Tryggve.
 */
export async function exportIncidents(
  deps: Deps,
  actor: Actor,
  filter: Omit<IncidentFilter, 'limit' | 'before'>,
  format: 'csv' | 'geojson',
): Promise<IncidentExport> {
  const incidents: IncidentView[] = [];
  let before: IncidentFilter['before'];
  for (;;) {
    const page = await listIncidents(deps, actor, { ...filter, before, limit: 500 });
    incidents.push(...page.incidents);
    if (!page.next || incidents.length >= exportLimit + 1) break;
    before = page.next;
  }
  const isTruncated = incidents.length > exportLimit;
  const exported = incidents.slice(0, exportLimit);
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, deps.clock(), actor, {
      action: 'incident.export',
      entityType: 'incident',
      entityId: null,
      details: { format, count: exported.length, isTruncated, filter: { ...filter } },
    }),
  );
  const [categories, districts] = await Promise.all([
    deps.store.taxonomy.list(actor.municipalityId),
    deps.store.municipalities.listDistricts(actor.municipalityId),
  ]);
  return {
    incidents: exported,
    isTruncated,
    categoryLabels: new Map(categories.map((category) => [category.code, category.labelSv])),
    districtNames: new Map(districts.map((district) => [district.id, district.name])),
  };
}
