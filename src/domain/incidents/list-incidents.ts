import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { IncidentFilter, IncidentView } from './incident.js';

export interface IncidentPage {
  incidents: IncidentView[];
  /** Pass as `before` for the next page; null on the last page. */
  next: { reportedAt: string; id: string } | null;
}

/**
 * The incidents a user may read, newest reported first: all of the municipality's for
 * coordinators and analysts, their own organisation's for reporters. Viewers (politicians,
 * boards) see aggregates only and get FORBIDDEN here.
 */
export async function listIncidents(
  deps: Deps,
  actor: Actor,
  filter: IncidentFilter,
): Promise<IncidentPage> {
  const isAll = isPermitted(actor, 'incident.read_all');
  if (!isAll) await authorize(deps, actor, 'incident.read_own_organisation', 'incident.list');
  const scoped: IncidentFilter = {
    ...filter,
    limit: filter.limit + 1,
    ...(isAll ? {} : { organisationId: actor.organisationId ?? '' }),
  };
  const incidents = await deps.store.incidents.list(actor.municipalityId, scoped);
  const names = new Map(
    (await deps.store.organisations.list(actor.municipalityId)).map((item) => [item.id, item.name]),
  );
  const page = incidents.slice(0, filter.limit).map((incident) => ({
    ...incident,
    organisationName: names.get(incident.organisationId) ?? '',
  }));
  const last = page.at(-1);
  return {
    incidents: page,
    next:
      incidents.length > filter.limit && last ? { reportedAt: last.reportedAt, id: last.id } : null,
  };
}
