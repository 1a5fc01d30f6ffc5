import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { JointAction, JointActionStatus } from './meeting.js';
import {
  assertNoMeetingProblems,
  canManageMeetings,
  canRead,
  checkMembers,
  isActionOpen,
  requireWritableMeeting,
  unique,
  type MeetingFieldProblem,
} from './meeting-rules.js';
import { viewAction, type JointActionView } from './meeting-view.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface JointActionFields {
  title?: string | undefined;
  description?: string | undefined;
  districtIds?: string[] | undefined;
  organisationIds?: string[] | undefined;
  responsibleUserIds?: string[] | undefined;
  dueOn?: string | null | undefined;
  expectedResult?: string | undefined;
  status?: JointActionStatus | undefined;
  outcome?: string | undefined;
}

async function checkAction(
  repositories: Repositories,
  municipalityId: string,
  action: JointAction,
  input: JointActionFields,
): Promise<void> {
  const problems: MeetingFieldProblem[] = [];
  if (action.title === '') problems.push({ field: 'title', problem: 'required' });
  if (action.dueOn !== null && !isCalendarDay(action.dueOn)) {
    problems.push({ field: 'dueOn', problem: 'invalid_date' });
  }
  await checkMembers(
    repositories,
    municipalityId,
    { organisationIds: input.organisationIds, memberUserIds: input.responsibleUserIds },
    problems,
    'responsibleUserIds',
  );
  if (input.districtIds?.length) {
    const known = new Set(
      (await repositories.municipalities.listDistricts(municipalityId)).map((item) => item.id),
    );
    for (const id of input.districtIds.filter((item) => !known.has(item))) {
      problems.push({ field: 'districtIds', problem: 'district_unknown', value: id });
    }
  }
  assertNoMeetingProblems(problems);
}

function applyFields(action: JointAction, input: JointActionFields, now: Date): JointAction {
  const status = input.status ?? action.status;
  const changed: JointAction = {
    ...action,
    ...(input.title !== undefined ? { title: input.title.trim() } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.districtIds !== undefined ? { districtIds: unique(input.districtIds) } : {}),
    ...(input.organisationIds !== undefined
      ? { organisationIds: unique(input.organisationIds) }
      : {}),
    ...(input.responsibleUserIds !== undefined
      ? { responsibleUserIds: unique(input.responsibleUserIds) }
      : {}),
    ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
    ...(input.expectedResult !== undefined ? { expectedResult: input.expectedResult } : {}),
    ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
    status,
    updatedAt: now.toISOString(),
  };
  const isOpen = isActionOpen(changed);
  return { ...changed, closedAt: isOpen ? null : (action.closedAt ?? now.toISOString()) };
}

/** Records a joint action decided at an open meeting. */
export async function createJointAction(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: JointActionFields & { title: string },
): Promise<JointActionView> {
  await authorize(deps, actor, 'meeting.manage', 'joint_action.create');
  input = maskFreeTextFields(
    input,
    ['title', 'description', 'expectedResult', 'outcome'],
    deps.clock(),
  ).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const meeting = await requireWritableMeeting(repositories, actor, meetingId);
    const blank: JointAction = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      meetingId,
      seriesId: meeting.seriesId,
      title: '',
      description: '',
      districtIds: [],
      organisationIds: [],
      responsibleUserIds: [],
      dueOn: null,
      expectedResult: '',
      status: 'planned',
      outcome: '',
      createdByUserId: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      closedAt: null,
    };
    const action = applyFields(blank, input, now);
    await checkAction(repositories, actor.municipalityId, action, input);
    await repositories.jointActions.save(action);
    await recordAudit(repositories, now, actor, {
      action: 'joint_action.create',
      entityType: 'joint_action',
      entityId: action.id,
      details: { meetingId },
    });
    return viewAction(action, now);
  });
}

/** What a person responsible for an action may change without managing meetings. */
const followUpFields: readonly (keyof JointActionFields)[] = ['status', 'outcome'];

/**
 * A manager changes anything; a person responsible for the action (a partner's officer, in
 * whatever role) follows up its status and outcome. Someone who may read the action but is
 * not responsible is FORBIDDEN; anyone else gets the NOT_FOUND of a missing action.
 */
async function checkMayUpdate(
  repositories: Repositories,
  actor: Actor,
  action: JointAction,
  input: JointActionFields,
): Promise<void> {
  if (canManageMeetings(actor)) return;
  const isResponsible = actor.userId !== null && action.responsibleUserIds.includes(actor.userId);
  if (!isResponsible) {
    const meeting = await repositories.meetings.findMeeting(actor.municipalityId, action.meetingId);
    if (!meeting || !canRead(actor, meeting)) throw notFound('joint action');
  }
  const others = Object.entries(input).filter(
    ([field, value]) =>
      value !== undefined && !followUpFields.includes(field as keyof JointActionFields),
  );
  if (!isResponsible || others.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      'Only those responsible follow the action up, and only its status and outcome.',
    );
  }
}

/**
 * Changes a joint action: its status and outcome are followed up in later meetings, so this
 * works after the meeting that decided it has closed (its frozen minutes keep the old state).
 * Managers change every field; those responsible for it, its status and outcome (issue 15).
 */
export async function updateJointAction(
  deps: Deps,
  actor: Actor,
  id: string,
  input: JointActionFields,
): Promise<JointActionView> {
  await authorize(deps, actor, 'meeting.read_as_member', 'joint_action.update');
  input = maskFreeTextFields(
    input,
    ['title', 'description', 'expectedResult', 'outcome'],
    deps.clock(),
  ).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await repositories.jointActions.findById(actor.municipalityId, id);
    if (!current) throw notFound('joint action');
    await checkMayUpdate(repositories, actor, current, input);
    const action = applyFields(current, input, now);
    await checkAction(repositories, actor.municipalityId, action, input);
    await repositories.jointActions.save(action);
    await recordAudit(repositories, now, actor, {
      action: 'joint_action.update',
      entityType: 'joint_action',
      entityId: id,
      details: { fields: Object.keys(input).sort(), status: action.status },
    });
    return viewAction(action, now);
  });
}
