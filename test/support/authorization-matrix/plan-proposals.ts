import { forRoles, notFound, signInRequired, type MatrixEntry, type World } from './matrix.js';
import { herePlanWithItems } from './records.js';

/** A draft whose saved picture rose in burglaries: one proposal, "change||burglary". */
async function herePlanWithPicture(world: World): Promise<string> {
  const { plan } = await herePlanWithItems(world);
  await world.deps.store.plans.saveSnapshot(world.here.municipalityId, {
    planId: plan.id,
    periodKind: 'year',
    periodKey: '2026',
    picture: {
      largestChanges: [
        {
          direction: 'rise',
          districtId: null,
          categoryCode: 'burglary',
          sentence: 'Fler inbrott.',
        },
      ],
    },
    savedAt: '2026-11-27T09:00:00.000Z',
    savedByUserId: null,
  });
  return plan.id;
}

/** The authorization matrix's routes of plans from the picture (plan-proposals.routes.ts). */
export const planProposalsMatrix: Record<string, MatrixEntry> = {
  'POST /api/plans/from-picture': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { title: 'Åtgärdsplan 2027', kind: 'action_plan', owner: 'KSF' },
    }),
  },
  'GET /api/plans/:id/problem-proposals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await herePlanWithPicture(world) }),
  },
  'POST /api/plans/:id/problem-proposals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await herePlanWithPicture(world),
      payload: { keys: ['change||burglary'] },
    }),
  },
};
