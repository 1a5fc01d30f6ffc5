import type { RedFlagRuleFunction } from './red-flag.js';

/** A match scoring at least this is high; lower ones are medium until reviewed. */
const strongMatchScore = 0.9;

/**
 * Sanctions match: the latest screening raised possible matches not reviewed as false
 * positives. One flag per match, naming the subject and the listed entity: high for a strong
 * score, medium otherwise.
 */
export const sanctionsMatch: RedFlagRuleFunction = ({ openMatches }) =>
  openMatches.map((match) => ({
    rule: 'sanctions_match',
    level: match.score >= strongMatchScore ? 'high' : 'medium',
    reason: `${match.subjectName} may be ${match.caption} (${match.datasets.join(', ')}), score ${match.score.toFixed(2)}.`,
    params: {
      subjectName: match.subjectName,
      caption: match.caption,
      datasets: match.datasets.join(', '),
      score: Math.round(match.score * 100) / 100,
    },
  }));
