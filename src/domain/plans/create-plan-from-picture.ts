import { periodContaining } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import { draftPlan, type PlanFields } from './create-plan.js';
import type { PlanSnapshot, PlanWithStatus } from './plan.js';
import { withStatus } from './plan-rules.js';

/**
 * Starts a plan from this week's situation picture: the draft and the picture it rests on
 * are saved together, so the plan can at once propose the picture's largest changes and the
 * week's alarms as problems (`listProblemProposals`). All or nothing.
 */
export async function createPlanFromPicture(
  deps: Deps,
  actor: Actor,
  input: PlanFields,
): Promise<PlanWithStatus> {
  await authorize(deps, actor, 'plan.manage', 'plan.create');
  const now = deps.clock();
  const plan = draftPlan(actor, input, now);
  const week = periodContaining('week', now);
  const picture = await getSituationPicture(deps, actor, {
    periodKind: 'week',
    periodKey: week.key,
    locale: 'sv',
  });
  const snapshot: PlanSnapshot = {
    planId: plan.id,
    periodKind: picture.period.kind,
    periodKey: picture.period.key,
    picture,
    savedAt: now.toISOString(),
    savedByUserId: actor.userId,
  };
  return deps.store.transaction(async (repositories) => {
    await repositories.plans.save(plan);
    await repositories.plans.saveSnapshot(actor.municipalityId, snapshot);
    await recordAudit(repositories, now, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      details: { kind: plan.kind },
    });
    await recordAudit(repositories, now, actor, {
      action: 'plan.snapshot',
      entityType: 'plan',
      entityId: plan.id,
      details: { periodKind: snapshot.periodKind, periodKey: snapshot.periodKey },
    });
    return withStatus(plan, deps, now);
  });
}
