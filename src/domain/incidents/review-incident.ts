import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { Incident } from './incident.js';
import { maskFreeText } from '../privacy/mask-free-text.js';

type ReviewDecision =
  | { decision: 'reviewed' }
  | { decision: 'duplicate'; duplicateOfId: string }
  | { decision: 'archived'; reason: string }
  /** Back to the queue: undoes a mistaken decision. */
  | { decision: 'new' };

/**
 * A coordinator works the review queue: confirms an incident, links it to the incident it
 * duplicates (it then stops counting), or archives it with a reason (it stops counting and
 * the reason is kept). Every decision is logged.
 */
export async function reviewIncident(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  review: ReviewDecision,
): Promise<Incident> {
  await authorize(deps, actor, 'incident.review', 'incident.review');
  // An archive reason is free text partners may read: masked like every free text.
  if (review.decision === 'archived') {
    review = { ...review, reason: maskFreeText(review.reason, deps.clock()).text };
  }
  const now = deps.clock().toISOString();
  return deps.store.transaction(async (repositories) => {
    const incident = await repositories.incidents.findById(actor.municipalityId, incidentId);
    if (!incident) throw notFound('incident');
    let duplicateOfId: string | null = null;
    if (review.decision === 'duplicate') {
      const original = await repositories.incidents.findById(
        actor.municipalityId,
        review.duplicateOfId,
      );
      if (!original) throw notFound('incident');
      if (original.id === incident.id || original.status === 'duplicate') {
        throw new DomainError(
          'INCIDENT_INVALID',
          'Link a duplicate to the original incident, not to itself or to another duplicate.',
          { problems: [{ index: 0, field: 'duplicateOfId', problem: 'duplicate_target_invalid' }] },
        );
      }
      duplicateOfId = original.id;
    }
    const archiveReason = review.decision === 'archived' ? review.reason.trim() : null;
    if (archiveReason !== null && archiveReason.length < 3) {
      throw new DomainError('INCIDENT_INVALID', 'Say why the incident is archived.', {
        problems: [{ index: 0, field: 'reason', problem: 'archive_reason_missing' }],
      });
    }
    const change = { status: review.decision, duplicateOfId, archiveReason, updatedAt: now };
    await repositories.incidents.setStatus(incident.id, change);
    await recordAudit(repositories, deps.clock(), actor, {
      action: `incident.${review.decision === 'new' ? 'reopen' : review.decision === 'reviewed' ? 'review' : review.decision}`,
      entityType: 'incident',
      entityId: incident.id,
      details: {
        from: incident.status,
        to: review.decision,
        ...(duplicateOfId ? { duplicateOfId } : {}),
      },
    });
    return { ...incident, ...change };
  });
}
