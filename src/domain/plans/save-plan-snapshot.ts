import type { PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import type { PlanSnapshot } from './plan.js';
import { assertContentEditable, findPlanOrThrow } from './plan-rules.js';

interface SavePlanSnapshotInput {
  periodKind: PeriodKind;
  /** "2026", "2026-T3", "2026-11", "2026-W48". */
  periodKey: string;
}

/**
 * Saves the situation picture of a period on a draft plan, as it is now, so the plan always
 * shows the facts it rests on. A later save replaces it; an adopted plan keeps its own.
 */
export async function savePlanSnapshot(
  deps: Deps,
  actor: Actor,
  planId: string,
  input: SavePlanSnapshotInput,
): Promise<PlanSnapshot> {
  await authorize(deps, actor, 'plan.manage', 'plan.snapshot');
  const plan = await findPlanOrThrow(deps.store, actor.municipalityId, planId);
  assertContentEditable(plan);
  const picture = await getSituationPicture(deps, actor, { ...input, locale: 'sv' });
  const now = deps.clock();
  const snapshot: PlanSnapshot = {
    planId: plan.id,
    periodKind: picture.period.kind,
    periodKey: picture.period.key,
    picture,
    savedAt: now.toISOString(),
    savedByUserId: actor.userId,
  };
  return deps.store.transaction(async (repositories) => {
    // Checked again inside the transaction: the plan may have been adopted meanwhile.
    assertContentEditable(await findPlanOrThrow(repositories, actor.municipalityId, planId));
    await repositories.plans.saveSnapshot(actor.municipalityId, snapshot);
    await recordAudit(repositories, now, actor, {
      action: 'plan.snapshot',
      entityType: 'plan',
      entityId: plan.id,
      details: { periodKind: snapshot.periodKind, periodKey: snapshot.periodKey },
    });
    return snapshot;
  });
}
