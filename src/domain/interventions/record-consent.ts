import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import {
  assertOpen,
  findReadableCase,
  openOrNull,
  requireCipher,
  sealOrNull,
} from './case-access.js';
import { isMinor, type Agency, type Consent, type ConsentGiver } from './intervention-case.js';

export interface RecordConsentInput {
  agency: Agency;
  givenBy: ConsentGiver;
  scope?: string | null;
  givenOn: string;
  expiresOn?: string | null;
}

/**
 * Records a written consent to share with one agency: who gave it (the participant, or a
 * guardian of a minor), what it covers, when it was given and when it expires.
 */
export async function recordConsent(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: RecordConsentInput,
): Promise<Consent> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.consent_record');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const { stored } = await findReadableCase(repositories, actor, caseId, now);
    assertOpen(stored);
    const problems: Record<string, string> = {};
    if (input.givenBy === 'guardian' && !isMinor(stored.ageGroup))
      problems.givenBy = 'adult_consents_alone';
    if (input.expiresOn && input.expiresOn < input.givenOn) problems.expiresOn = 'before_given';
    if (Object.keys(problems).length > 0) {
      throw new DomainError('CASE_INVALID', 'The consent needs correcting.', { problems });
    }
    const consent: Consent = {
      id: randomUUID(),
      caseId,
      agency: input.agency,
      givenBy: input.givenBy,
      scope: sealOrNull(cipher, input.scope?.trim()),
      givenOn: input.givenOn,
      expiresOn: input.expiresOn ?? null,
      withdrawnAt: null,
      recordedByUserId: actor.userId,
      recordedAt: now.toISOString(),
    };
    await repositories.interventions.saveConsent(consent);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.consent_record',
      entityType: 'intervention_case',
      entityId: caseId,
      details: { consentId: consent.id, agency: consent.agency, givenBy: consent.givenBy },
    });
    return { ...consent, scope: openOrNull(cipher, consent.scope) };
  });
}
