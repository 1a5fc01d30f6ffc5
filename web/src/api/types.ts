/**
 * Types of the JSON the API sends and receives (base path /api). They mirror the server's zod
 * schemas; keep the two in step when the contract changes.
 */

export const roles = [
  'admin',
  'coordinator',
  'reporter',
  'analyst',
  'viewer',
  'caseworker',
  'procurement',
] as const;
export type Role = (typeof roles)[number];

export const organisationKinds = [
  'municipal_administration',
  'police',
  'fire_service',
  'housing_company',
  'security_company',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  organisation: { id: string; name: string };
  municipality: { id: string; code: string; name: string };
}

export interface Municipality {
  id: string;
  code: string;
  name: string;
  districtLayers: { id: string; name: string; districtCount: number }[];
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  disabledAt: string | null;
  userCount: number;
}

export const userStatuses = ['active', 'invited', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisation: { id: string; name: string };
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
}

/** A link sent (or, without an SMTP server, handed to the admin) to invite or reset. */
export interface IssuedLink {
  /** Non-null when no e-mail server is configured: the admin must pass the link on. */
  link: string | null;
  isEmailed: boolean;
  expiresAt: string;
}

export interface InvitationDetails {
  email: string;
  displayName: string;
  organisationName: string;
  municipalityName: string;
}

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { id: string; displayName: string } | null;
  organisation: { id: string; name: string } | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  details: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export interface AuditVerification {
  isIntact: boolean;
  checkedEntries: number;
  problems: { seq: number; kind: 'changed' | 'removed' | 'reordered'; message: string }[];
}

export const passwordWeaknessReasons = [
  'too_short',
  'too_long',
  'too_common',
  'contains_personal_information',
] as const;
export type PasswordWeaknessReason = (typeof passwordWeaknessReasons)[number];
