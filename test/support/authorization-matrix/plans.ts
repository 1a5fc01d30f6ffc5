import { signInRequired, notFound, forRoles, type World, type MatrixEntry } from './matrix.js';
import { actorFor, makeUser } from '../factories.js';
import { saveEffort } from '../../../src/domain/plans/save-effort.js';
import { herePlanWithItems } from './records.js';
import { planProposalsMatrix } from './plan-proposals.js';

async function hereEffort(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  return (await saveEffort(world.deps, coordinator, null, { name: 'SIG', level: 'local' })).id;
}

/** The authorization matrix's routes of one area. Plans, what a plan version holds, and efforts. */
export const plansMatrix: Record<string, MatrixEntry> = {
  'GET /api/plans': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({ query: 'latest=true' }),
  },
  'POST /api/plans': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { title: 'Åtgärdsplan 2027', kind: 'action_plan', owner: 'KSF' },
    }),
  },
  'GET /api/plans/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).plan.id }),
  },
  'PATCH /api/plans/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Ny titel', followUpIntervalMonths: 12 },
    }),
  },
  'POST /api/plans/:id/adoption': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: {
        decisionBody: 'municipal_council',
        decisionBodyName: 'Kommunfullmäktige',
        decidedOn: '2026-04-13',
        caseNumber: 'KS-2026/581.173',
      },
    }),
  },
  'POST /api/plans/:id/revisions': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world, true)).plan.id }),
  },
  'PUT /api/plans/:id/snapshot': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { periodKind: 'year', periodKey: '2026' },
    }),
  },
  'GET /api/plans/:id/gaps': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).plan.id }),
  },
  'POST /api/plans/:id/problems': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Öppen narkotikahandel', isPrioritised: true },
    }),
  },
  'PATCH /api/plans/problems/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).problem.id,
      payload: { isPrioritised: false },
    }),
  },
  'DELETE /api/plans/problems/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).problem.id }),
  },
  'POST /api/plans/:id/goals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Tryggare centrum' },
    }),
  },
  'PATCH /api/plans/goals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).goal.id,
      payload: { description: 'Mätt i trygghetsmätningen' },
    }),
  },
  'DELETE /api/plans/goals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).goal.id }),
  },
  'POST /api/plans/:id/indicators': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const { plan, goal } = await herePlanWithItems(world);
      return {
        id: plan.id,
        payload: { goalId: goal.id, name: 'Andel trygga', unit: '%', direction: 'up' },
      };
    },
  },
  'PATCH /api/plans/indicators/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { targetValue: 0, targetOn: '2028-12-31' },
    }),
  },
  'DELETE /api/plans/indicators/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).indicator.id }),
  },
  'POST /api/plans/indicators/:id/values': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { value: 2, measuredOn: '2026-06-30' },
    }),
  },
  'POST /api/plans/indicators/:id/computed-values': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { periodKey: '2026' },
    }),
  },
  'POST /api/plans/:id/indicator-values/csv': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: {
        fileName: 'värden.csv',
        content: 'indikator;datum;värde\nSkjutningar per år;2024-12-31;4',
      },
    }),
  },
  'DELETE /api/plans/indicator-values/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).value.id }),
  },
  'POST /api/plans/:id/measures': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { measure: 'Belysning i gångtunneln', costSek: 120000 },
    }),
  },
  'PATCH /api/plans/measures/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).measure.id,
      payload: { responsible: 'Socialförvaltningen' },
    }),
  },
  'PUT /api/plans/measures/:id/status': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world, true)).measure.id,
      payload: { colour: 'yellow', comment: 'Försenad' },
    }),
  },
  'DELETE /api/plans/measures/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).measure.id }),
  },
  'GET /api/plan-contacts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async (world) => {
      // A contact of this municipality: another municipality's list must not name them.
      const contact = await makeUser(world.deps, world.here, ['viewer']);
      if (!world.hereIds.includes(contact.id)) world.hereIds.push(contact.id);
      return {};
    },
  },
  'GET /api/efforts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/efforts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { name: 'Samkraft', level: 'local', evaluation: 'internal' },
    }),
  },
  'GET /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world) }),
  },
  'PATCH /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world), payload: { evaluation: 'planned' } }),
  },
  'DELETE /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world) }),
  },
  ...planProposalsMatrix,
};
