import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { checkPlanFields, type PlanFields } from './create-plan.js';
import type { Plan, PlanWithStatus } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  findPlanOrThrow,
  withStatus,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/** Changes a draft's own fields; an adopted plan is changed by revision. */
export async function updatePlan(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: Partial<PlanFields>,
): Promise<PlanWithStatus> {
  await authorize(deps, actor, 'plan.manage', 'plan.update');
  changes = maskFreeTextFields(changes, ['title', 'summary'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, id);
    assertContentEditable(plan);
    assertNoProblems(checkPlanFields(changes, plan));
    const updated: Plan = {
      ...plan,
      ...(changes.title === undefined ? {} : { title: changes.title.trim() }),
      ...(changes.kind === undefined ? {} : { kind: changes.kind }),
      ...(changes.owner === undefined ? {} : { owner: changes.owner.trim() }),
      ...(changes.summary === undefined ? {} : { summary: changes.summary.trim() }),
      ...(changes.validFrom === undefined ? {} : { validFrom: changes.validFrom }),
      ...(changes.validUntil === undefined ? {} : { validUntil: changes.validUntil }),
      ...(changes.followUpIntervalMonths === undefined
        ? {}
        : { followUpIntervalMonths: changes.followUpIntervalMonths }),
      updatedAt: now.toISOString(),
    };
    await repositories.plans.save(updated);
    await recordAudit(repositories, now, actor, {
      action: 'plan.update',
      entityType: 'plan',
      entityId: plan.id,
      details: {
        fields: Object.entries(changes)
          .filter(([, value]) => value !== undefined)
          .map(([field]) => field),
      },
    });
    return withStatus(updated, deps, now);
  });
}
