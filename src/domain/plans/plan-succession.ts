import type { Plan } from './plan.js';

/** The first day a plan was in force: its validFrom, else its decision day; null for a draft. */
function firstDay(plan: Pick<Plan, 'decision' | 'validFrom'>): string | null {
  if (plan.decision === null) return null;
  return plan.validFrom ?? plan.decision.decidedOn;
}

/**
 * The plan that took over from `plan`: the earliest adopted plan of another lineage and the
 * same kind (a new strategic plan after an old strategic plan) coming into force after it.
 * An expired plan with a successor needs nobody's attention any more, and its history says
 * "ersatt av …". Revisions of the same lineage are not successors: they replace a version
 * (`replacedByPlanId`) rather than the plan.
 */
export function succeedingPlan(plan: Plan, plans: readonly Plan[]): Plan | null {
  const from = firstDay(plan);
  if (from === null) return null;
  const successors = plans
    .filter(
      (other) =>
        other.lineageId !== plan.lineageId &&
        other.kind === plan.kind &&
        other.municipalityId === plan.municipalityId &&
        other.replacedByPlanId === null &&
        (firstDay(other) ?? '') > from,
    )
    .sort((a, b) => (firstDay(a) ?? '').localeCompare(firstDay(b) ?? ''));
  return successors[0] ?? null;
}
