import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { PlanProblem } from './plan.js';
import { assertContentEditable, findPlanOrThrow, planInvalid } from './plan-rules.js';
import { listProblemProposals } from './problem-proposals.js';

/**
 * Takes the proposals the coordinator accepted into a draft as prioritised problems, all or
 * none: a key the plan's picture no longer proposes (already taken, or a newer picture
 * saved) refuses the whole request with PLAN_INVALID, naming the key.
 */
export async function acceptProblemProposals(
  deps: Deps,
  actor: Actor,
  planId: string,
  keys: readonly string[],
): Promise<PlanProblem[]> {
  const proposals = await listProblemProposals(deps, actor, planId);
  const chosen = [...new Set(keys)];
  const unknown = chosen.filter((key) => !proposals.some((proposal) => proposal.key === key));
  if (unknown.length > 0)
    throw planInvalid(
      unknown.map((key) => ({ field: 'keys', problem: 'proposal_unknown', value: key })),
    );
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, planId);
    assertContentEditable(plan);
    const existing = await repositories.plans.listProblems(actor.municipalityId, plan.id);
    const accepted: PlanProblem[] = [];
    for (const proposal of proposals.filter((item) => chosen.includes(item.key))) {
      const problem: PlanProblem = {
        id: randomUUID(),
        planId: plan.id,
        municipalityId: actor.municipalityId,
        title: proposal.title,
        description: proposal.description,
        categoryCodes: proposal.categoryCodes,
        districtIds: proposal.districtIds,
        isPrioritised: true,
        position: existing.length + accepted.length,
      };
      await repositories.plans.saveProblem(problem);
      await recordAudit(repositories, now, actor, {
        action: 'plan.problem.create',
        entityType: 'plan_problem',
        entityId: problem.id,
        details: { planId: plan.id, isPrioritised: true, fromPicture: proposal.source },
      });
      accepted.push(problem);
    }
    return accepted;
  });
}
