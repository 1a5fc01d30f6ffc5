import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { notFound } from '../errors.js';
import type { Effort, EffortEvaluation, EffortLevel } from './effort.js';
import { assertNoProblems, checkRequired, checkSpan, type PlanFieldProblem } from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface EffortInput {
  name?: string | undefined;
  level?: EffortLevel | undefined;
  owner?: string | undefined;
  targetGroup?: string | undefined;
  evidenceBasis?: string | undefined;
  evaluation?: EffortEvaluation | undefined;
  evaluationNote?: string | undefined;
  goalIds?: string[] | undefined;
  problemIds?: string[] | undefined;
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
}

/** The ids of every goal and problem in the municipality's plans, every version. */
async function planReferenceIds(repositories: Repositories, municipalityId: string) {
  const goals = new Set<string>();
  const problems = new Set<string>();
  for (const plan of await repositories.plans.list(municipalityId, {})) {
    for (const goal of await repositories.plans.listGoals(municipalityId, plan.id))
      goals.add(goal.id);
    for (const problem of await repositories.plans.listProblems(municipalityId, plan.id))
      problems.add(problem.id);
  }
  return { goals, problems };
}

/**
 * Adds an effort to the register (no `effortId`) or changes one: level, owner, target group,
 * evidence, whether and how it was evaluated, and the goals and problems it serves.
 */
export async function saveEffort(
  deps: Deps,
  actor: Actor,
  effortId: string | null,
  input: EffortInput,
): Promise<Effort> {
  await authorize(deps, actor, 'plan.manage', effortId ? 'effort.update' : 'effort.create');
  input = maskFreeTextFields(
    input,
    ['name', 'targetGroup', 'evidenceBasis', 'evaluationNote'],
    deps.clock(),
  ).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const { municipalityId } = actor;
    const current = effortId ? await repositories.efforts.find(municipalityId, effortId) : null;
    if (effortId && !current) throw notFound('effort');
    const problems: PlanFieldProblem[] = [];
    if (!current) {
      for (const field of ['name', 'level'] as const)
        if (input[field] === undefined) problems.push({ field, problem: 'required' });
    }
    checkRequired(problems, 'name', input.name);
    checkSpan(
      problems,
      {
        field: 'startedOn',
        value: input.startedOn === undefined ? current?.startedOn : input.startedOn,
      },
      { field: 'endedOn', value: input.endedOn === undefined ? current?.endedOn : input.endedOn },
    );
    if ((input.goalIds?.length ?? 0) > 0 || (input.problemIds?.length ?? 0) > 0) {
      const known = await planReferenceIds(repositories, municipalityId);
      if (input.goalIds?.some((id) => !known.goals.has(id)))
        problems.push({ field: 'goalIds', problem: 'goal_unknown' });
      if (input.problemIds?.some((id) => !known.problems.has(id)))
        problems.push({ field: 'problemIds', problem: 'problem_unknown' });
    }
    assertNoProblems(problems, 'EFFORT_INVALID');
    const text = (given: string | undefined, existing: string | undefined) =>
      given?.trim() ?? existing ?? '';
    const effort: Effort = {
      id: current?.id ?? randomUUID(),
      municipalityId,
      name: text(input.name, current?.name),
      level: input.level ?? current?.level ?? 'local',
      owner: text(input.owner, current?.owner),
      targetGroup: text(input.targetGroup, current?.targetGroup),
      evidenceBasis: text(input.evidenceBasis, current?.evidenceBasis),
      evaluation: input.evaluation ?? current?.evaluation ?? 'none',
      evaluationNote: text(input.evaluationNote, current?.evaluationNote),
      goalIds: input.goalIds ? [...new Set(input.goalIds)] : (current?.goalIds ?? []),
      problemIds: input.problemIds ? [...new Set(input.problemIds)] : (current?.problemIds ?? []),
      startedOn: input.startedOn !== undefined ? input.startedOn : (current?.startedOn ?? null),
      endedOn: input.endedOn !== undefined ? input.endedOn : (current?.endedOn ?? null),
      createdAt: current?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.efforts.save(effort);
    await recordAudit(repositories, now, actor, {
      action: current ? 'effort.update' : 'effort.create',
      entityType: 'effort',
      entityId: effort.id,
      details: { level: effort.level, evaluation: effort.evaluation },
    });
    return effort;
  });
}
