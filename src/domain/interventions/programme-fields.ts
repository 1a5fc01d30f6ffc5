import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import {
  programmeProblems,
  type Programme,
  type ProgrammeKind,
  type ProgrammeStatus,
  type SchoolLevel,
  type StaffMember,
} from './programme.js';

/** What a coordinator sets on a programme; absent fields keep their value on update. */
export interface ProgrammeFields {
  kind?: ProgrammeKind;
  name?: string;
  description?: string;
  ownerOrganisationId?: string | null;
  ownerUserId?: string | null;
  status?: ProgrammeStatus;
  plannedRestartOn?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  schoolLevel?: SchoolLevel | null;
  staffMembers?: StaffMember[];
  measureIds?: string[];
  effortIds?: string[];
  partnerOrganisationIds?: string[];
  isSynthetic?: boolean;
}

/** `base` with `fields` applied: the programme that would be saved. */
export function applyProgrammeFields(base: Programme, fields: ProgrammeFields): Programme {
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Programme>;
  return {
    ...base,
    ...defined,
    name: (fields.name ?? base.name).trim(),
    description: (fields.description ?? base.description).trim(),
    staffMembers: (fields.staffMembers ?? base.staffMembers).map((member) => ({
      name: member.name.trim(),
      role: member.role.trim(),
    })),
    measureIds: [...new Set(fields.measureIds ?? base.measureIds)],
    effortIds: [...new Set(fields.effortIds ?? base.effortIds)],
    partnerOrganisationIds: [
      ...new Set(fields.partnerOrganisationIds ?? base.partnerOrganisationIds),
    ],
  };
}

/**
 * Refuses a programme whose fields break a rule or name what the municipality does not have:
 * its owner organisation and partners, the owner (a caseworker of the municipality), the plan
 * measures and efforts it serves. PROGRAMME_INVALID with the problems by field.
 */
export async function assertValidProgramme(
  repositories: Repositories,
  programme: Programme,
): Promise<void> {
  const problems = programmeProblems(programme);
  if (programme.name === '') problems.name = 'required';
  const municipalityId = programme.municipalityId;
  const organisationIds = [
    ...(programme.ownerOrganisationId ? [programme.ownerOrganisationId] : []),
    ...programme.partnerOrganisationIds,
  ];
  for (const organisationId of organisationIds) {
    const organisation = await repositories.organisations.findById(municipalityId, organisationId);
    if (!organisation) {
      problems[
        organisationId === programme.ownerOrganisationId
          ? 'ownerOrganisationId'
          : 'partnerOrganisationIds'
      ] = 'unknown_organisation';
    }
  }
  if (programme.ownerUserId) {
    const owner = await repositories.users.findById(municipalityId, programme.ownerUserId);
    if (!owner || !owner.roles.includes('caseworker')) problems.ownerUserId = 'not_a_caseworker';
  }
  if (programme.measureIds.length > 0) {
    const measures = await repositories.agreements.findMeasures(
      municipalityId,
      programme.measureIds,
    );
    if (measures.length !== programme.measureIds.length) problems.measureIds = 'unknown_measure';
  }
  for (const effortId of programme.effortIds) {
    if (!(await repositories.efforts.find(municipalityId, effortId))) {
      problems.effortIds = 'unknown_effort';
    }
  }
  if (Object.keys(problems).length > 0) {
    throw new DomainError('PROGRAMME_INVALID', 'The programme needs correcting.', { problems });
  }
}
