/**
 * A case: one participant in one programme (issue 14). Everything that identifies or
 * describes the person is sealed in storage (case-cipher.ts); the repository sees only the
 * sealed values, the use cases see the opened ones.
 */

export const identityKinds = ['personnummer', 'samordningsnummer', 'protected'] as const;
export type IdentityKind = (typeof identityKinds)[number];

/** Age groups at the case's opening; the 2013 rule (OSL 10 kap. 18 a §) covers those under 21. */
export const ageGroups = ['under_15', '15_17', '18_20', '21_and_over'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export const isMinor = (ageGroup: AgeGroup) => ageGroup === 'under_15' || ageGroup === '15_17';

/** Assessed protection need, for avhoppare. */
export const protectionNeeds = ['none', 'low', 'medium', 'high'] as const;
export type ProtectionNeed = (typeof protectionNeeds)[number];

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const closingReasons = [
  'goals_met',
  'left_programme',
  'consent_withdrawn',
  'moved',
  'other',
] as const;
export type ClosingReason = (typeof closingReasons)[number];

export interface Guardian {
  name: string;
  phone: string | null;
}

/** The sealed part of a case: who the person is. */
export interface CaseIdentity {
  kind: IdentityKind;
  /** Twelve digits; null for a protected identity. */
  number: string | null;
  name: string;
  guardians: Guardian[];
}

/** A case as stored: identity and threat assessment sealed, the rest in clear. */
export interface StoredCase {
  id: string;
  municipalityId: string;
  programmeId: string;
  identityKind: IdentityKind;
  identitySealed: string | null;
  identitySearchHash: string | null;
  ageGroup: AgeGroup;
  protectionNeed: ProtectionNeed | null;
  threatSealed: string | null;
  agreementSignedOn: string | null;
  status: CaseStatus;
  closingReason: ClosingReason | null;
  openedOn: string;
  closedOn: string | null;
  isSynthetic: boolean;
  erasedAt: string | null;
  assignedUserIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** A case as its readers see it. */
export interface InterventionCase extends Omit<
  StoredCase,
  'identitySealed' | 'identitySearchHash' | 'threatSealed'
> {
  /** Null once erased by retention. */
  identity: CaseIdentity | null;
  threatAssessment: string | null;
  programmeName: string;
}

/** Agencies a consent or a disclosure may name. */
export const agencies = [
  'police',
  'school',
  'health_care',
  'employment_service',
  'probation_service',
  'housing_company',
  'other_municipality',
  'other',
] as const;
export type Agency = (typeof agencies)[number];

export const consentGivers = ['participant', 'guardian'] as const;
export type ConsentGiver = (typeof consentGivers)[number];

export interface Consent {
  id: string;
  caseId: string;
  agency: Agency;
  givenBy: ConsentGiver;
  scope: string | null;
  givenOn: string;
  expiresOn: string | null;
  withdrawnAt: string | null;
  recordedByUserId: string | null;
  recordedAt: string;
}

/** Consent: the person's (or a guardian's). The 2013 rule: to the police, for those under 21. */
export const legalGrounds = ['consent', 'osl_10_18a'] as const;
export type LegalGround = (typeof legalGrounds)[number];

export interface Disclosure {
  id: string;
  caseId: string;
  recipientAgency: Agency;
  legalGround: LegalGround;
  consentId: string | null;
  what: string | null;
  disclosedOn: string;
  recordedByUserId: string | null;
  recordedAt: string;
}

export const planItemKinds = ['goal', 'intervention'] as const;
export type PlanItemKind = (typeof planItemKinds)[number];
export const planItemStatuses = ['planned', 'in_progress', 'done', 'met', 'not_met'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

/** A goal, or an intervention: who does what and by when, and when it is followed up. */
export interface PlanItem {
  id: string;
  caseId: string;
  kind: PlanItemKind;
  text: string | null;
  responsible: string | null;
  dueOn: string | null;
  followUpOn: string | null;
  status: PlanItemStatus;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseNote {
  id: string;
  caseId: string;
  text: string | null;
  writtenByUserId: string | null;
  writtenAt: string;
}

export interface EmergencyAccess {
  id: string;
  caseId: string;
  userId: string;
  reason: string | null;
  grantedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewedByUserId: string | null;
}
