import type { CheckView, MatchView } from '../../domain/suppliers/check-view.js';
import type { Evidence } from '../../domain/suppliers/check.js';
import type { Contract, SupplierDecision } from '../../domain/suppliers/contract.js';
import type { ContractDetail } from '../../domain/suppliers/get-contract.js';
import { supplierIdentity, type Supplier } from '../../domain/suppliers/supplier.js';

/** The API's shapes of the supplier records: no municipality ids, no internal keys. */

export function presentSupplier<T extends Supplier>(supplier: T, now: Date) {
  const { municipalityId: _municipality, createdByUserId: _creator, ...rest } = supplier;
  return { ...rest, ...supplierIdentity(supplier, now) };
}

export function presentContract(contract: Contract, supplierName: string) {
  const { municipalityId: _municipality, ...rest } = contract;
  return { ...rest, supplierName };
}

export function presentContractDetail(detail: ContractDetail) {
  return {
    contract: presentContract(detail.contract, detail.supplierName),
    programme: detail.programme,
    due: detail.due,
  };
}

function presentEvidence(evidence: Evidence) {
  const { id, fileName, contentType, sizeBytes, sha256, createdAt } = evidence;
  return { id, fileName, contentType, sizeBytes, sha256, createdAt };
}

export function presentMatch(match: MatchView) {
  return {
    id: match.id,
    subjectKey: match.subjectKey,
    subjectName: match.subjectName,
    entityId: match.entityId,
    caption: match.caption,
    schema: match.schema,
    datasets: match.datasets,
    score: match.score,
    features: match.features,
    review: match.review
      ? {
          decision: match.review.decision,
          comment: match.review.comment,
          decidedByUserId: match.review.decidedByUserId,
          decidedAt: match.review.decidedAt,
        }
      : null,
  };
}

export function presentCheck(check: CheckView) {
  return {
    id: check.id,
    supplierId: check.supplierId,
    contractId: check.contractId,
    kind: check.kind,
    source: check.source,
    checkedOn: check.checkedOn,
    result: check.result,
    summary: check.summary,
    evidence: check.evidence ? presentEvidence(check.evidence) : null,
    performedByUserId: check.performedByUserId,
    createdAt: check.createdAt,
    registryRecord: check.registryRecord as unknown as Record<string, unknown> | null,
    matches: check.matches.map(presentMatch),
  };
}

export function presentDecision(decision: SupplierDecision) {
  const { municipalityId: _municipality, ...rest } = decision;
  return rest;
}
