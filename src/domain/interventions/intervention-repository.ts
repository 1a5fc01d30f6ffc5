import type {
  CaseNote,
  CaseStatus,
  ClosingReason,
  Consent,
  Disclosure,
  EmergencyAccess,
  PlanItem,
  StoredCase,
} from './intervention-case.js';
import type { Programme } from './programme.js';

/** What aggregates are computed from: no identity, no text. */
export interface CaseFact {
  caseId: string;
  programmeId: string;
  status: CaseStatus;
  closingReason: ClosingReason | null;
  openedOn: string;
  closedOn: string | null;
  hasGoalMet: boolean;
}

/** A plan follow-up due for one of the caseworker's cases: no identity, no text. */
export interface DueFollowUp {
  caseId: string;
  planItemId: string;
  programmeId: string;
  programmeName: string;
  followUpOn: string;
}

export interface EmergencyAccessForReview extends EmergencyAccess {
  programmeId: string;
  programmeName: string;
  userDisplayName: string;
}

/** What the retention job erased: counts only. */
export interface CaseErasure {
  cases: number;
  notes: number;
  planItems: number;
  disclosures: number;
  consents: number;
  emergencyAccesses: number;
}

/** Queries only; every rule, access decision and seal is the use cases'. */
export interface InterventionRepository {
  saveProgramme(programme: Programme): Promise<void>;
  findProgramme(municipalityId: string, id: string): Promise<Programme | null>;
  listProgrammes(municipalityId: string): Promise<Programme[]>;

  /** Inserts or updates the case and replaces its assignments. */
  saveCase(stored: StoredCase): Promise<void>;
  findCase(municipalityId: string, id: string): Promise<StoredCase | null>;
  /** Cases the user is assigned to or owns the programme of, newest first, at most `limit`. */
  listCasesOfUser(municipalityId: string, userId: string, limit: number): Promise<StoredCase[]>;
  /** Cases whose identity number has this search hash. */
  findCasesBySearchHash(municipalityId: string, hash: string): Promise<StoredCase[]>;
  listCaseFacts(municipalityId: string, programmeIds: readonly string[]): Promise<CaseFact[]>;

  saveConsent(consent: Consent): Promise<void>;
  listConsents(caseId: string): Promise<Consent[]>;

  savePlanItem(item: PlanItem): Promise<void>;
  listPlanItems(caseId: string): Promise<PlanItem[]>;
  /** Follow-ups not yet done, due on or before `untilDay`, of the user's open cases. */
  listDueFollowUps(
    municipalityId: string,
    userId: string,
    untilDay: string,
    limit: number,
  ): Promise<DueFollowUp[]>;

  appendNote(note: CaseNote): Promise<void>;
  listNotes(caseId: string, limit: number): Promise<CaseNote[]>;

  appendDisclosure(disclosure: Disclosure): Promise<void>;
  listDisclosures(caseId: string): Promise<Disclosure[]>;

  saveEmergencyAccess(access: EmergencyAccess): Promise<void>;
  /** The user's access to the case that has not expired at `at`, if any. */
  findActiveEmergencyAccess(
    caseId: string,
    userId: string,
    at: string,
  ): Promise<EmergencyAccess | null>;
  findEmergencyAccess(municipalityId: string, id: string): Promise<EmergencyAccessForReview | null>;
  /** Nödåtkomst to cases of programmes the user owns, granted since `since`, newest first. */
  listEmergencyAccessesForOwner(
    municipalityId: string,
    ownerUserId: string,
    since: string,
    limit: number,
  ): Promise<EmergencyAccessForReview[]>;

  /** Erases identity and every text of cases closed before `closedBefore`; keeps the facts. */
  eraseClosedCases(municipalityId: string, closedBefore: string, at: string): Promise<CaseErasure>;
}
