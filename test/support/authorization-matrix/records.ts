import { type World } from './matrix.js';
import { randomUUID } from 'node:crypto';
import { actorFor, commandLineOperator, makeUser } from '../factories.js';
import { reportIncidents } from '../../../src/domain/incidents/report-incidents.js';
import { recordIndicatorValue } from '../../../src/domain/plans/record-indicator-value.js';
import { saveGoal } from '../../../src/domain/plans/save-goal.js';
import { saveIndicator } from '../../../src/domain/plans/save-indicator.js';
import { savePlanProblem } from '../../../src/domain/plans/save-plan-problem.js';
import { adoptPlan } from '../../../src/domain/plans/adopt-plan.js';
import { createPlan } from '../../../src/domain/plans/create-plan.js';
import { saveMeasure } from '../../../src/domain/plans/save-measure.js';

/** Fresh records of this municipality for the matrix's calls, and who may read or manage them. */

/** A fresh incident of this municipality, reported by one of its coordinators. */
export async function hereIncident(world: World): Promise<string> {
  const reporter = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const [district] = await world.deps.store.municipalities.listDistricts(world.here.municipalityId);
  const reported = await reportIncidents(world.deps, reporter, {
    events: [
      { districtId: district?.id, categoryCode: 'graffiti', description: 'Klotter i matrisen.' },
    ],
  });
  return reported.incidents[0]?.id ?? '';
}

/** A fresh plan of this municipality with a problem, a goal, an indicator, a value and a measure. */
export async function herePlanWithItems(world: World, isAdopted = false) {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const plan = await createPlan(world.deps, coordinator, {
    title: 'Plan i matrisen',
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    validUntil: '2028-12-31',
  });
  const problem = await savePlanProblem(world.deps, coordinator, plan.id, null, {
    title: 'Skjutningar',
    categoryCodes: ['shooting'],
    isPrioritised: true,
  });
  const goal = await saveGoal(world.deps, coordinator, plan.id, null, {
    title: 'Inga skjutningar',
  });
  const indicator = await saveIndicator(world.deps, coordinator, plan.id, null, {
    goalId: goal.id,
    name: 'Skjutningar per år',
    unit: 'händelser',
    direction: 'down',
    computation: { categoryCodes: ['shooting'], districtIds: [], periodKind: 'year' },
  });
  const measure = await saveMeasure(world.deps, coordinator, plan.id, null, {
    problemId: problem.id,
    measure: 'Platssamverkan',
    goalIds: [goal.id],
  });
  const value = await recordIndicatorValue(world.deps, coordinator, plan.id, indicator.id, {
    value: 3,
    measuredOn: '2025-12-31',
  });
  if (isAdopted) {
    await adoptPlan(world.deps, coordinator, plan.id, {
      decisionBody: 'executive_board',
      decisionBodyName: 'Kommunstyrelsen',
      decidedOn: '2026-01-15',
      caseNumber: 'KS-2026/581.173',
    });
  }
  return { plan, problem, goal, indicator, measure, value };
}

/** A fresh adopted plan of this municipality, decided 2024-01-10, with one measure. */
export async function hereFollowUpPlan(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const plan = await createPlan(world.deps, operator, {
    title: `Plan i matrisen ${randomUUID().slice(0, 8)}`,
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    summary: '',
    validFrom: '2024-01-10',
    validUntil: '2027-12-31',
    followUpIntervalMonths: 12,
  });
  await saveMeasure(world.deps, operator, plan.id, null, {
    measure: 'Fältassistenter kvällstid',
    responsible: 'Socialförvaltningen',
  });
  await adoptPlan(world.deps, operator, plan.id, {
    decisionBody: 'municipal_council',
    decisionBodyName: 'Kommunfullmäktige',
    decidedOn: '2024-01-10',
    caseNumber: 'KS-2024/1',
  });
  return plan.id;
}

export const followUpReaders = [
  'admin',
  'coordinator',
  'analyst',
  'viewer',
  'caseworker',
  'procurement',
] as const;
