import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { findReadableCase, openOrNull, requireCipher } from './case-access.js';
import type { Consent } from './intervention-case.js';

/**
 * Records that a consent was withdrawn. From that moment no disclosure relies on it: sharing
 * with that agency stops at once (record-disclosure.ts checks consents at each disclosure).
 * Withdrawing twice keeps the first time.
 */
export async function withdrawConsent(
  deps: Deps,
  actor: Actor,
  caseId: string,
  consentId: string,
): Promise<Consent> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.consent_withdraw');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    await findReadableCase(repositories, actor, caseId, now);
    const consent = (await repositories.interventions.listConsents(caseId)).find(
      (one) => one.id === consentId,
    );
    if (!consent) throw notFound('consent');
    const withdrawn = { ...consent, withdrawnAt: consent.withdrawnAt ?? now.toISOString() };
    if (consent.withdrawnAt === null) {
      await repositories.interventions.saveConsent(withdrawn);
      await recordAudit(repositories, now, actor, {
        action: 'intervention.consent_withdraw',
        entityType: 'intervention_case',
        entityId: caseId,
        details: { consentId, agency: consent.agency },
      });
    }
    return { ...withdrawn, scope: openOrNull(cipher, withdrawn.scope) };
  });
}
