import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import { normaliseIdentityNumber } from './identity-number.js';
import {
  isMinor,
  type AgeGroup,
  type CaseIdentity,
  type IdentityKind,
} from './intervention-case.js';

export interface IdentityInput {
  kind: IdentityKind;
  number?: string | null;
  name: string;
  guardians?: Array<{ name: string; phone?: string | null | undefined }>;
}

export const maxGuardians = 4;
export const maxAssignedCaseworkers = 10;

/**
 * The identity as it will be sealed, or the problems by field: a personnummer or
 * samordningsnummer must be a real one (date and Luhn check digit); a protected identity
 * (skyddad identitet) carries no number at all; a minor needs a guardian.
 */
export function checkIdentity(
  input: IdentityInput,
  ageGroup: AgeGroup,
  problems: Record<string, string>,
): CaseIdentity {
  let number: string | null = null;
  if (input.kind === 'protected') {
    if (input.number) problems['identity.number'] = 'not_for_protected_identity';
  } else {
    number = input.number ? normaliseIdentityNumber(input.kind, input.number) : null;
    if (number === null) problems['identity.number'] = input.number ? 'invalid' : 'required';
  }
  const guardians = (input.guardians ?? []).map((guardian) => ({
    name: guardian.name.trim(),
    phone: guardian.phone?.trim() || null,
  }));
  if (isMinor(ageGroup) && guardians.length === 0)
    problems['identity.guardians'] = 'required_for_minor';
  if (input.name.trim() === '') problems['identity.name'] = 'required';
  return { kind: input.kind, number, name: input.name.trim(), guardians };
}

/** Every assigned user must be a caseworker of the municipality. */
export async function checkAssignees(
  repositories: Repositories,
  municipalityId: string,
  userIds: readonly string[],
  problems: Record<string, string>,
): Promise<void> {
  for (const userId of userIds) {
    const user = await repositories.users.findById(municipalityId, userId);
    if (!user || !user.roles.includes('caseworker') || user.disabledAt !== null) {
      problems.assignedUserIds = 'not_a_caseworker';
    }
  }
}

export function assertNoCaseProblems(problems: Record<string, string>): void {
  if (Object.keys(problems).length > 0) {
    throw new DomainError('CASE_INVALID', 'The case needs correcting.', { problems });
  }
}
