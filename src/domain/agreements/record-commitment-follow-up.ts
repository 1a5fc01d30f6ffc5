import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { CommitmentFollowUp, CommitmentStatus } from './agreement.js';
import {
  assertNoAgreementProblems,
  checkDay,
  findCommitmentOrThrow,
  type AgreementFieldProblem,
} from './agreement-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface CommitmentFollowUpInput {
  status: CommitmentStatus;
  comment?: string | undefined;
  /** The day the parties followed it up; today unless given. */
  followedUpOn?: string | undefined;
}

/**
 * Appends an entry to a commitment's joint follow-up: green, yellow or red, a comment, the
 * day, and who recorded it. Entries are never changed, so the history stays readable.
 */
export async function recordCommitmentFollowUp(
  deps: Deps,
  actor: Actor,
  commitmentId: string,
  input: CommitmentFollowUpInput,
): Promise<CommitmentFollowUp> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.follow_up.record');
  input = maskFreeTextFields(input, ['comment'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const commitment = await findCommitmentOrThrow(
      repositories,
      actor.municipalityId,
      commitmentId,
    );
    const problems: AgreementFieldProblem[] = [];
    checkDay(problems, 'followedUpOn', input.followedUpOn);
    assertNoAgreementProblems(problems);
    const recorder = actor.userId
      ? await repositories.users.findById(actor.municipalityId, actor.userId)
      : null;
    const followUp: CommitmentFollowUp = {
      id: randomUUID(),
      commitmentId: commitment.id,
      agreementId: commitment.agreementId,
      municipalityId: actor.municipalityId,
      followedUpOn: input.followedUpOn ?? stockholmToday(now),
      status: input.status,
      comment: input.comment?.trim() ?? '',
      recordedByUserId: actor.userId,
      recordedByName: recorder?.displayName ?? '',
      recordedAt: now.toISOString(),
    };
    await repositories.agreements.appendFollowUp(followUp);
    await recordAudit(repositories, now, actor, {
      action: 'agreement.follow_up.record',
      entityType: 'agreement_commitment',
      entityId: commitment.id,
      details: { agreementId: commitment.agreementId, status: followUp.status },
    });
    return followUp;
  });
}
