import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { AgreementDocument } from './agreement.js';
import { findReadableAgreement } from './agreement-rules.js';

/**
 * The signed document, for anyone who may read the agreement; each download is audited in
 * the same transaction as the read.
 */
export async function downloadSignedDocument(
  deps: Deps,
  actor: Actor,
  agreementId: string,
): Promise<AgreementDocument> {
  await authorize(deps, actor, 'agreement.read_as_party', 'agreement.document.download');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const agreement = await findReadableAgreement(repositories, actor, agreementId);
    const document = await repositories.agreements.findDocument(actor.municipalityId, agreement.id);
    if (!document) throw notFound('document');
    await recordAudit(repositories, now, actor, {
      action: 'agreement.document.download',
      entityType: 'agreement',
      entityId: agreement.id,
      details: { sha256: document.sha256 },
    });
    return document;
  });
}
