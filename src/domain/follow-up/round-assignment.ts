import { randomUUID } from 'node:crypto';
import type { User } from '../accounts/user.js';
import type { Repositories } from '../deps.js';
import type { Measure, Plan } from '../plans/plan.js';
import type { FollowUpRound, FollowUpTask, RoundOrigin } from './follow-up.js';

const emailPattern = /[^\s<>(),;]+@[^\s<>(),;]+\.[^\s<>(),;]+/g;

/** The municipality's active users: the people tasks and notices can go to. */
export async function activeUsers(repositories: Repositories, municipalityId: string) {
  return repositories.users.list(municipalityId, { status: 'active' });
}

export const coordinatorsAmong = (users: readonly User[]) =>
  users.filter((user) => user.roles.includes('coordinator'));

/**
 * Who reports a measure: the user its contact names, by e-mail address anywhere in the text
 * ("Åsa Öberg, asa.oberg@kommun.se") or by a display name that only one user has; otherwise
 * `fallback` (the coordinator making the round). Null when there is nobody.
 */
function assigneeFor(
  measure: Pick<Measure, 'contactPerson'>,
  users: readonly User[],
  fallback: string | null,
): string | null {
  const contact = measure.contactPerson.trim();
  if (contact === '') return fallback;
  const addresses = (contact.match(emailPattern) ?? []).map((address) => address.toLowerCase());
  const byEmail = users.find((user) => addresses.includes(user.email.toLowerCase()));
  if (byEmail) return byEmail.id;
  const name = contact.toLocaleLowerCase('sv-SE');
  const byName = users.filter((user) => user.displayName.toLocaleLowerCase('sv-SE') === name);
  return byName.length === 1 && byName[0] ? byName[0].id : fallback;
}

/**
 * The plan's owner as users, for escalation: whoever the owner text names by e-mail address,
 * else the user who drafted the plan, else who adopted it, when still active.
 */
export function planOwnerUsers(
  plan: Pick<Plan, 'owner' | 'createdByUserId' | 'adoptedByUserId'>,
  users: readonly User[],
): User[] {
  const addresses = (plan.owner.match(emailPattern) ?? []).map((address) => address.toLowerCase());
  const named = users.filter((user) => addresses.includes(user.email.toLowerCase()));
  if (named.length > 0) return named;
  const fallback = users.find((user) => user.id === (plan.createdByUserId ?? plan.adoptedByUserId));
  return fallback ? [fallback] : [];
}

/**
 * Writes a round with one task per measure, unless the plan already has a round due that
 * day (then nothing is written and null is returned).
 */
export async function addRoundWithTasks(
  repositories: Repositories,
  plan: Plan,
  fields: { label: string; dueOn: string; origin: RoundOrigin; isFinal: boolean },
  createdByUserId: string | null,
  fallbackAssignee: string | null,
  now: Date,
): Promise<{ round: FollowUpRound; tasks: FollowUpTask[] } | null> {
  const [measures, users] = await Promise.all([
    repositories.plans.listMeasures(plan.municipalityId, plan.id),
    activeUsers(repositories, plan.municipalityId),
  ]);
  const at = now.toISOString();
  const round: FollowUpRound = {
    id: randomUUID(),
    municipalityId: plan.municipalityId,
    planId: plan.id,
    ...fields,
    createdByUserId,
    createdAt: at,
  };
  const tasks = measures.map((measure): FollowUpTask => ({
    id: randomUUID(),
    municipalityId: plan.municipalityId,
    roundId: round.id,
    planId: plan.id,
    measureId: measure.id,
    assigneeUserId: assigneeFor(measure, users, fallbackAssignee),
    colour: null,
    deliveryState: null,
    delivery: '',
    process: '',
    effect: '',
    hoursSpent: null,
    costSek: null,
    reportedAt: null,
    reportedByUserId: null,
    createdAt: at,
    updatedAt: at,
  }));
  const isAdded = await repositories.followUp.addRound(round, tasks);
  return isAdded ? { round, tasks } : null;
}

/** A coordinator to give unassigned tasks to when no person makes the round: the plan's author if one. */
export function defaultAssignee(plan: Plan, users: readonly User[]): string | null {
  const coordinators = coordinatorsAmong(users);
  const author = coordinators.find((user) => user.id === plan.createdByUserId);
  return (author ?? coordinators[0])?.id ?? null;
}
