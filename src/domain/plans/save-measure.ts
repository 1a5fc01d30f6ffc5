import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Measure } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  checkPictureReferences,
  checkRequired,
  checkSpan,
  cleanList,
  findPlanOrThrow,
  resolvePlanId,
  type PlanFieldProblem,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/** A row of BRÅ's grid, as entered; the status colour is set by `setMeasureStatus`. */
export interface MeasureInput {
  problemId?: string | null | undefined;
  cause?: string | undefined;
  categoryCodes?: string[] | undefined;
  districtIds?: string[] | undefined;
  measure?: string | undefined;
  operativeGoal?: string | undefined;
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
  responsible?: string | undefined;
  contactPerson?: string | undefined;
  partners?: string[] | undefined;
  plannedHours?: number | null | undefined;
  costSek?: number | null | undefined;
  goalIds?: string[] | undefined;
  position?: number | undefined;
}

/**
 * Adds a measure to a draft plan (no `measureId`) or changes one: cause (a problem of the
 * plan, categories and districts, free text), the measure, its operative goal, when, who
 * (and a contact), partners, resources and the goals it serves. Every reference must be the
 * plan's or the municipality's own.
 */
export async function saveMeasure(
  deps: Deps,
  actor: Actor,
  planId: string | null,
  measureId: string | null,
  input: MeasureInput,
): Promise<Measure> {
  await authorize(deps, actor, 'plan.manage', 'plan.measure.save');
  input = maskFreeTextFields(input, ['cause', 'measure', 'operativeGoal'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(
      repositories,
      actor.municipalityId,
      await resolvePlanId(repositories, actor.municipalityId, planId, 'measure', measureId),
    );
    const { municipalityId } = actor;
    const existing = await repositories.plans.listMeasures(municipalityId, plan.id);
    const current = measureId ? existing.find((item) => item.id === measureId) : undefined;
    if (measureId && !current) throw notFound('measure');
    assertContentEditable(plan);
    const problems: PlanFieldProblem[] = [];
    if (!current && input.measure === undefined)
      problems.push({ field: 'measure', problem: 'required' });
    checkRequired(problems, 'measure', input.measure);
    checkSpan(
      problems,
      {
        field: 'startsOn',
        value: input.startsOn === undefined ? current?.startsOn : input.startsOn,
      },
      { field: 'endsOn', value: input.endsOn === undefined ? current?.endsOn : input.endsOn },
    );
    if (input.problemId) {
      const planProblems = await repositories.plans.listProblems(municipalityId, plan.id);
      if (!planProblems.some((problem) => problem.id === input.problemId))
        problems.push({ field: 'problemId', problem: 'problem_unknown' });
    }
    if (input.goalIds && input.goalIds.length > 0) {
      const goals = new Set(
        (await repositories.plans.listGoals(municipalityId, plan.id)).map((goal) => goal.id),
      );
      if (input.goalIds.some((goalId) => !goals.has(goalId)))
        problems.push({ field: 'goalIds', problem: 'goal_unknown' });
    }
    await checkPictureReferences(repositories, municipalityId, problems, input);
    assertNoProblems(problems);
    const text = (given: string | undefined, now: string | undefined) => given?.trim() ?? now ?? '';
    const keep = <T>(given: T | undefined, now: T | undefined, fallback: T): T =>
      given !== undefined ? given : now !== undefined ? now : fallback;
    const measure: Measure = {
      id: current?.id ?? randomUUID(),
      planId: plan.id,
      municipalityId,
      problemId: keep(input.problemId, current?.problemId, null),
      cause: text(input.cause, current?.cause),
      categoryCodes: input.categoryCodes
        ? [...new Set(input.categoryCodes)]
        : (current?.categoryCodes ?? []),
      districtIds: input.districtIds
        ? [...new Set(input.districtIds)]
        : (current?.districtIds ?? []),
      measure: text(input.measure, current?.measure),
      operativeGoal: text(input.operativeGoal, current?.operativeGoal),
      startsOn: keep(input.startsOn, current?.startsOn, null),
      endsOn: keep(input.endsOn, current?.endsOn, null),
      responsible: text(input.responsible, current?.responsible),
      contactPerson: text(input.contactPerson, current?.contactPerson),
      partners: input.partners ? cleanList(input.partners) : (current?.partners ?? []),
      plannedHours: keep(input.plannedHours, current?.plannedHours, null),
      costSek: keep(input.costSek, current?.costSek, null),
      statusColour: current?.statusColour ?? null,
      statusComment: current?.statusComment ?? '',
      statusUpdatedAt: current?.statusUpdatedAt ?? null,
      statusUpdatedByUserId: current?.statusUpdatedByUserId ?? null,
      goalIds: input.goalIds ? [...new Set(input.goalIds)] : (current?.goalIds ?? []),
      position: input.position ?? current?.position ?? existing.length,
    };
    await repositories.plans.saveMeasure(measure);
    await recordAudit(repositories, now, actor, {
      action: current ? 'plan.measure.update' : 'plan.measure.create',
      entityType: 'plan_measure',
      entityId: measure.id,
      details: { planId: plan.id },
    });
    return measure;
  });
}
