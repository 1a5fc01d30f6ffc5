import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import {
  assertOpen,
  findReadableCase,
  openOrNull,
  requireCipher,
  sealOrNull,
} from './case-access.js';
import type { PlanItem, PlanItemKind, PlanItemStatus } from './intervention-case.js';

export interface PlanItemInput {
  /** The item to change; absent: a new one. */
  planItemId?: string;
  kind?: PlanItemKind;
  text?: string;
  responsible?: string | null;
  dueOn?: string | null;
  followUpOn?: string | null;
  status?: PlanItemStatus;
}

/** The most items one individual plan holds. */
export const maxPlanItems = 100;

/**
 * Adds to or changes a case's individual plan: a goal, or an intervention with who does what
 * and by when. Its follow-up day puts it on the assigned caseworkers' "Mina uppgifter". A goal
 * is met or not met; an intervention is done.
 */
export async function savePlanItem(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: PlanItemInput,
): Promise<PlanItem> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.plan_save');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const { stored } = await findReadableCase(repositories, actor, caseId, now);
    assertOpen(stored);
    const items = await repositories.interventions.listPlanItems(caseId);
    const existing = input.planItemId ? items.find((item) => item.id === input.planItemId) : null;
    if (input.planItemId && !existing) throw notFound('plan item');
    const problems: Record<string, string> = {};
    if (!existing && items.length >= maxPlanItems) problems.planItemId = 'plan_full';
    const kind = input.kind ?? existing?.kind ?? 'intervention';
    if (!existing && !input.text?.trim()) problems.text = 'required';
    const status = input.status ?? existing?.status ?? 'planned';
    if (kind === 'goal' && status === 'done') problems.status = 'goal_is_met_or_not';
    if (kind === 'intervention' && (status === 'met' || status === 'not_met')) {
      problems.status = 'intervention_is_done';
    }
    if (Object.keys(problems).length > 0) {
      throw new DomainError('CASE_INVALID', 'The plan item needs correcting.', { problems });
    }
    const item: PlanItem = {
      id: existing?.id ?? randomUUID(),
      caseId,
      kind,
      text:
        input.text !== undefined ? sealOrNull(cipher, input.text.trim()) : (existing?.text ?? null),
      responsible:
        input.responsible !== undefined
          ? sealOrNull(cipher, input.responsible?.trim())
          : (existing?.responsible ?? null),
      dueOn: input.dueOn !== undefined ? input.dueOn : (existing?.dueOn ?? null),
      followUpOn:
        input.followUpOn !== undefined ? input.followUpOn : (existing?.followUpOn ?? null),
      status,
      position: existing?.position ?? items.length,
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.interventions.savePlanItem(item);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.plan_save',
      entityType: 'intervention_case',
      entityId: caseId,
      details: { planItemId: item.id, kind: item.kind, status: item.status },
    });
    return {
      ...item,
      text: openOrNull(cipher, item.text),
      responsible: openOrNull(cipher, item.responsible),
    };
  });
}
