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

    it("flags a plan's unaddressed problem and the running efforts nobody evaluated", async () => {
      const plan = await newPlan();
      const problem = (title: string, isPrioritised = true) =>
        savePlanProblem(deps, coordinator, plan.id, null, { title, isPrioritised });
      const welfare = await problem('Välfärdsbrott i gapvyn');
      const recruitment = await problem('Rekrytering av unga i gapvyn');
      await problem('Nedskräpning i gapvyn', false);
      const effort = (name: string, input: Parameters<typeof saveEffort>[3]) =>
        saveEffort(deps, coordinator, null, { name, level: 'local', owner: 'KSF', ...input });
      await effort('SIG i gapvyn', { evaluation: 'external', problemIds: [recruitment.id] });
      await effort('Fältgrupp i gapvyn', { evaluation: 'none', problemIds: [recruitment.id] });
      await effort('Planerad utvärdering i gapvyn', {
        evaluation: 'planned',
        endedOn: '2026-11-27',
      });
      await effort('Avslutat program i gapvyn', { evaluation: 'none', endedOn: '2026-11-26' });

      const gaps = await getGapView(deps, viewer, plan.id);
      expect(gaps.prioritisedProblems.map((coverage) => coverage.problem.title)).toEqual([
        'Välfärdsbrott i gapvyn',
        'Rekrytering av unga i gapvyn',
      ]);
      expect(gaps.unaddressedProblems.map((coverage) => coverage.problem.id)).toEqual([welfare.id]);
      const unevaluated = gaps.unevaluatedEfforts.map((item) => item.name);
      expect(unevaluated).toEqual(
        expect.arrayContaining(['Fältgrupp i gapvyn', 'Planerad utvärdering i gapvyn']),
      );
      expect(unevaluated).not.toContain('SIG i gapvyn');
      // An effort that has ended is no longer a gap, and stays in the register.
      expect(unevaluated).not.toContain('Avslutat program i gapvyn');
      expect((await listEfforts(deps, viewer)).map((item) => item.name)).toContain(
        'Avslutat program i gapvyn',
      );
    });

    it("no longer lists a problem as without work once one of the plan's measures works on it", async () => {
      const plan = await newPlan();
      const vandalism = await savePlanProblem(deps, coordinator, plan.id, null, {
        title: 'Skadegörelse vid stationen',
        isPrioritised: true,
      });
      expect(
        (await getGapView(deps, viewer, plan.id)).unaddressedProblems.map(
          (coverage) => coverage.problem.id,
        ),
      ).toEqual([vandalism.id]);
      await saveMeasure(deps, coordinator, plan.id, null, {
        measure: 'Bättre belysning vid stationen',
        problemId: vandalism.id,
      });
      const gaps = await getGapView(deps, viewer, plan.id);
      expect(gaps.unaddressedProblems).toEqual([]);
      expect(gaps.prioritisedProblems[0]?.measureIds).toHaveLength(1);
    });

    it('closes a gap once an effort is linked to the problem', async () => {
      const plan = await newPlan();
      const welfare = await savePlanProblem(deps, coordinator, plan.id, null, {
        title: 'Organiserad brottslighet i välfärden och skattesystemet',
        isPrioritised: true,
      });
      const before = await getGapView(deps, viewer, plan.id);
      expect(before.unaddressedProblems.map((coverage) => coverage.problem.id)).toEqual([
        welfare.id,
      ]);
      await saveEffort(deps, coordinator, null, {
        name: 'Samverkan mot välfärdsbrott',
        level: 'regional',
        owner: 'Länsstyrelsen',
        evaluation: 'external',
        problemIds: [welfare.id],
      });
      expect((await getGapView(deps, viewer, plan.id)).unaddressedProblems).toEqual([]);
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
