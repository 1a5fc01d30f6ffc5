import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Agreement, AgreementWithStatus } from './agreement.js';
import { checkAgreementFields, type AgreementFields } from './agreement-fields.js';
import {
  assertNoAgreementProblems,
  findAgreementOrThrow,
  withAgreementStatus,
} from './agreement-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/**
 * Changes an agreement's fields; `parties`, when given, replaces the parties. A party that
 * is responsible for a commitment cannot be removed while it is.
 */
export async function updateAgreement(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Partial<AgreementFields>,
): Promise<AgreementWithStatus> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.update');
  input = maskFreeTextFields(input, ['title', 'summary'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await findAgreementOrThrow(repositories, actor.municipalityId, id);
    const { problems, parties } = await checkAgreementFields(
      repositories,
      actor.municipalityId,
      input,
      current,
    );
    if (parties) {
      const remaining = new Set(parties.map((party) => party.organisationId));
      const commitments = await repositories.agreements.listCommitments(actor.municipalityId, id);
      if (
        commitments.some(
          (commitment) =>
            commitment.responsibleOrganisationId !== null &&
            !remaining.has(commitment.responsibleOrganisationId),
        )
      )
        problems.push({ field: 'parties', problem: 'responsible_not_party' });
    }
    assertNoAgreementProblems(problems);
    const agreement: Agreement = {
      ...current,
      kind: input.kind ?? current.kind,
      title: input.title?.trim() ?? current.title,
      summary: input.summary?.trim() ?? current.summary,
      validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
      validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
      signedOn: input.signedOn === undefined ? current.signedOn : input.signedOn,
      parties: parties ?? current.parties,
      updatedAt: now.toISOString(),
    };
    await repositories.agreements.save(agreement);
    await recordAudit(repositories, now, actor, {
      action: 'agreement.update',
      entityType: 'agreement',
      entityId: agreement.id,
      details: { fields: Object.keys(input).sort() },
    });
    const [updated] = await withAgreementStatus(repositories, deps, [agreement]);
    return updated!;
  });
}
