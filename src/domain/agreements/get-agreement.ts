import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { AgreementDetail } from './agreement.js';
import { findReadableAgreement, withAgreementStatus } from './agreement-rules.js';

/**
 * One agreement with its commitments, the measures each carries out, the whole follow-up
 * history and the signed document's details. A partner's user reads only the agreements its
 * organisation is party to; any other reads as missing. Agreements are public documents
 * that name their signatories, so every reading is recorded (issue 20), as every download
 * of the signed document is.
 */
export async function getAgreement(deps: Deps, actor: Actor, id: string): Promise<AgreementDetail> {
  await authorize(deps, actor, 'agreement.read_as_party', 'agreement.read');
  const { store } = deps;
  const agreement = await findReadableAgreement(store, actor, id);
  const [commitments, followUps, document] = await Promise.all([
    store.agreements.listCommitments(actor.municipalityId, id),
    store.agreements.listFollowUps(actor.municipalityId, id),
    store.agreements.findDocumentInfo(actor.municipalityId, id),
  ]);
  const measures = await store.agreements.findMeasures(actor.municipalityId, [
    ...new Set(commitments.flatMap((commitment) => commitment.measureIds)),
  ]);
  const [withStatus] = await withAgreementStatus(store, deps, [agreement]);
  await auditRead(deps, actor, { action: 'agreement.read', entityType: 'agreement', ids: [id] });
  return {
    ...withStatus!,
    commitments: commitments.map((commitment) => ({
      ...commitment,
      measures: measures.filter((measure) => commitment.measureIds.includes(measure.id)),
      followUps: followUps.filter((followUp) => followUp.commitmentId === commitment.id),
    })),
    document,
  };
}
