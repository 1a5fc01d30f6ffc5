import { createHash } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { AgreementDocumentInfo } from './agreement.js';
import { assertNoAgreementProblems, findAgreementOrThrow } from './agreement-rules.js';
import { checkSignedDocument, cleanDocumentName } from './signed-document.js';

interface SignedDocumentInput {
  fileName: string;
  content: Uint8Array;
}

/**
 * Attaches the signed agreement as a PDF (checked by its first bytes and its size), replacing
 * any earlier one. The file is kept in the database with its SHA-256.
 */
export async function attachSignedDocument(
  deps: Deps,
  actor: Actor,
  agreementId: string,
  input: SignedDocumentInput,
): Promise<AgreementDocumentInfo> {
  await authorize(deps, actor, 'agreement.manage', 'agreement.document.upload');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const agreement = await findAgreementOrThrow(repositories, actor.municipalityId, agreementId);
    assertNoAgreementProblems(checkSignedDocument(input.content));
    const document = {
      agreementId: agreement.id,
      municipalityId: actor.municipalityId,
      fileName: cleanDocumentName(input.fileName),
      sizeBytes: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      uploadedByUserId: actor.userId,
      uploadedAt: now.toISOString(),
      content: input.content,
    };
    await repositories.agreements.saveDocument(document);
    await recordAudit(repositories, now, actor, {
      action: 'agreement.document.upload',
      entityType: 'agreement',
      entityId: agreement.id,
      details: { sha256: document.sha256, sizeBytes: document.sizeBytes },
    });
    const {
      content: _content,
      agreementId: _id,
      municipalityId: _municipality,
      ...info
    } = document;
    return info;
  });
}
