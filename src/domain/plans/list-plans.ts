import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { PlanFilter, PlanStatus, PlanWithStatus } from './plan.js';
import { withStatus } from './plan-rules.js';

interface ListPlansInput extends PlanFilter {
  status?: PlanStatus | undefined;
}

/**
 * The municipality's plans with their status today: drafts first, then by decision, newest
 * first. `isLatestOnly` gives each plan's newest version; `lineageId` one plan's history.
 */
export async function listPlans(
  deps: Deps,
  actor: Actor,
  input: ListPlansInput = {},
): Promise<PlanWithStatus[]> {
  await authorize(deps, actor, 'plan.read', 'plan.list');
  const now = deps.clock();
  const plans = await deps.store.plans.list(actor.municipalityId, input);
  return plans
    .map((plan) => withStatus(plan, deps, now))
    .filter((plan) => input.status === undefined || plan.status === input.status);
}
