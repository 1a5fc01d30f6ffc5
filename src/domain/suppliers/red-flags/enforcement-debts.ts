import type { RedFlagRuleFunction } from './red-flag.js';

/**
 * Debts at Kronofogden (Skatteverket: unpaid taxes are grounds to terminate): the latest
 * check of enforcement debts failed (debts for collection: high) or had a remark (medium).
 */
export const enforcementDebts: RedFlagRuleFunction = ({ latestChecks }) => {
  const check = latestChecks.enforcement_debts;
  if (check?.result !== 'failed' && check?.result !== 'remark') return [];
  return [
    {
      rule: 'enforcement_debts',
      level: check.result === 'failed' ? 'high' : 'medium',
      reason: `The check at Kronofogden on ${check.checkedOn}: ${check.summary}`,
      params: { checkedOn: check.checkedOn, summary: check.summary },
    },
  ];
};
