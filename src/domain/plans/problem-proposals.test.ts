import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents, type ReportedEvent } from '../incidents/report-incidents.js';
import { acceptProblemProposals } from './accept-problem-proposals.js';
import { createPlan } from './create-plan.js';
import { createPlanFromPicture } from './create-plan-from-picture.js';
import { getPlan } from './get-plan.js';
import { listProblemProposals, proposeProblems } from './problem-proposals.js';

const names = {
  category: (code: string) => ({ burglary: 'Inbrott', vandalism: 'Skadegörelse' })[code] ?? code,
  district: (id: string | null) => (id === null ? 'hela kommunen' : `område ${id}`),
};

describe('proposing problems from a situation picture', () => {
  it('puts an alarm before a change on the same place and category, joining their sentences', () => {
    const proposals = proposeProblems(
      [
        { source: 'change', districtId: 'd1', categoryCode: 'burglary', sentence: 'Fler inbrott.' },
        { source: 'alarm', districtId: 'd1', categoryCode: 'burglary', sentence: 'Larm.' },
        { source: 'change', districtId: null, categoryCode: 'vandalism', sentence: 'Mer klotter.' },
      ],
      [],
      names,
    );
    expect(proposals).toEqual([
      {
        key: 'alarm|d1|burglary',
        source: 'alarm',
        title: 'Inbrott i område d1',
        description: 'Larm. Fler inbrott.',
        categoryCodes: ['burglary'],
        districtIds: ['d1'],
      },
      expect.objectContaining({ key: 'change||vandalism', title: 'Skadegörelse i hela kommunen' }),
    ]);
  });

  it('leaves out what the plan already has as a problem of that category and place', () => {
    const proposals = proposeProblems(
      [{ source: 'change', districtId: 'd1', categoryCode: 'burglary', sentence: 'Fler.' }],
      [{ categoryCodes: ['burglary'], districtIds: ['d1'] }],
      names,
    );
    expect(proposals).toEqual([]);
  });
});

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

describeEachDialect('a plan started from this week’s picture', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let viewer: Actor;

  const drugs = (occurredAt: string): ReportedEvent => ({
    point: inSkogas,
    occurredAt,
    categoryCode: 'suspected_drug_dealing',
    description: 'Misstänkt langning vid centrum.',
  });

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-28T12:00:00Z') });
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    viewer = await huddinge.actor('administration', ['viewer']);
    // Week 48: nine reports against one a week in the eight weeks before.
    const week48 = Array.from({ length: 9 }, (_, index) =>
      drugs(`2026-11-27T${String(10 + index).padStart(2, '0')}:05:00Z`),
    );
    const baseline = Array.from({ length: 8 }, (_, index) => {
      const day = new Date(Date.UTC(2026, 9, 1) + index * 7 * 86_400_000);
      return drugs(`${day.toISOString().slice(0, 10)}T09:00:00Z`);
    });
    await reportIncidents(deps, reporter, { events: [...week48, ...baseline] });
  });

  const fields = { title: 'Åtgärdsplan 2027', kind: 'action_plan' as const, owner: 'KSF' };

  it('saves the draft with this week’s picture and proposes its largest rise as a problem', async () => {
    const plan = await createPlanFromPicture(deps, coordinator, fields);
    const detail = await getPlan(deps, coordinator, plan.id);
    expect(detail.snapshot).toMatchObject({ periodKind: 'week', periodKey: '2026-W48' });
    const proposals = await listProblemProposals(deps, coordinator, plan.id);
    const drugProposal = proposals.find((proposal) =>
      proposal.categoryCodes.includes('suspected_drug_dealing'),
    );
    expect(drugProposal).toMatchObject({ title: expect.stringMatching(/ i /) });
    expect(drugProposal?.description).not.toBe('');
  });

  it('takes accepted proposals in as prioritised problems and proposes them no more', async () => {
    const plan = await createPlanFromPicture(deps, coordinator, fields);
    const [first, ...rest] = await listProblemProposals(deps, coordinator, plan.id);
    expect(first).toBeDefined();
    const accepted = await acceptProblemProposals(deps, coordinator, plan.id, [first?.key ?? '']);
    expect(accepted).toEqual([
      expect.objectContaining({ title: first?.title, isPrioritised: true, position: 0 }),
    ]);
    const after = await listProblemProposals(deps, coordinator, plan.id);
    expect(after.map((proposal) => proposal.key)).toEqual(rest.map((proposal) => proposal.key));
    const problems = (await getPlan(deps, coordinator, plan.id)).problems;
    expect(problems.map((problem) => problem.title)).toEqual([first?.title]);
  });

  it('refuses a key the picture does not propose, and adds nothing', async () => {
    const plan = await createPlanFromPicture(deps, coordinator, fields);
    const [first] = await listProblemProposals(deps, coordinator, plan.id);
    await expect(
      acceptProblemProposals(deps, coordinator, plan.id, [first?.key ?? '', 'change||nope']),
    ).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [{ field: 'keys', problem: 'proposal_unknown', value: 'change||nope' }],
      },
    });
    expect((await getPlan(deps, coordinator, plan.id)).problems).toEqual([]);
  });

  it('proposes nothing for a plan without a saved picture', async () => {
    const plan = await createPlan(deps, coordinator, fields);
    expect(await listProblemProposals(deps, coordinator, plan.id)).toEqual([]);
  });

  it('lets only those who manage plans start one from the picture', async () => {
    await expect(createPlanFromPicture(deps, viewer, fields)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
