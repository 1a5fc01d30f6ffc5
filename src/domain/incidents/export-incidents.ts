import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { IncidentFilter, IncidentView } from './incident.js';
import { organisationNames, readableIncidents } from './list-incidents.js';

export const exportFormats = ['csv', 'xlsx', 'geojson'] as const;
type ExportFormat = (typeof exportFormats)[number];

/** The most incidents one export holds; a larger selection is narrowed with the filters. */
export const exportLimit = 100_000;
const pageSize = 1_000;

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
  format: ExportFormat,
): Promise<IncidentExport> {
  // Authorised and named once; then read a page at a time straight from the store.
  const scope = await readableIncidents(deps, actor, 'incident.list');
  const names = await organisationNames(deps, actor);
  const incidents: IncidentView[] = [];
  let before: IncidentFilter['before'];
  for (;;) {
    const page = await deps.store.incidents.list(actor.municipalityId, {
      ...filter,
      ...scope,
      before,
      limit: pageSize,
    });
    incidents.push(
      ...page.map((incident) => ({
        ...incident,
        organisationName: names.get(incident.organisationId) ?? '',
      })),
    );
    const last = page.at(-1);
    if (!last || page.length < pageSize || incidents.length > exportLimit) break;
    before = { occurredAt: last.occurredAt, id: last.id };
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
