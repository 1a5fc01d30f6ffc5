import type { CompanyStatus } from '../company-registry.js';
import type { RedFlagRuleFunction, RiskLevel } from './red-flag.js';

const levels: Partial<Record<CompanyStatus, RiskLevel>> = {
  bankruptcy: 'high',
  liquidation: 'high',
  deregistered: 'high',
  reconstruction: 'medium',
};

/**
 * Bankruptcy or liquidation (EBM: "konkurs eller varningslista"): the latest registry record
 * gives the company in bankruptcy, liquidation or deregistered (high), or in reconstruction
 * (medium). A company the registry did not find at all is flagged by failed-check.
 */
export const bankruptcyOrLiquidation: RedFlagRuleFunction = ({ registryRecord }) => {
  const level = registryRecord ? levels[registryRecord.status] : undefined;
  if (!registryRecord || !level) return [];
  return [
    {
      rule: 'bankruptcy_or_liquidation',
      level,
      reason: `The registry gives the status ${registryRecord.status}${registryRecord.statusSince ? ` since ${registryRecord.statusSince}` : ''}.`,
      params: { status: registryRecord.status, since: registryRecord.statusSince ?? '' },
    },
  ];
};
