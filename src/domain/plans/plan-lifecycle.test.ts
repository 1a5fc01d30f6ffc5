import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  actorFor,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { demoPlan } from '../../demo/seed-plan.js';
import { adoptPlan } from './adopt-plan.js';
import { createPlan } from './create-plan.js';
import { getPlan } from './get-plan.js';
import { listPlans } from './list-plans.js';
import { revisePlan } from './revise-plan.js';
import { saveGoal } from './save-goal.js';
import { saveEffort } from './save-effort.js';
import { saveMeasure } from './save-measure.js';
import { savePlanProblem } from './save-plan-problem.js';
import { savePlanSnapshot } from './save-plan-snapshot.js';
import { updatePlan } from './update-plan.js';

const adoption = {
  decisionBody: 'municipal_council' as const,
  decisionBodyName: 'Kommunfullmäktige',
  decidedOn: '2026-06-15',
  caseNumber: 'KS-2026/581.173',
};

describeEachDialect('action plans: drafting, adopting, revising', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let viewer: Actor;
  let reporter: Actor;

  const draft = (title = 'Åtgärdsplan 2027–2028') =>
    createPlan(deps, coordinator, {
      title,
      kind: 'action_plan',
      owner: 'Kommunstyrelsens förvaltning',
      validUntil: '2028-12-31',
    });

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    viewer = await huddinge.actor('administration', ['viewer']);
    reporter = await huddinge.actor('housing', ['reporter']);
  });

  it("shows the demo's 2015 plan as expired today, with its decision and follow-up interval", async () => {
    const [plan] = await listPlans(deps, viewer, { status: 'expired' });
    expect(plan).toMatchObject({
      title: demoPlan.title,
      status: 'expired',
      validFrom: '2015-04-13',
      validUntil: '2016-12-31',
      followUpIntervalMonths: 24,
      decision: { body: 'municipal_council', decidedOn: '2015-04-13' },
    });
    const detail = await getPlan(deps, viewer, plan?.id ?? '');
    expect(detail.goals.length).toBeGreaterThanOrEqual(4);
    expect(detail.measures.every((measure) => measure.statusColour !== null)).toBe(true);
    expect(detail.problems.filter((problem) => problem.isPrioritised).length).toBe(4);
  });

  it('creates a draft with a 24-month follow-up unless told otherwise, and audits it', async () => {
    const plan = await draft();
    expect(plan).toMatchObject({
      status: 'draft',
      version: 1,
      lineageId: plan.id,
      followUpIntervalMonths: 24,
    });
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'plan.create',
      limit: 1,
    });
    expect(entry).toMatchObject({ entityId: plan.id, actorUserId: coordinator.userId });
  });

  it('refuses a plan without a title and with validity ending before it starts, naming both fields', async () => {
    await expect(
      createPlan(deps, coordinator, {
        title: '  ',
        kind: 'action_plan',
        owner: 'KSF',
        validFrom: '2027-01-01',
        validUntil: '2026-12-31',
      }),
    ).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [
          { field: 'title', problem: 'required' },
          { field: 'validUntil', problem: 'ends_before_start' },
        ],
      },
    });
  });

  it('lets only admins and coordinators write plans, and keeps reporters out of reading them', async () => {
    await expect(
      createPlan(deps, viewer, { title: 'X', kind: 'programme', owner: 'Y' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listPlans(deps, reporter)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('adopts a draft only with a case number of the configured form, reporting every problem', async () => {
    const plan = await draft();
    await expect(
      adoptPlan(deps, coordinator, plan.id, {
        ...adoption,
        decisionBodyName: '',
        caseNumber: '2026/581',
        decidedOn: '2026-02-30',
      }),
    ).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: expect.arrayContaining([
          { field: 'decisionBodyName', problem: 'required' },
          { field: 'caseNumber', problem: 'case_number_pattern', value: '2026/581' },
          { field: 'decidedOn', problem: 'invalid_date', value: '2026-02-30' },
        ]),
      },
    });
    const strict = {
      ...deps,
      planSettings: { caseNumberPattern: 'HK\\d{4}-\\d{4}', expiringDays: 90 },
    };
    await expect(adoptPlan(strict, coordinator, plan.id, adoption)).rejects.toMatchObject({
      code: 'PLAN_INVALID',
    });
    const adopted = await adoptPlan(deps, coordinator, plan.id, adoption);
    expect(adopted).toMatchObject({
      status: 'active',
      validFrom: '2026-06-15',
      validUntil: '2028-12-31',
    });
    await expect(
      updatePlan(deps, coordinator, plan.id, { title: 'Ny titel' }),
    ).rejects.toMatchObject({
      code: 'PLAN_LOCKED',
    });
    await expect(adoptPlan(deps, coordinator, plan.id, adoption)).rejects.toMatchObject({
      code: 'PLAN_LOCKED',
    });
  });

  it('needs a last valid day to adopt', async () => {
    const plan = await createPlan(deps, coordinator, {
      title: 'Utan slut',
      kind: 'programme',
      owner: 'KSF',
    });
    await expect(adoptPlan(deps, coordinator, plan.id, adoption)).rejects.toMatchObject({
      details: { problems: [{ field: 'validUntil', problem: 'required' }] },
    });
  });

  it('calls a plan ending within the configured window expiring', async () => {
    const plan = await createPlan(deps, coordinator, {
      title: 'Snart slut',
      kind: 'programme',
      owner: 'KSF',
      validUntil: '2027-01-31',
    });
    expect((await adoptPlan(deps, coordinator, plan.id, adoption)).status).toBe('expiring');
    const narrow = { ...deps, planSettings: { caseNumberPattern: '.*', expiringDays: 30 } };
    expect((await getPlan(narrow, viewer, plan.id)).status).toBe('active');
  });

  it('revises an adopted plan into a new version that replaces the old on adoption; the old stays readable', async () => {
    const plan = await draft('Plan att revidera');
    const problem = await savePlanProblem(deps, coordinator, plan.id, null, {
      title: 'Öppen narkotikahandel',
      categoryCodes: ['open_drug_market'],
      districtIds: [huddinge.districtIds['Skogås'] ?? ''],
      isPrioritised: true,
    });
    const goal = await saveGoal(deps, coordinator, plan.id, null, {
      title: 'Färre platser med öppen handel',
    });
    await saveMeasure(deps, coordinator, plan.id, null, {
      problemId: problem.id,
      measure: 'Platssamverkan i Skogås centrum',
      goalIds: [goal.id],
    });
    const effort = await saveEffort(deps, coordinator, null, {
      name: 'Platssamverkan',
      level: 'local',
      goalIds: [goal.id],
      problemIds: [problem.id],
    });
    await adoptPlan(deps, coordinator, plan.id, adoption);

    const revision = await revisePlan(deps, coordinator, plan.id);
    expect(revision).toMatchObject({
      status: 'draft',
      version: 2,
      lineageId: plan.id,
      revisesPlanId: plan.id,
    });
    await expect(revisePlan(deps, coordinator, plan.id)).rejects.toMatchObject({
      code: 'PLAN_NOT_REVISABLE',
      details: { reason: 'revision_pending', revisionPlanId: revision.id },
    });
    await expect(revisePlan(deps, coordinator, revision.id)).rejects.toMatchObject({
      details: { reason: 'draft' },
    });
    const copy = await getPlan(deps, coordinator, revision.id);
    expect(copy.goals.map((item) => item.title)).toEqual([goal.title]);
    expect(copy.measures[0]).toMatchObject({
      problemId: copy.problems[0]?.id,
      goalIds: [copy.goals[0]?.id],
      statusColour: null,
    });
    const linked = await deps.store.efforts.find(huddinge.municipalityId, effort.id);
    expect(linked?.goalIds).toEqual([goal.id, copy.goals[0]?.id]);

    expect((await getPlan(deps, viewer, plan.id)).status).toBe('active');
    await updatePlan(deps, coordinator, revision.id, { validUntil: '2030-12-31' });
    await adoptPlan(deps, coordinator, revision.id, { ...adoption, decidedOn: '2026-11-20' });
    const old = await getPlan(deps, viewer, plan.id);
    expect(old).toMatchObject({
      status: 'replaced',
      replacedByPlanId: revision.id,
      replacedOn: '2026-11-20',
    });
    expect(old.measures).toHaveLength(1);
    await expect(revisePlan(deps, coordinator, plan.id)).rejects.toMatchObject({
      details: { reason: 'replaced' },
    });
    const latest = await listPlans(deps, viewer, { isLatestOnly: true, lineageId: plan.id });
    expect(latest.map((item) => item.id)).toEqual([revision.id]);
    expect(await listPlans(deps, viewer, { lineageId: plan.id })).toHaveLength(2);
  });

  it('saves the situation picture a draft rests on, and refuses it on an adopted plan', async () => {
    const plan = await draft('Plan med lägesbild');
    const snapshot = await savePlanSnapshot(deps, coordinator, plan.id, {
      periodKind: 'tertial',
      periodKey: '2026-T2',
    });
    expect(snapshot).toMatchObject({ periodKind: 'tertial', periodKey: '2026-T2' });
    expect((await getPlan(deps, viewer, plan.id)).snapshot).toMatchObject({
      periodKey: '2026-T2',
      picture: { period: { key: '2026-T2' }, baselinePeriods: 8 },
    });
    await adoptPlan(deps, coordinator, plan.id, adoption);
    await expect(
      savePlanSnapshot(deps, coordinator, plan.id, { periodKind: 'year', periodKey: '2026' }),
    ).rejects.toMatchObject({ code: 'PLAN_LOCKED' });
  });

  it("answers another municipality's plan as missing", async () => {
    const plan = await draft('Huddinges egen');
    const elsewhere = await makeMunicipality(deps, 'Annan kommun');
    const stranger = actorFor(
      await makeUser(deps, await makeOrganisation(deps, elsewhere.id), ['coordinator']),
    );
    await expect(getPlan(deps, stranger, plan.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updatePlan(deps, stranger, plan.id, { title: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listPlans(deps, stranger)).toEqual([]);
  });
});
