import type { Repositories } from '../deps.js';
import type { Check, Evidence, MatchReview, StoredSanctionsMatch } from './check.js';

export type MatchView = StoredSanctionsMatch & { review: MatchReview | null };

/** A check as it is shown: with its evidence's description and, for screenings, its matches. */
export interface CheckView extends Check {
  evidence: Evidence | null;
  matches: MatchView[];
}

/** Gathers the evidence and matches of these checks of one supplier. */
export async function viewChecks(
  repositories: Repositories,
  municipalityId: string,
  supplierId: string,
  checks: readonly Check[],
): Promise<CheckView[]> {
  const evidenceIds = [...new Set(checks.flatMap((check) => check.evidenceId ?? []))];
  const evidence = new Map(
    (await repositories.supplierChecks.listEvidence(municipalityId, evidenceIds)).map((item) => [
      item.id,
      item,
    ]),
  );
  const hasScreening = checks.some((check) => check.kind === 'sanctions_screening');
  const matches = hasScreening
    ? await repositories.supplierChecks.listMatches(municipalityId, supplierId)
    : [];
  const reviews = hasScreening
    ? new Map(
        (await repositories.supplierChecks.listReviews(municipalityId, supplierId)).map(
          ({ entityId: _entity, subjectFingerprint: _fingerprint, ...review }) => [
            review.matchId,
            review,
          ],
        ),
      )
    : new Map<string, MatchReview>();
  return checks.map((check) => ({
    ...check,
    evidence: check.evidenceId ? (evidence.get(check.evidenceId) ?? null) : null,
    matches: matches
      .filter((match) => match.checkId === check.id)
      .map((match) => ({ ...match, review: reviews.get(match.id) ?? null })),
  }));
}
