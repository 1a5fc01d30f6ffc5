import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { IncidentFilter, IncidentView } from './incident.js';

interface IncidentPage {
  incidents: IncidentView[];
  /** Pass as `before` for the next page; null on the last page. */
  next: { occurredAt: string; id: string } | null;
}

/**
 * Which incidents the actor may read, as a filter: all of the municipality's for
 * coordinators and analysts, their own organisation's for reporters. Anyone else (viewers:
 * politicians and boards see aggregates only) gets FORBIDDEN, logged as `action`.
 */
export async function readableIncidents(
  deps: Deps,
  actor: Actor,
  action: string,
): Promise<Pick<IncidentFilter, 'organisationId'>> {
  if (isPermitted(actor, 'incident.read_all')) return {};
  await authorize(deps, actor, 'incident.read_own_organisation', action);
  return { organisationId: actor.organisationId ?? '' };
}

/** Names of the municipality's organisations, to show beside incidents. */
export async function organisationNames(deps: Deps, actor: Actor): Promise<Map<string, string>> {
  const organisations = await deps.store.organisations.list(actor.municipalityId);
  return new Map(organisations.map((item) => [item.id, item.name]));
}

/** The incidents a user may read, newest reported first (see `readableIncidents`). */
export async function listIncidents(
  deps: Deps,
  actor: Actor,
  filter: IncidentFilter,
): Promise<IncidentPage> {
  const scope = await readableIncidents(deps, actor, 'incident.list');
  const incidents = await deps.store.incidents.list(actor.municipalityId, {
    ...filter,
    limit: filter.limit + 1,
    ...scope,
  });
  const names = await organisationNames(deps, actor);
  const page = incidents.slice(0, filter.limit).map((incident) => ({
    ...incident,
    organisationName: names.get(incident.organisationId) ?? '',
  }));
  // Descriptions are free text and may name people: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'incident.list',
    entityType: 'incident',
    ids: page.map((incident) => incident.id),
    // How many of them hold personal data a coordinator chose to keep: those reads matter most.
    details: {
      withKeptPersonalData: page.filter((incident) => incident.personalDataKinds.length > 0).length,
    },
  });
  const last = page.at(-1);
  return {
    incidents: page,
    next:
      incidents.length > filter.limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
  };
}
