import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Commitment } from './agreement.js';
import {
  assertNoAgreementProblems,
  checkMeasures,
  checkText,
  findAgreementOrThrow,
  findCommitmentOrThrow,
  type AgreementFieldProblem,
} from './agreement-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface CommitmentInput {
  text?: string | undefined;
  responsibleOrganisationId?: string | null | undefined;
  measureIds?: string[] | undefined;
  position?: number | undefined;
}

/**
 * Adds a commitment to an agreement (`agreementId`, no `commitmentId`) or changes one: what
 * is promised, which party answers for it, and the plan measures it carries out, which must
 * be the municipality's own.
 */
export async function saveCommitment(
  deps: Deps,
  actor: Actor,
  agreementId: string | null,
  commitmentId: string | null,
  input: CommitmentInput,
): Promise<Commitment> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.commitment.save');
  input = maskFreeTextFields(input, ['text'], deps.clock()).value;
  const now = deps.clock();
  const { municipalityId } = actor;
  return deps.store.transaction(async (repositories) => {
    const current = commitmentId
      ? await findCommitmentOrThrow(repositories, municipalityId, commitmentId)
      : undefined;
    const agreement = await findAgreementOrThrow(
      repositories,
      municipalityId,
      current?.agreementId ?? agreementId ?? '',
    );
    const problems: AgreementFieldProblem[] = [];
    if (!current && input.text === undefined) problems.push({ field: 'text', problem: 'required' });
    checkText(problems, 'text', input.text);
    const responsible = input.responsibleOrganisationId;
    if (responsible && !agreement.parties.some((party) => party.organisationId === responsible))
      problems.push({ field: 'responsibleOrganisationId', problem: 'responsible_not_party' });
    await checkMeasures(repositories, municipalityId, problems, input.measureIds);
    assertNoAgreementProblems(problems);
    const existing = current
      ? []
      : await repositories.agreements.listCommitments(municipalityId, agreement.id);
    const commitment: Commitment = {
      id: current?.id ?? randomUUID(),
      agreementId: agreement.id,
      municipalityId,
      text: input.text?.trim() ?? current?.text ?? '',
      responsibleOrganisationId:
        responsible === undefined ? (current?.responsibleOrganisationId ?? null) : responsible,
      measureIds: input.measureIds ? [...new Set(input.measureIds)] : (current?.measureIds ?? []),
      position: input.position ?? current?.position ?? existing.length,
      createdAt: current?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.agreements.saveCommitment(commitment);
    await recordAudit(repositories, now, actor, {
      action: current ? 'agreement.commitment.update' : 'agreement.commitment.create',
      entityType: 'agreement_commitment',
      entityId: commitment.id,
      details: { agreementId: agreement.id },
    });
    return commitment;
  });
}
