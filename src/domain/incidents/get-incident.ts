import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { IncidentView } from './incident.js';

/** One incident, for those who may read it; another organisation's is "not found" to a reporter. */
export async function getIncident(
  deps: Deps,
  actor: Actor,
  incidentId: string,
): Promise<IncidentView> {
  const isAll = isPermitted(actor, 'incident.read_all');
  if (!isAll) await authorize(deps, actor, 'incident.read_own_organisation', 'incident.read');
  const incident = await deps.store.incidents.findById(actor.municipalityId, incidentId);
  if (!incident || (!isAll && incident.organisationId !== actor.organisationId))
    throw notFound('incident');
  const organisation = await deps.store.organisations.findById(
    actor.municipalityId,
    incident.organisationId,
  );
  await auditRead(deps, actor, {
    action: 'incident.read',
    entityType: 'incident',
    ids: [incident.id],
    details: { withKeptPersonalData: incident.personalDataKinds.length > 0 ? 1 : 0 },
  });
  return { ...incident, organisationName: organisation?.name ?? '' };
}
