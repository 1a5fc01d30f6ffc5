/**
 * Programmes of individual interventions (issue 14): a social intervention group (SIG),
 * support for people leaving criminal networks (avhopparverksamhet), Samkraft-style teams
 * (kind `team`, with a school level and staff members, never participants) and the
 * municipality's own programmes. A programme holds no personal data about participants.
 */

export const programmeKinds = ['sig', 'defector_support', 'team', 'own'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** Active; dormant with a planned restart; ended. */
export const programmeStatuses = ['active', 'dormant', 'ended'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

export const schoolLevels = ['preschool', 'compulsory', 'upper_secondary'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

/** A member of a team's staff: a name and what they do (teacher, social worker, police). */
export interface StaffMember {
  name: string;
  role: string;
}

export interface Programme {
  id: string;
  municipalityId: string;
  kind: ProgrammeKind;
  name: string;
  description: string;
  ownerOrganisationId: string | null;
  /** The programme owner: reads every case of the programme and reviews its nödåtkomst. */
  ownerUserId: string | null;
  status: ProgrammeStatus;
  plannedRestartOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  schoolLevel: SchoolLevel | null;
  staffMembers: StaffMember[];
  measureIds: string[];
  effortIds: string[];
  partnerOrganisationIds: string[];
  /** Demo data about made-up people: shown as such everywhere. */
  isSynthetic: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Limits of one programme's lists: bounded input. */
export const programmeLimits = {
  staffMembers: 50,
  links: 50,
} as const;

/** The problems of a programme's fields, by field; empty when it may be saved. */
export function programmeProblems(programme: Programme): Record<string, string> {
  const problems: Record<string, string> = {};
  if (programme.kind === 'team' && programme.schoolLevel === null) {
    problems.schoolLevel = 'required_for_team';
  }
  if (programme.kind !== 'team' && programme.staffMembers.length > 0 && programme.schoolLevel) {
    problems.schoolLevel = 'only_for_team';
  }
  if (programme.status === 'dormant' && programme.plannedRestartOn === null) {
    problems.plannedRestartOn = 'required_when_dormant';
  }
  if (programme.status !== 'dormant' && programme.plannedRestartOn !== null) {
    problems.plannedRestartOn = 'only_when_dormant';
  }
  if (programme.status === 'ended' && programme.endsOn === null) {
    problems.endsOn = 'required_when_ended';
  }
  if (programme.startsOn && programme.endsOn && programme.endsOn < programme.startsOn) {
    problems.endsOn = 'before_start';
  }
  return problems;
}
