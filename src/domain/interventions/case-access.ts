import type { Actor } from '../access/actor.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { CaseCipher } from './case-cipher.js';
import type { CaseIdentity, InterventionCase, StoredCase } from './intervention-case.js';
import type { Programme } from './programme.js';

/** How the actor came to read a case. */
export type CaseAccessVia = 'assignment' | 'programme_owner' | 'emergency_access';

export interface ReadableCase {
  stored: StoredCase;
  programme: Programme;
  via: CaseAccessVia;
}

/** The configured cipher, or CASE_KEYS_NOT_CONFIGURED: no case is written unsealed. */
export function requireCipher(deps: Deps): CaseCipher {
  if (!deps.caseCipher) {
    throw new DomainError(
      'CASE_KEYS_NOT_CONFIGURED',
      'No case keys are configured (TRYGGVE_CASE_KEYS, TRYGGVE_CASE_SEARCH_KEY).',
    );
  }
  return deps.caseCipher;
}

/**
 * Need-based access to one case (issue 14): its assigned caseworkers, the programme's owner,
 * and a caseworker holding an unexpired nödåtkomst read it. Anyone else (another caseworker,
 * a case of another municipality, a case that does not exist) gets the same NOT_FOUND, so
 * the answer never tells that the case is there. The role was checked before.
 */
export async function findReadableCase(
  repositories: Repositories,
  actor: Actor,
  caseId: string,
  now: Date,
): Promise<ReadableCase> {
  const stored = await repositories.interventions.findCase(actor.municipalityId, caseId);
  const programme = stored
    ? await repositories.interventions.findProgramme(actor.municipalityId, stored.programmeId)
    : null;
  if (!stored || !programme || actor.userId === null) throw notFound('case');
  if (stored.assignedUserIds.includes(actor.userId)) {
    return { stored, programme, via: 'assignment' };
  }
  if (programme.ownerUserId === actor.userId) return { stored, programme, via: 'programme_owner' };
  const emergency = await repositories.interventions.findActiveEmergencyAccess(
    stored.id,
    actor.userId,
    now.toISOString(),
  );
  if (emergency) return { stored, programme, via: 'emergency_access' };
  throw notFound('case');
}

/** Regular access (assigned or programme owner): what changes a case's people or sees its log. */
export function assertRegularAccess(readable: ReadableCase): void {
  if (readable.via === 'emergency_access') throw notFound('case');
}

export function assertOpen(stored: StoredCase): void {
  if (stored.status === 'closed') throw new DomainError('CASE_CLOSED', 'The case is closed.');
}

export const sealOrNull = (cipher: CaseCipher, text: string | null | undefined) =>
  text === null || text === undefined || text === '' ? null : cipher.seal(text);

export const openOrNull = (cipher: CaseCipher, sealed: string | null) =>
  sealed === null ? null : cipher.open(sealed);

/** The case as its readers see it: identity and threat opened. */
export function openCase(
  cipher: CaseCipher,
  stored: StoredCase,
  programme: Programme,
): InterventionCase {
  const { identitySealed, identitySearchHash: _hash, threatSealed, ...rest } = stored;
  return {
    ...rest,
    identity:
      identitySealed === null ? null : (JSON.parse(cipher.open(identitySealed)) as CaseIdentity),
    threatAssessment: openOrNull(cipher, threatSealed),
    programmeName: programme.name,
  };
}
