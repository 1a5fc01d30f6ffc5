import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Measure, MeasureStatusColour } from './plan.js';
import { assertProgressRecordable, findPlanOrThrow, resolvePlanId } from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface MeasureStatusInput {
  colour: MeasureStatusColour;
  comment?: string | undefined;
}

/**
 * The follow-up column of BRÅ's grid: green, yellow or red with a comment, and who said so
 * when. Recorded on adopted plans too (it is follow-up, not content), until replaced.
 */
export async function setMeasureStatus(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  measureId: string,
  input: MeasureStatusInput,
): Promise<Measure> {
  await authorize(deps, actor, 'plan.manage', 'plan.measure.status');
  input = maskFreeTextFields(input, ['comment'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'measure', measureId),
    );
    const measures = await repositories.plans.listMeasures(actor.municipalityId, plan.id);
    const measure = measures.find((item) => item.id === measureId);
    if (!measure) throw notFound('measure');
    assertProgressRecordable(plan);
    const updated: Measure = {
      ...measure,
      statusColour: input.colour,
      statusComment: input.comment?.trim() ?? '',
      statusUpdatedAt: now.toISOString(),
      statusUpdatedByUserId: actor.userId,
    };
    await repositories.plans.saveMeasure(updated);
    await recordAudit(repositories, now, actor, {
      action: 'plan.measure.status',
      entityType: 'plan_measure',
      entityId: measure.id,
      details: { planId: plan.id, from: measure.statusColour, to: input.colour },
    });
    return updated;
  });
}
