import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { isCalendarDay } from '../../shared/time/calendar.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';
import type { Plan, PlanItemKind, PlanWithStatus } from './plan.js';
import {
  defaultPlanSettings,
  derivePlanStatus,
  isPlanContentEditable,
  isPlanProgressRecordable,
  type PlanSettings,
} from './plan-status.js';

/**
 * Why a field of a plan, goal, indicator, measure or value was refused. Stable codes: the
 * web app renders each in the user's language.
 */
type PlanProblemCode =
  | 'required'
  | 'invalid_date'
  | 'ends_before_start'
  | 'case_number_pattern'
  | 'category_unknown'
  | 'district_unknown'
  | 'goal_unknown'
  | 'problem_unknown'
  | 'proposal_unknown'
  | 'indicator_unknown'
  | 'not_computable'
  | 'invalid_number'
  | 'invalid_period'
  | 'no_rows'
  | 'file_not_csv'
  | 'too_many_columns'
  | 'line_too_long';

export interface PlanFieldProblem {
  field: string;
  problem: PlanProblemCode;
  /** The CSV line, for imported values. */
  line?: number;
  value?: string;
}

/** PLAN_INVALID (or EFFORT_INVALID) with every problem by field. */
export function planInvalid(
  problems: readonly PlanFieldProblem[],
  code: 'PLAN_INVALID' | 'EFFORT_INVALID' = 'PLAN_INVALID',
): DomainError {
  return new DomainError(
    code,
    code === 'PLAN_INVALID'
      ? 'The plan needs correcting; nothing was saved.'
      : 'The effort needs correcting; nothing was saved.',
    { problems },
  );
}

/** Throws PLAN_INVALID with every problem by field, when there is one; nothing is saved. */
export function assertNoProblems(
  problems: readonly PlanFieldProblem[],
  code: 'PLAN_INVALID' | 'EFFORT_INVALID' = 'PLAN_INVALID',
): void {
  if (problems.length > 0) throw planInvalid(problems, code);
}

/** Checks optional days and that `end` is not before `start`. */
export function checkSpan(
  problems: PlanFieldProblem[],
  start: { field: string; value: string | null | undefined },
  end: { field: string; value: string | null | undefined },
): void {
  for (const { field, value } of [start, end]) {
    if (value !== null && value !== undefined && !isCalendarDay(value))
      problems.push({ field, problem: 'invalid_date', value });
  }
  if (
    start.value &&
    end.value &&
    isCalendarDay(start.value) &&
    isCalendarDay(end.value) &&
    end.value < start.value
  ) {
    problems.push({ field: end.field, problem: 'ends_before_start' });
  }
}

/** Required text: present after trimming. */
export function checkRequired(
  problems: PlanFieldProblem[],
  field: string,
  value: string | undefined,
): void {
  if (value !== undefined && value.trim() === '') problems.push({ field, problem: 'required' });
}

/** Categories and districts must be the municipality's own; another's read as unknown. */
export async function checkPictureReferences(
  repositories: Repositories,
  municipalityId: string,
  problems: PlanFieldProblem[],
  references: { categoryCodes?: readonly string[]; districtIds?: readonly string[] },
  fieldPrefix = '',
): Promise<void> {
  if (references.categoryCodes && references.categoryCodes.length > 0) {
    const known = new Set(
      (await repositories.taxonomy.list(municipalityId)).map((category) => category.code),
    );
    if (references.categoryCodes.some((code) => !known.has(code)))
      problems.push({ field: `${fieldPrefix}categoryCodes`, problem: 'category_unknown' });
  }
  if (references.districtIds && references.districtIds.length > 0) {
    const known = new Set(
      (await repositories.municipalities.listDistricts(municipalityId)).map(
        (district) => district.id,
      ),
    );
    if (references.districtIds.some((id) => !known.has(id)))
      problems.push({ field: `${fieldPrefix}districtIds`, problem: 'district_unknown' });
  }
}

export const planSettingsOf = (deps: Deps): PlanSettings =>
  deps.planSettings ?? defaultPlanSettings;

export function withStatus(plan: Plan, deps: Deps, now: Date): PlanWithStatus {
  return {
    ...plan,
    status: derivePlanStatus(plan, stockholmToday(now), planSettingsOf(deps).expiringDays),
  };
}

export async function findPlanOrThrow(
  repositories: Repositories,
  municipalityId: string,
  id: string,
): Promise<Plan> {
  const plan = await repositories.plans.find(municipalityId, id);
  if (!plan) throw notFound('plan');
  return plan;
}

/**
 * The plan an item belongs to: `planId` when the caller names the plan (adding an item),
 * else the item's own (changing it by its id). Another municipality's item reads as missing.
 */
export async function resolvePlanId(
  repositories: Repositories,
  municipalityId: string,
  planId: string | null,
  kind: PlanItemKind,
  itemId: string | null,
): Promise<string> {
  if (planId !== null) return planId;
  const owner = itemId ? await repositories.plans.findPlanIdOf(municipalityId, kind, itemId) : null;
  if (!owner) throw notFound(kind.replace('_', ' '));
  return owner;
}

/** Only a draft's content changes; an adopted plan changes by revision. */
export function assertContentEditable(plan: Plan): void {
  if (isPlanContentEditable(plan)) return;
  throw new DomainError(
    'PLAN_LOCKED',
    'The plan is adopted: its content is the decision. Revise it to change it.',
    { planId: plan.id, reason: plan.replacedByPlanId ? 'replaced' : 'adopted' },
  );
}

/** Follow-up data is recorded on drafts and adopted plans until a revision replaces them. */
export function assertProgressRecordable(plan: Plan): void {
  if (isPlanProgressRecordable(plan)) return;
  throw new DomainError(
    'PLAN_LOCKED',
    'The plan has been replaced by a revision: record follow-up on the new version.',
    { planId: plan.id, reason: 'replaced', replacedByPlanId: plan.replacedByPlanId },
  );
}

/** Trims and de-duplicates a list of texts, dropping empty ones. */
export const cleanList = (values: readonly string[]): string[] => [
  ...new Set(values.map((value) => value.trim()).filter((value) => value !== '')),
];
