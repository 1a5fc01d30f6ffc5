import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { Plan, PlanWithStatus } from './plan.js';
import { findPlanOrThrow, withStatus } from './plan-rules.js';

/**
 * Starts a revision of an adopted plan: a new draft version (same lineage, next number) with
 * copies of the version's problems, goals, indicators (baseline and target, without values)
 * and measures (without their status). Efforts linked to the old goals and problems are
 * linked to the copies too. The old version stays in force, and readable, until the
 * revision is adopted; then it is replaced. The situation picture is not copied: a revision
 * should rest on a current one.
 */
export async function revisePlan(deps: Deps, actor: Actor, id: string): Promise<PlanWithStatus> {
  await authorize(deps, actor, 'plan.manage', 'plan.revise');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const source = await findPlanOrThrow(repositories, actor.municipalityId, id);
    const versions = await repositories.plans.list(actor.municipalityId, {
      lineageId: source.lineageId,
    });
    const newest = versions.reduce((a, b) => (b.version > a.version ? b : a), source);
    const reason =
      source.decision === null
        ? 'draft'
        : source.replacedByPlanId !== null
          ? 'replaced'
          : newest.id !== source.id
            ? 'revision_pending'
            : null;
    if (reason) {
      throw new DomainError(
        'PLAN_NOT_REVISABLE',
        reason === 'draft'
          ? 'A draft is edited, not revised.'
          : reason === 'replaced'
            ? 'This version has been replaced; revise the newest one.'
            : 'A revision of this plan is already being drafted.',
        { reason, ...(reason === 'revision_pending' ? { revisionPlanId: newest.id } : {}) },
      );
    }
    const revision: Plan = {
      ...source,
      id: randomUUID(),
      version: newest.version + 1,
      revisesPlanId: source.id,
      validFrom: null,
      validUntil: null,
      decision: null,
      adoptedAt: null,
      adoptedByUserId: null,
      replacedByPlanId: null,
      replacedOn: null,
      createdByUserId: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.plans.save(revision);
    const { municipalityId } = actor;
    const [problems, goals, indicators, measures] = await Promise.all([
      repositories.plans.listProblems(municipalityId, source.id),
      repositories.plans.listGoals(municipalityId, source.id),
      repositories.plans.listIndicators(municipalityId, source.id),
      repositories.plans.listMeasures(municipalityId, source.id),
    ]);
    const newIds = new Map<string, string>();
    const copyId = (oldId: string) => {
      const newId = randomUUID();
      newIds.set(oldId, newId);
      return newId;
    };
    for (const problem of problems)
      await repositories.plans.saveProblem({
        ...problem,
        id: copyId(problem.id),
        planId: revision.id,
      });
    for (const goal of goals)
      await repositories.plans.saveGoal({ ...goal, id: copyId(goal.id), planId: revision.id });
    for (const indicator of indicators) {
      await repositories.plans.saveIndicator({
        ...indicator,
        id: randomUUID(),
        planId: revision.id,
        goalId: newIds.get(indicator.goalId) ?? indicator.goalId,
      });
    }
    for (const measure of measures) {
      await repositories.plans.saveMeasure({
        ...measure,
        id: randomUUID(),
        planId: revision.id,
        problemId: measure.problemId ? (newIds.get(measure.problemId) ?? null) : null,
        goalIds: measure.goalIds.flatMap((goalId) => newIds.get(goalId) ?? []),
        statusColour: null,
        statusComment: '',
        statusUpdatedAt: null,
        statusUpdatedByUserId: null,
      });
    }
    // An effort serving an old goal or problem serves its copy too.
    const withCopies = (ids: string[]) =>
      ids.flatMap((oldId) => {
        const copied = newIds.get(oldId);
        return copied ? [oldId, copied] : [oldId];
      });
    for (const effort of await repositories.efforts.list(municipalityId)) {
      const goalIds = withCopies(effort.goalIds);
      const problemIds = withCopies(effort.problemIds);
      if (
        goalIds.length !== effort.goalIds.length ||
        problemIds.length !== effort.problemIds.length
      )
        await repositories.efforts.save({
          ...effort,
          goalIds,
          problemIds,
          updatedAt: now.toISOString(),
        });
    }
    await recordAudit(repositories, now, actor, {
      action: 'plan.revise',
      entityType: 'plan',
      entityId: revision.id,
      details: { revisesPlanId: source.id, version: revision.version },
    });
    return withStatus(revision, deps, now);
  });
}
