import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { demoPlan } from '../../demo/seed-plan.js';
import { adoptPlan } from '../plans/adopt-plan.js';
import { createPlan } from '../plans/create-plan.js';
import { getPlan } from '../plans/get-plan.js';
import { listPlans } from '../plans/list-plans.js';
import { getAttention } from './get-attention.js';

describeEachDialect('an expired plan that a newer plan of its kind took over from', (database) => {
  let deps: Deps;
  let coordinator: Actor;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    const huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
  });

  const expiredAlerts = async () =>
    (await getAttention(deps, coordinator)).filter((item) => item.kind === 'plan_expired');

  it('stops alerting once the newer plan is adopted, and its history says which plan took over', async () => {
    const [old] = await listPlans(deps, coordinator, { status: 'expired' });
    expect(old?.title).toBe(demoPlan.title);
    expect((await expiredAlerts()).map((item) => item.planId)).toEqual([old?.id]);

    // A draft, or an adopted plan of another kind, takes over nothing.
    const successor = await createPlan(deps, coordinator, {
      title: 'Strategi mot brott 2027–2030',
      kind: old?.kind ?? 'strategic_plan',
      owner: 'Kommunstyrelsens förvaltning',
      validUntil: '2030-12-31',
    });
    const other = await createPlan(deps, coordinator, {
      title: 'Åtgärdsplan Skogås',
      kind: old?.kind === 'action_plan' ? 'programme' : 'action_plan',
      owner: 'Kommunstyrelsens förvaltning',
      validUntil: '2028-12-31',
    });
    const adoption = {
      decisionBody: 'municipal_council' as const,
      decisionBodyName: 'Kommunfullmäktige',
      decidedOn: '2026-11-20',
      caseNumber: 'KS-2026/581',
    };
    await adoptPlan(deps, coordinator, other.id, adoption);
    expect(await expiredAlerts()).toHaveLength(1);

    await adoptPlan(deps, coordinator, successor.id, adoption);
    expect(await expiredAlerts()).toEqual([]);
    const history = await getPlan(deps, coordinator, old?.id ?? '');
    expect(history.status).toBe('expired');
    expect(history.supersededBy).toEqual({ id: successor.id, title: successor.title });
    expect((await getPlan(deps, coordinator, successor.id)).supersededBy).toBeNull();
  });
});
