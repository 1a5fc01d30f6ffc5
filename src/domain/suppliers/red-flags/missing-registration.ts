import type { CheckKind } from '../check.js';
import type { RedFlag, RedFlagRuleFunction, RiskLevel } from './red-flag.js';

const registrations: { kind: CheckKind; level: RiskLevel }[] = [
  { kind: 'f_tax', level: 'high' },
  { kind: 'vat', level: 'medium' },
  { kind: 'employer_registration', level: 'medium' },
];

/**
 * Missing registrations (Skatteverket's guidance): the latest check of F-tax, VAT or
 * employer registration failed. A supplier without F-skatt leaves the municipality liable for
 * the tax on the payments: high; VAT and employer registration: medium.
 */
export const missingRegistration: RedFlagRuleFunction = ({ latestChecks }) =>
  registrations.flatMap(({ kind, level }): RedFlag[] => {
    const check = latestChecks[kind];
    if (check?.result !== 'failed') return [];
    return [
      {
        rule: 'missing_registration',
        level,
        reason: `The check of ${kind} on ${check.checkedOn} found no registration.`,
        params: { kind, checkedOn: check.checkedOn },
      },
    ];
  });
