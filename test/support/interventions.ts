import { hasValidLuhn } from '../../src/domain/interventions/identity-number.js';
import { createProgramme } from '../../src/domain/interventions/create-programme.js';
import { openInterventionCase } from '../../src/domain/interventions/open-case.js';
import type { Deps } from '../../src/domain/deps.js';
import type { Organisation } from '../../src/domain/organisations/organisation.js';
import { actorFor, commandLineOperator, makeUser } from './factories.js';

/** A valid personnummer for a birth date (YYYYMMDD) and a three-digit serial: the check digit added. */
export function personnummerFor(birthDate: string, serial: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${birthDate}${serial}${check}`;
    if (hasValidLuhn(digits.slice(2))) return digits;
  }
  throw new Error('unreachable');
}

/**
 * A SIG programme of the organisation's municipality with its owner, two caseworkers (the
 * first assigned to a minor's case) and a caseworker who is not assigned.
 */
export async function makeSigWorld(deps: Deps, organisation: Organisation) {
  const owner = await makeUser(deps, organisation, ['caseworker'], { displayName: 'Ägare' });
  const assigned = await makeUser(deps, organisation, ['caseworker'], {
    displayName: 'Handläggare',
  });
  const colleague = await makeUser(deps, organisation, ['caseworker'], { displayName: 'Kollega' });
  const coordinator = await makeUser(deps, organisation, ['coordinator']);
  const programme = await createProgramme(deps, commandLineOperator(organisation.municipalityId), {
    kind: 'sig',
    name: 'SIG',
    ownerOrganisationId: organisation.id,
    ownerUserId: owner.id,
    startsOn: '2015-01-01',
  });
  const number = personnummerFor('20100315', '238');
  const minorCase = await openInterventionCase(deps, actorFor(assigned), {
    programmeId: programme.id,
    identity: {
      kind: 'personnummer',
      number,
      name: 'Syntetisk Testperson',
      guardians: [{ name: 'Syntetisk Vårdnadshavare', phone: null }],
    },
    ageGroup: '15_17',
    isSynthetic: true,
  });
  return { owner, assigned, colleague, coordinator, programme, minorCase, number };
}
