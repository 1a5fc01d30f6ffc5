import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Agreement, AgreementWithStatus } from './agreement.js';
import { checkAgreementFields, type AgreementFields } from './agreement-fields.js';
import { assertNoAgreementProblems, withAgreementStatus } from './agreement-rules.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/**
 * Records a partnership agreement or a citizen promise: kind, title, period, parties and
 * their signatories. It is a draft until `signedOn` is set.
 */
export async function createAgreement(
  deps: Deps,
  actor: Actor,
  input: AgreementFields,
): Promise<AgreementWithStatus> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.create');
  input = maskFreeTextFields(input, ['title', 'summary'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const { problems, parties } = await checkAgreementFields(
      repositories,
      actor.municipalityId,
      input,
    );
    assertNoAgreementProblems(problems);
    const agreement: Agreement = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      kind: input.kind,
      title: input.title.trim(),
      summary: input.summary?.trim() ?? '',
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      signedOn: input.signedOn ?? null,
      parties: parties ?? [],
      createdByUserId: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.agreements.save(agreement);
    await recordAudit(repositories, now, actor, {
      action: 'agreement.create',
      entityType: 'agreement',
      entityId: agreement.id,
      details: { kind: agreement.kind },
    });
    const [created] = await withAgreementStatus(repositories, deps, [agreement]);
    return created!;
  });
}
