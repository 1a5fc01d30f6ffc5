import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { createProgramme } from '../domain/interventions/create-programme.js';
import { hasValidLuhn } from '../domain/interventions/identity-number.js';
import { openInterventionCase } from '../domain/interventions/open-case.js';
import type { SchoolLevel } from '../domain/interventions/programme.js';

/** Huddinge's six Samkraft teams: one preschool, one upper secondary, four compulsory (two dormant). */
const samkraftTeams: Array<{ name: string; schoolLevel: SchoolLevel; isDormant: boolean }> = [
  { name: 'Samkraft förskola', schoolLevel: 'preschool', isDormant: false },
  { name: 'Samkraft gymnasiet', schoolLevel: 'upper_secondary', isDormant: false },
  { name: 'Samkraft grundskola Flemingsberg', schoolLevel: 'compulsory', isDormant: false },
  { name: 'Samkraft grundskola Vårby', schoolLevel: 'compulsory', isDormant: false },
  { name: 'Samkraft grundskola Skogås', schoolLevel: 'compulsory', isDormant: true },
  { name: 'Samkraft grundskola Trångsund', schoolLevel: 'compulsory', isDormant: true },
];

/** Participants started per year since 2015: 29 in all, as the follow-up report says. */
const startsPerYear = [3, 2, 3, 2, 3, 3, 2, 3, 3, 2, 2, 1];

/** A valid personnummer of a made-up person (the serial starts at 9, marking it synthetic here). */
function syntheticNumber(year: number, index: number): string {
  const stem = `${year}0${(index % 9) + 1}1${index % 10}9${String(index).padStart(2, '0')}`;
  for (let check = 0; check <= 9; check++) {
    if (hasValidLuhn(`${stem}${check}`.slice(2))) return `${stem}${check}`;
  }
  throw new Error('unreachable');
}

/**
 * The demo's individual interventions (issue 14): SIG since 2015 with 29 synthetic
 * participants (marked synthetic everywhere), avhopparverksamhet, and the six Samkraft teams,
 * two of them dormant until the autumn. Cases are sealed, so they are seeded only when case
 * keys are configured; the programmes always are.
 */
export async function seedInterventions(deps: Deps, operator: Actor, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  // Dormant teams restart in the coming autumn.
  const restartOn = `${Number(today.slice(5, 7)) < 8 ? year : year + 1}-08-15`;
  const sig = await createProgramme(deps, operator, {
    kind: 'sig',
    name: 'Social insatsgrupp (SIG) Huddinge',
    description: 'Syntetiska deltagare: demodata, inga verkliga personer.',
    startsOn: '2015-01-01',
    isSynthetic: true,
  });
  await createProgramme(deps, operator, {
    kind: 'defector_support',
    name: 'Stöd till avhoppare',
    startsOn: '2016-01-01',
    isSynthetic: true,
  });
  for (const team of samkraftTeams) {
    await createProgramme(deps, operator, {
      kind: 'team',
      name: team.name,
      schoolLevel: team.schoolLevel,
      status: team.isDormant ? 'dormant' : 'active',
      plannedRestartOn: team.isDormant ? restartOn : null,
      staffMembers: [
        { name: 'Rektor (exempel)', role: 'Rektor' },
        { name: 'Socialsekreterare (exempel)', role: 'Socialtjänsten' },
        { name: 'Kommunpolis (exempel)', role: 'Polisen' },
      ],
    });
  }
  if (!deps.caseCipher) return;
  // The seed works as a caseworker with no account: the cases have no one assigned, so no
  // one reads them; their counts show in the aggregates.
  const seeder: Actor = { ...operator, roles: ['caseworker'] };
  let index = 0;
  for (const [offset, count] of startsPerYear.entries()) {
    for (let one = 0; one < count; one++, index++) {
      const startYear = 2015 + offset;
      const opened = await openInterventionCase(deps, seeder, {
        programmeId: sig.id,
        identity: {
          kind: 'personnummer',
          number: syntheticNumber(startYear - 17, index),
          name: `Syntetisk deltagare ${index + 1}`,
          guardians: [{ name: `Syntetisk vårdnadshavare ${index + 1}`, phone: null }],
        },
        ageGroup: '15_17',
        openedOn: `${startYear}-0${(index % 9) + 1}-15`,
        isSynthetic: true,
      });
      if (startYear < year - 1) {
        // Closing needs someone who reads the case; these have no one, so the seed closes
        // them in storage (demo data only).
        const stored = await deps.store.interventions.findCase(operator.municipalityId, opened.id);
        if (stored) {
          await deps.store.interventions.saveCase({
            ...stored,
            status: 'closed',
            closingReason: index % 4 === 0 ? 'left_programme' : 'goals_met',
            closedOn: `${startYear + 1}-06-30`,
          });
        }
      }
    }
  }
}
