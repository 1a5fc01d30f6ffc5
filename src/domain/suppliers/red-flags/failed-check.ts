import type { CheckKind } from '../check.js';
import type { RedFlag, RedFlagRuleFunction, RiskLevel } from './red-flag.js';

/** The kinds no other rule reads, and how serious a failure of each is. */
const levels: Partial<Record<CheckKind, RiskLevel>> = {
  company_registration: 'high',
  employer_contributions_3_months: 'high',
  permits: 'high',
  credit_rating: 'medium',
  board_and_signatories: 'medium',
  beneficial_owners: 'medium',
};

/**
 * Any other failed check (EBM: weak finances, missing permits; Skatteverket: unpaid employer
 * contributions): the latest check of a kind that no other rule reads failed. A company the
 * registry does not know fails its registration check; unpaid contributions and missing
 * permits are high, the rest medium.
 */
export const failedCheck: RedFlagRuleFunction = ({ latestChecks, registryRecord }) =>
  Object.entries(levels).flatMap(([kind, level]): RedFlag[] => {
    const check = latestChecks[kind as CheckKind];
    if (check?.result !== 'failed' || !level) return [];
    // A registration check that found the company failed on its status: bankruptcy-or-liquidation says it.
    if (kind === 'company_registration' && registryRecord && check.registryRecord) return [];
    return [
      {
        rule: 'failed_check',
        level,
        reason: `The check of ${kind} on ${check.checkedOn} failed: ${check.summary}`,
        params: { kind, checkedOn: check.checkedOn, summary: check.summary },
      },
    ];
  });
