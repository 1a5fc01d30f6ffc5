import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { isCaseNumberValid } from './case-number.js';
import type { DecisionBodyKind, Plan, PlanWithStatus } from './plan.js';
import {
  assertContentEditable,
  assertNoProblems,
  checkSpan,
  findPlanOrThrow,
  planSettingsOf,
  withStatus,
  type PlanFieldProblem,
} from './plan-rules.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface AdoptPlanInput {
  decisionBody: DecisionBodyKind;
  /** "Kommunfullmäktige", "Socialnämnden"… */
  decisionBodyName: string;
  decidedOn: string;
  caseNumber: string;
  /** The first day in force; the plan's own, else the decision day. */
  validFrom?: string | undefined;
  /** The last day in force; the plan's own unless given here. Required one way or the other. */
  validUntil?: string | undefined;
}

/**
 * Records the decision that adopted a draft: which body, when, under which diarienummer
 * (checked against the configured pattern), and the validity it got. When the draft is a
 * revision, the version it revises is marked replaced from the revision's first valid day.
 */
export async function adoptPlan(
  deps: Deps,
  actor: Actor,
  id: string,
  input: AdoptPlanInput,
): Promise<PlanWithStatus> {
  await authorize(deps, actor, 'plan.manage', 'plan.adopt');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, id);
    assertContentEditable(plan);
    const validFrom = input.validFrom ?? plan.validFrom ?? input.decidedOn;
    const validUntil = input.validUntil ?? plan.validUntil;
    const caseNumber = input.caseNumber.trim();
    const problems: PlanFieldProblem[] = [];
    if (input.decisionBodyName.trim() === '')
      problems.push({ field: 'decisionBodyName', problem: 'required' });
    if (caseNumber === '') problems.push({ field: 'caseNumber', problem: 'required' });
    else if (!isCaseNumberValid(caseNumber, planSettingsOf(deps).caseNumberPattern))
      problems.push({ field: 'caseNumber', problem: 'case_number_pattern', value: caseNumber });
    if (!isCalendarDay(input.decidedOn))
      problems.push({ field: 'decidedOn', problem: 'invalid_date', value: input.decidedOn });
    if (!validUntil) problems.push({ field: 'validUntil', problem: 'required' });
    checkSpan(
      problems,
      { field: 'validFrom', value: validFrom },
      { field: 'validUntil', value: validUntil },
    );
    assertNoProblems(problems);

    const adopted: Plan = {
      ...plan,
      validFrom,
      validUntil: validUntil ?? null,
      decision: {
        body: input.decisionBody,
        bodyName: input.decisionBodyName.trim(),
        decidedOn: input.decidedOn,
        caseNumber,
      },
      adoptedAt: now.toISOString(),
      adoptedByUserId: actor.userId,
      updatedAt: now.toISOString(),
    };
    await repositories.plans.save(adopted);
    if (plan.revisesPlanId) {
      const previous = await findPlanOrThrow(
        repositories,
        actor.municipalityId,
        plan.revisesPlanId,
      );
      await repositories.plans.save({
        ...previous,
        replacedByPlanId: adopted.id,
        replacedOn: validFrom,
        updatedAt: now.toISOString(),
      });
      await recordAudit(repositories, now, actor, {
        action: 'plan.replace',
        entityType: 'plan',
        entityId: previous.id,
        details: { replacedByPlanId: adopted.id, replacedOn: validFrom },
      });
    }
    await recordAudit(repositories, now, actor, {
      action: 'plan.adopt',
      entityType: 'plan',
      entityId: adopted.id,
      details: { caseNumber, decidedOn: input.decidedOn, validFrom, validUntil },
    });
    return withStatus(adopted, deps, now);
  });
}
