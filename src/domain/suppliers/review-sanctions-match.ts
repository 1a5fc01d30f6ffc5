import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound, UniqueViolation } from '../errors.js';
import type { MatchReview, MatchReviewDecision } from './check.js';
import type { MatchView } from './check-view.js';

function alreadyReviewed(): DomainError {
  return new DomainError('MATCH_ALREADY_REVIEWED', 'This match has been reviewed already.');
}

/**
 * Records a review of a possible sanctions match: a false positive (not raised again for
 * the same subject data) or a confirmed match. A review is final: a second one is refused.
 */
export async function reviewSanctionsMatch(
  deps: Deps,
  actor: Actor,
  matchId: string,
  input: { decision: MatchReviewDecision; comment: string },
): Promise<MatchView> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.match.review');
  const now = deps.clock();
  try {
    return await deps.store.transaction(async (repositories) => {
      const match = await repositories.supplierChecks.findMatch(actor.municipalityId, matchId);
      if (!match) throw notFound('match');
      const reviews = await repositories.supplierChecks.listReviews(
        actor.municipalityId,
        match.supplierId,
      );
      if (reviews.some((review) => review.matchId === matchId)) throw alreadyReviewed();
      const review: MatchReview = {
        id: randomUUID(),
        matchId,
        decision: input.decision,
        comment: input.comment.trim(),
        decidedByUserId: actor.userId,
        decidedAt: now.toISOString(),
      };
      await repositories.supplierChecks.addReview(review, match);
      await recordAudit(repositories, now, actor, {
        action: 'supplier.match.review',
        entityType: 'supplier',
        entityId: match.supplierId,
        details: { matchId, entityId: match.entityId, decision: input.decision },
      });
      return { ...match, review };
    });
  } catch (error) {
    if (error instanceof UniqueViolation) throw alreadyReviewed();
    throw error;
  }
}
