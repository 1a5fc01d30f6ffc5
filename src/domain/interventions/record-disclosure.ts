import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { findReadableCase, openOrNull, requireCipher, sealOrNull } from './case-access.js';
import { coveringConsent, isCoveredByTheUnder21Rule } from './consent-rules.js';
import type { Agency, Disclosure, LegalGround } from './intervention-case.js';

export interface RecordDisclosureInput {
  recipientAgency: Agency;
  legalGround: LegalGround;
  what: string;
  disclosedOn?: string;
}

/**
 * Records information passed on from a case: what, to which agency, on which ground. On
 * consent, the case's consents must cover that agency on that day (for a minor, the
 * guardian's and the minor's own); on the 2013 rule, the recipient must be the police and
 * the person under 21. Otherwise nothing is recorded as disclosed, the refusal is in the
 * audit chain, and the answer is CONSENT_NOT_COVERING.
 */
export async function recordDisclosure(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: RecordDisclosureInput,
): Promise<Disclosure> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.disclosure_record');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  const disclosedOn = input.disclosedOn ?? now.toISOString().slice(0, 10);
  const outcome = await deps.store.transaction(async (repositories) => {
    const { stored } = await findReadableCase(repositories, actor, caseId, now);
    const consent =
      input.legalGround === 'consent'
        ? coveringConsent(
            await repositories.interventions.listConsents(caseId),
            stored.ageGroup,
            input.recipientAgency,
            disclosedOn,
          )
        : null;
    const isCovered =
      input.legalGround === 'consent'
        ? consent !== null
        : isCoveredByTheUnder21Rule(stored.ageGroup, input.recipientAgency);
    if (!isCovered) return null;
    const disclosure: Disclosure = {
      id: randomUUID(),
      caseId,
      recipientAgency: input.recipientAgency,
      legalGround: input.legalGround,
      consentId: consent?.id ?? null,
      what: sealOrNull(cipher, input.what.trim()),
      disclosedOn,
      recordedByUserId: actor.userId,
      recordedAt: now.toISOString(),
    };
    await repositories.interventions.appendDisclosure(disclosure);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.disclosure_record',
      entityType: 'intervention_case',
      entityId: caseId,
      details: {
        disclosureId: disclosure.id,
        recipientAgency: disclosure.recipientAgency,
        legalGround: disclosure.legalGround,
      },
    });
    return disclosure;
  });
  if (outcome === null) {
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, now, actor, {
        action: 'intervention.disclosure_record',
        entityType: 'intervention_case',
        entityId: caseId,
        outcome: 'denied',
        details: { recipientAgency: input.recipientAgency, legalGround: input.legalGround },
      }),
    );
    throw new DomainError(
      'CONSENT_NOT_COVERING',
      'Neither a consent in force nor the law covers sharing this with that agency.',
      { recipientAgency: input.recipientAgency, legalGround: input.legalGround },
    );
  }
  return { ...outcome, what: openOrNull(cipher, outcome.what) };
}
