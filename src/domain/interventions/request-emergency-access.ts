import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { requireCipher } from './case-access.js';
import type { EmergencyAccess } from './intervention-case.js';

/** Hours a nödåtkomst lasts unless configured. */
export const defaultEmergencyAccessHours = 24;

/**
 * Nödåtkomst: a caseworker who is not assigned (a colleague covering a holiday) opens a case
 * of the municipality for a limited time, giving a written reason. It is in the audit chain
 * and on the programme owner's weekly review list. The reason is sealed like the case's text.
 */
export async function requestEmergencyAccess(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { reason: string },
): Promise<Omit<EmergencyAccess, 'reason'>> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.emergency_access');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  const reason = input.reason.trim();
  if (reason.length < 10) {
    throw new DomainError('CASE_INVALID', 'Say why the case must be opened.', {
      problems: { reason: 'too_short' },
    });
  }
  return deps.store.transaction(async (repositories) => {
    const stored = await repositories.interventions.findCase(actor.municipalityId, caseId);
    if (!stored || actor.userId === null) throw notFound('case');
    const hours = deps.emergencyAccessHours ?? defaultEmergencyAccessHours;
    const access: EmergencyAccess = {
      id: randomUUID(),
      caseId,
      userId: actor.userId,
      reason: cipher.seal(reason),
      grantedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(),
      reviewedAt: null,
      reviewedByUserId: null,
    };
    await repositories.interventions.saveEmergencyAccess(access);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.emergency_access',
      entityType: 'intervention_case',
      entityId: caseId,
      details: { emergencyAccessId: access.id, expiresAt: access.expiresAt },
    });
    const { reason: _sealed, ...granted } = access;
    return granted;
  });
}
