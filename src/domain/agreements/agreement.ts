/**
 * Partnership agreements (samverkansöverenskommelser, signed by the local police area chief
 * and the chair of the municipal executive board) and the police's yearly citizen promises
 * (medborgarlöften): who the parties are, the period, the commitments (linked to measures of
 * the action plans) and their joint follow-up, and the signed document.
 */
export const agreementKinds = ['partnership_agreement', 'citizen_promise'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * Derived from the dates, never stored: a draft until it is signed; then upcoming before its
 * first day, active through its last day (or for as long as it has none), expired after it.
 */
export const agreementStatuses = ['draft', 'upcoming', 'active', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** The joint follow-up's colour for a commitment, as in BRÅ's grid. */
export const commitmentStatuses = ['green', 'yellow', 'red'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export interface AgreementParty {
  /** An organisation of the municipality; a party's users may read the agreement. */
  organisationId: string;
  /** Filled in when read. */
  organisationName: string;
  signatoryName: string;
  signatoryTitle: string;
}

export interface Agreement {
  id: string;
  municipalityId: string;
  kind: AgreementKind;
  title: string;
  summary: string;
  /** First day in force (a Stockholm calendar day). */
  validFrom: string | null;
  /** Last day in force, included; null: until further notice. */
  validUntil: string | null;
  signedOn: string | null;
  parties: AgreementParty[];
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgreementWithStatus extends Agreement {
  status: AgreementStatus;
  hasDocument: boolean;
}

export interface Commitment {
  id: string;
  agreementId: string;
  municipalityId: string;
  text: string;
  /** One of the agreement's parties, or null when shared by all. */
  responsibleOrganisationId: string | null;
  /** Measures of the municipality's action plans the commitment carries out. */
  measureIds: string[];
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** One entry of the joint follow-up: appended, never changed, so the history stays. */
export interface CommitmentFollowUp {
  id: string;
  commitmentId: string;
  agreementId: string;
  municipalityId: string;
  followedUpOn: string;
  status: CommitmentStatus;
  comment: string;
  recordedByUserId: string | null;
  /** Filled in when read: who recorded it. */
  recordedByName: string;
  recordedAt: string;
}

/** A measure of an action plan, as an agreement shows it. */
export interface LinkedMeasure {
  id: string;
  planId: string;
  planTitle: string;
  measure: string;
}

export interface AgreementDocumentInfo {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  uploadedByUserId: string | null;
  uploadedAt: string;
}

export interface AgreementDocument extends AgreementDocumentInfo {
  agreementId: string;
  municipalityId: string;
  content: Uint8Array;
}

interface CommitmentDetail extends Commitment {
  measures: LinkedMeasure[];
  /** Oldest first; the last is the current status. */
  followUps: CommitmentFollowUp[];
}

export interface AgreementDetail extends AgreementWithStatus {
  commitments: CommitmentDetail[];
  document: AgreementDocumentInfo | null;
}

export interface AgreementFilter {
  kind?: AgreementKind | undefined;
  /** Only the agreements this organisation is party to. */
  partyOrganisationId?: string | undefined;
}

/** The status on `today` (a Stockholm calendar day). */
export function deriveAgreementStatus(
  agreement: Pick<Agreement, 'signedOn' | 'validFrom' | 'validUntil'>,
  today: string,
): AgreementStatus {
  if (agreement.signedOn === null) return 'draft';
  if (agreement.validUntil !== null && today > agreement.validUntil) return 'expired';
  if (agreement.validFrom !== null && today < agreement.validFrom) return 'upcoming';
  return 'active';
}

/** Why a field of an agreement, commitment, follow-up or document was refused: stable codes. */
export type AgreementProblemCode =
  | 'required'
  | 'invalid_date'
  | 'ends_before_start'
  | 'organisation_unknown'
  | 'party_repeated'
  | 'responsible_not_party'
  | 'measure_unknown'
  | 'file_empty'
  | 'file_too_large'
  | 'file_not_pdf'
  | 'file_not_base64';

export interface AgreementFieldProblem {
  field: string;
  problem: AgreementProblemCode;
}
