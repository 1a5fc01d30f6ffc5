import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertRegularAccess, findReadableCase } from './case-access.js';

export interface CaseAccessLogEntry {
  at: string;
  action: string;
  outcome: string;
  actorUserId: string | null;
  actorDisplayName: string | null;
  /** How the reader had access (assignment, programme owner, nödåtkomst), for reads. */
  via: string | null;
}

const entriesShown = 500;

/**
 * The case's own access log, from the audit chain: every read and change of the case, by
 * whom and how. For those with regular access (assigned caseworkers, the programme owner).
 */
export async function listCaseAccessLog(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<CaseAccessLogEntry[]> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_access_log');
  const readable = await findReadableCase(deps.store, actor, caseId, deps.clock());
  assertRegularAccess(readable);
  const entries = await deps.store.audit.list(actor.municipalityId, {
    entityType: 'intervention_case',
    entityId: caseId,
    limit: entriesShown,
  });
  await auditRead(deps, actor, {
    action: 'intervention.case_access_log',
    entityType: 'intervention_case',
    ids: [caseId],
  });
  return entries.map((entry) => ({
    at: entry.at,
    action: entry.action,
    outcome: entry.outcome,
    actorUserId: entry.actorUserId,
    actorDisplayName: entry.actorDisplayName,
    via: typeof entry.details?.via === 'string' ? entry.details.via : null,
  }));
}
