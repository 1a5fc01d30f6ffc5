import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { adoptPlan } from './adopt-plan.js';
import { createPlan } from './create-plan.js';
import { deletePlanItem } from './delete-plan-item.js';
import { getGapView } from './get-gap-view.js';
import { getPlan } from './get-plan.js';
import { listEfforts } from './list-efforts.js';
import { listPlans } from './list-plans.js';
import { saveEffort } from './save-effort.js';
import { saveGoal } from './save-goal.js';
import { saveMeasure } from './save-measure.js';
import { savePlanProblem } from './save-plan-problem.js';
import { setMeasureStatus } from './set-measure-status.js';

describeEachDialect(
  'measures in BRÅ’s grid, the register of efforts and the gap view',
  (database) => {
    let deps: Deps;
    let huddinge: Huddinge;
    let coordinator: Actor;
    let viewer: Actor;

    beforeAll(async () => {
      deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
      huddinge = await seedHuddinge(deps);
      coordinator = await huddinge.actor('administration', ['coordinator']);
      viewer = await huddinge.actor('administration', ['viewer']);
    });

    const newPlan = () =>
      createPlan(deps, coordinator, {
        title: 'Åtgärdsplan',
        kind: 'action_plan',
        owner: 'KSF',
        validUntil: '2028-12-31',
      });

    it('saves a full row of the grid, and refuses unknown links and a reversed span by field', async () => {
      const plan = await newPlan();
      const goal = await saveGoal(deps, coordinator, plan.id, null, { title: 'Tryggare centrum' });
      const problem = await savePlanProblem(deps, coordinator, plan.id, null, {
        title: 'Otrygghetsskapande samlingar',
        categoryCodes: ['intimidating_gathering'],
        districtIds: [huddinge.districtIds['Vårby'] ?? ''],
      });
      const measure = await saveMeasure(deps, coordinator, plan.id, null, {
        problemId: problem.id,
        cause: 'Mörk gångtunnel vid centrum',
        categoryCodes: ['unsafe_place'],
        districtIds: [huddinge.districtIds['Vårby'] ?? ''],
        measure: 'Belysning och röjning vid gångtunneln',
        operativeGoal: 'Ny belysning före 2027-03-31',
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
        responsible: 'Samhällsbyggnadsförvaltningen',
        contactPerson: 'Trygghetssamordnaren',
        partners: ['Huge Bostäder AB', ' ', 'Huge Bostäder AB'],
        plannedHours: 40,
        costSek: 120000,
        goalIds: [goal.id],
      });
      expect(measure).toMatchObject({
        partners: ['Huge Bostäder AB'],
        statusColour: null,
        position: 0,
      });
      await expect(
        saveMeasure(deps, coordinator, plan.id, null, {
          measure: 'X',
          problemId: 'nope',
          goalIds: ['nope'],
          categoryCodes: ['nope'],
          startsOn: '2027-05-01',
          endsOn: '2027-04-01',
        }),
      ).rejects.toMatchObject({
        code: 'PLAN_INVALID',
        details: {
          problems: [
            { field: 'endsOn', problem: 'ends_before_start' },
            { field: 'problemId', problem: 'problem_unknown' },
            { field: 'goalIds', problem: 'goal_unknown' },
            { field: 'categoryCodes', problem: 'category_unknown' },
          ],
        },
      });
      const changed = await saveMeasure(deps, coordinator, plan.id, measure.id, {
        costSek: 150000,
      });
      expect(changed).toMatchObject({
        costSek: 150000,
        measure: 'Belysning och röjning vid gångtunneln',
      });

      await adoptPlan(deps, coordinator, plan.id, {
        decisionBody: 'committee',
        decisionBodyName: 'Samhällsbyggnadsnämnden',
        decidedOn: '2026-10-01',
        caseNumber: 'SBN-2026/45.1',
      });
      await expect(
        saveMeasure(deps, coordinator, plan.id, measure.id, { costSek: 1 }),
      ).rejects.toMatchObject({
        code: 'PLAN_LOCKED',
      });
      const status = await setMeasureStatus(deps, coordinator, plan.id, measure.id, {
        colour: 'yellow',
        comment: 'Leveransen av armaturer är försenad.',
      });
      expect(status).toMatchObject({
        statusColour: 'yellow',
        statusUpdatedByUserId: coordinator.userId,
        statusUpdatedAt: '2026-11-27T09:00:00.000Z',
      });
      await expect(
        setMeasureStatus(deps, viewer, plan.id, measure.id, { colour: 'green' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('drops links to a deleted goal from the measures of a draft', async () => {
      const plan = await newPlan();
      const goal = await saveGoal(deps, coordinator, plan.id, null, { title: 'Mål' });
      await saveMeasure(deps, coordinator, plan.id, null, {
        measure: 'Åtgärd',
        goalIds: [goal.id],
      });
      await deletePlanItem(deps, coordinator, plan.id, 'goal', goal.id);
      const detail = await getPlan(deps, viewer, plan.id);
      expect(detail.goals).toEqual([]);
      expect(detail.measures[0]?.goalIds).toEqual([]);
      await expect(
        deletePlanItem(deps, coordinator, plan.id, 'goal', goal.id),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it("flags the demo plan's unaddressed problem and the running efforts nobody evaluated", async () => {
      const [demo] = await listPlans(deps, viewer, { status: 'expired' });
      const gaps = await getGapView(deps, viewer, demo?.id ?? '');
      expect(gaps.prioritisedProblems).toHaveLength(4);
      expect(gaps.unaddressedProblems.map((coverage) => coverage.problem.title)).toEqual([
        'Organiserad brottslighet i välfärden och skattesystemet',
      ]);
      expect(gaps.unevaluatedEfforts.map((effort) => effort.name).sort()).toEqual([
        'Leverantörskontroll vid upphandling',
        'Operativ samverkansgrupp (OSG)',
        'Samverkansavtal med Polisområde Stockholm Syd och Södertörns Brandförsvarsförbund',
        'Tillsammans mot brott – nationellt brottsförebyggande program',
      ]);
      // The programme 2018–2021 has ended: no longer a gap, still in the register.
      expect((await listEfforts(deps, viewer)).map((effort) => effort.name)).toContain(
        'Program för trygghet och säkerhet 2018–2021',
      );
    });

    it('closes a gap once an effort is linked to the problem', async () => {
      const [demo] = await listPlans(deps, viewer, { status: 'expired' });
      const before = await getGapView(deps, viewer, demo?.id ?? '');
      const welfare = before.unaddressedProblems[0]?.problem;
      await saveEffort(deps, coordinator, null, {
        name: 'Samverkan mot välfärdsbrott',
        level: 'regional',
        owner: 'Länsstyrelsen',
        evaluation: 'external',
        problemIds: [welfare?.id ?? ''],
      });
      expect((await getGapView(deps, viewer, demo?.id ?? '')).unaddressedProblems).toEqual([]);
      await expect(
        saveEffort(deps, coordinator, null, { name: ' ', level: 'local', goalIds: ['nope'] }),
      ).rejects.toMatchObject({
        code: 'EFFORT_INVALID',
        details: {
          problems: [
            { field: 'name', problem: 'required' },
            { field: 'goalIds', problem: 'goal_unknown' },
          ],
        },
      });
    });
  },
);
