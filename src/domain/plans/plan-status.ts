import type { Plan, PlanStatus } from './plan.js';

/** What the status depends on, and nothing else. */
export type PlanStatusFacts = Pick<Plan, 'decision' | 'validFrom' | 'validUntil' | 'replacedOn'>;

/** The plan settings of the configuration (TRYGGVE_CASE_NUMBER_PATTERN, TRYGGVE_PLAN_EXPIRING_DAYS). */
export interface PlanSettings {
  /** A diarienummer must match this whole (anchored by the checker). */
  caseNumberPattern: string;
  /** A plan ending within this many days is "expiring". */
  expiringDays: number;
}

/**
 * Matches KS-2017/581.173, KS-2015/123, SN-2020/45.1, KF 2015/12: a registry's letters, the
 * year, a serial, optional dotted file-plan codes.
 */
export const defaultCaseNumberPattern = '[A-ZÅÄÖ]{1,6}[ -]?\\d{4}/\\d{1,6}(\\.\\d{1,6})*';

export const defaultPlanSettings: PlanSettings = {
  caseNumberPattern: defaultCaseNumberPattern,
  expiringDays: 90,
};

/** Whole days from `from` to `to` ("YYYY-MM-DD"), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A plan's status on `today` (a Stockholm calendar day, "YYYY-MM-DD"). Never stored:
 * - draft: not adopted;
 * - replaced: an adopted revision took over, from its first valid day on;
 * - adopted: decided, not yet in force (today before validFrom);
 * - expired: after validUntil, the last day in force;
 * - expiring: in force, and validUntil at most `expiringDays` days away;
 * - active: in force otherwise.
 * An adopted plan always has both validity days (adoption requires them); one that somehow
 * lacks them counts as in force from its decision and never ending.
 */
export function derivePlanStatus(
  plan: PlanStatusFacts,
  today: string,
  expiringDays: number,
): PlanStatus {
  if (plan.decision === null) return 'draft';
  if (plan.replacedOn !== null && today >= plan.replacedOn) return 'replaced';
  const validFrom = plan.validFrom ?? plan.decision.decidedOn;
  if (today < validFrom) return 'adopted';
  if (plan.validUntil === null) return 'active';
  if (today > plan.validUntil) return 'expired';
  return daysBetween(today, plan.validUntil) <= expiringDays ? 'expiring' : 'active';
}

/** Whether the plan's content (not its follow-up) may still change: only a draft's may. */
export function isPlanContentEditable(plan: Pick<Plan, 'decision'>): boolean {
  return plan.decision === null;
}

/** Whether follow-up data (indicator values, measure status) may be recorded: until replaced. */
export function isPlanProgressRecordable(plan: Pick<Plan, 'replacedByPlanId'>): boolean {
  return plan.replacedByPlanId === null;
}
