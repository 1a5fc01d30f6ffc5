import type { CompanyRecord } from '../company-registry.js';
import type { Check, CheckKind, StoredSanctionsMatch } from '../check.js';
import type { Supplier } from '../supplier.js';

/**
 * Red flags from Ekobrottsmyndigheten's checklist "Vet du vem du gör affärer med?". Each rule
 * is a pure function over the collected data, named and documented in its own file; it
 * returns the flags it raises with the reason, and the risk level is the highest of them.
 */
export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
/**
 * A supplier's overall level: one of the flags' levels, or "unassessed" (ej bedömd) while no
 * check of any kind has been made, so a supplier never checked is never shown as low risk.
 */
export const overallRiskLevels = ['unassessed', ...riskLevels] as const;
export type OverallRiskLevel = (typeof overallRiskLevels)[number];

export const redFlagRules = [
  'newly_registered',
  'similar_name',
  'box_or_care_of_address',
  'shared_address',
  'recent_board_change',
  'bankruptcy_or_liquidation',
  'missing_registration',
  'enforcement_debts',
  'sanctions_match',
  'failed_check',
] as const;
export type RedFlagRule = (typeof redFlagRules)[number];

export interface RedFlag {
  rule: RedFlagRule;
  level: RiskLevel;
  /** English, for API clients; the web app words it from `rule` and `params`. */
  reason: string;
  params: Record<string, string | number>;
}

/** Everything the rules may read about one supplier, gathered once. */
export interface SupplierFacts {
  supplier: Supplier;
  /** The latest registry record, when a registry check found the company. */
  registryRecord: CompanyRecord | null;
  /** The latest check of each kind. */
  latestChecks: Partial<Record<CheckKind, Check>>;
  /** Matches of the latest screening not reviewed as false positives. */
  openMatches: StoredSanctionsMatch[];
  /** The municipality's other suppliers: names and addresses. */
  otherSuppliers: Pick<Supplier, 'id' | 'name' | 'address' | 'organisationNumber'>[];
  /** Today, Europe/Stockholm. */
  today: string;
}

export type RedFlagRuleFunction = (facts: SupplierFacts) => RedFlag[];

export interface RiskAssessment {
  level: RiskLevel;
  flags: RedFlag[];
}

/** The highest level among the flags; low when there are none. */
export function riskLevelOf(flags: readonly RedFlag[]): RiskLevel {
  return flags.reduce<RiskLevel>(
    (level, flag) =>
      riskLevels.indexOf(flag.level) > riskLevels.indexOf(level) ? flag.level : level,
    'low',
  );
}
