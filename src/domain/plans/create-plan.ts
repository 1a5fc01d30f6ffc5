import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Plan, PlanKind, PlanWithStatus } from './plan.js';
import {
  assertNoProblems,
  checkRequired,
  checkSpan,
  withStatus,
  type PlanFieldProblem,
} from './plan-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

export interface PlanFields {
  title: string;
  kind: PlanKind;
  owner: string;
  summary?: string | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  /** Months between follow-ups; 24 ("vartannat år") unless given. */
  followUpIntervalMonths?: number | undefined;
}

/** Every problem of a plan's own fields at once, by field. */
export function checkPlanFields(fields: Partial<PlanFields>, current?: Plan): PlanFieldProblem[] {
  const problems: PlanFieldProblem[] = [];
  checkRequired(problems, 'title', fields.title);
  checkRequired(problems, 'owner', fields.owner);
  checkSpan(
    problems,
    {
      field: 'validFrom',
      value: fields.validFrom === undefined ? current?.validFrom : fields.validFrom,
    },
    {
      field: 'validUntil',
      value: fields.validUntil === undefined ? current?.validUntil : fields.validUntil,
    },
  );
  return problems;
}

/**
 * Starts a plan as a draft: its first version. Goals, problems, measures and the situation
 * picture it rests on are added while it is a draft; `adoptPlan` records the decision.
 */
export async function createPlan(
  deps: Deps,
  actor: Actor,
  input: PlanFields,
): Promise<PlanWithStatus> {
  await authorize(deps, actor, 'plan.manage', 'plan.create');
  const now = deps.clock();
  const plan = draftPlan(actor, input, now);
  return deps.store.transaction(async (repositories) => {
    await repositories.plans.save(plan);
    await recordAudit(repositories, now, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      details: { kind: plan.kind },
    });
    return withStatus(plan, deps, now);
  });
}

/**
 * A new plan's first version from its fields, free text masked, or PLAN_INVALID by field;
 * not yet saved. Shared with `createPlanFromPicture`.
 */
export function draftPlan(actor: Actor, fields: PlanFields, now: Date): Plan {
  const input = maskFreeTextFields(fields, ['title', 'summary'], now).value;
  assertNoProblems(checkPlanFields(input));
  const id = randomUUID();
  return {
    id,
    municipalityId: actor.municipalityId,
    lineageId: id,
    version: 1,
    revisesPlanId: null,
    title: input.title.trim(),
    kind: input.kind,
    owner: input.owner.trim(),
    summary: input.summary?.trim() ?? '',
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    followUpIntervalMonths: input.followUpIntervalMonths ?? 24,
    decision: null,
    adoptedAt: null,
    adoptedByUserId: null,
    replacedByPlanId: null,
    replacedOn: null,
    createdByUserId: actor.userId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}
