import type {
  Agreement,
  AgreementDocument,
  AgreementDocumentInfo,
  AgreementFilter,
  Commitment,
  CommitmentFollowUp,
  LinkedMeasure,
} from './agreement.js';

/** Queries only; every rule is the use cases'. Another municipality's records read as missing. */
export interface AgreementRepository {
  /** Inserts or updates the agreement and replaces its parties. */
  save(agreement: Agreement): Promise<void>;
  find(municipalityId: string, id: string): Promise<Agreement | null>;
  list(municipalityId: string, filter: AgreementFilter): Promise<Agreement[]>;
  listCommitments(municipalityId: string, agreementId: string): Promise<Commitment[]>;
  findCommitment(municipalityId: string, id: string): Promise<Commitment | null>;
  saveCommitment(commitment: Commitment): Promise<void>;
  listFollowUps(municipalityId: string, agreementId: string): Promise<CommitmentFollowUp[]>;
  appendFollowUp(followUp: CommitmentFollowUp): Promise<void>;
  /** The ids of the agreements (of those given) that have a signed document. */
  listWithDocument(municipalityId: string, agreementIds: readonly string[]): Promise<string[]>;
  findDocumentInfo(
    municipalityId: string,
    agreementId: string,
  ): Promise<AgreementDocumentInfo | null>;
  findDocument(municipalityId: string, agreementId: string): Promise<AgreementDocument | null>;
  /** Replaces the agreement's signed document. */
  saveDocument(document: AgreementDocument): Promise<void>;
  /** The municipality's measures among `ids`; another's are left out. */
  findMeasures(municipalityId: string, ids: readonly string[]): Promise<LinkedMeasure[]>;
  /** The measures of the municipality's current plan versions (not replaced by a revision). */
  listLinkableMeasures(municipalityId: string): Promise<LinkedMeasure[]>;
}
