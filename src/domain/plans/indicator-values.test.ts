import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { adoptPlan } from './adopt-plan.js';
import { computeIndicatorValue, sumComputedCount } from './compute-indicator-value.js';
import { createPlan } from './create-plan.js';
import { deletePlanItem } from './delete-plan-item.js';
import { getPlan } from './get-plan.js';
import { importIndicatorValues, parseDecimal } from './import-indicator-values.js';
import type { Indicator } from './plan.js';
import { recordIndicatorValue } from './record-indicator-value.js';
import { revisePlan } from './revise-plan.js';
import { saveGoal } from './save-goal.js';
import { saveIndicator } from './save-indicator.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

it('reads Swedish and English decimals, and nothing else', () => {
  expect(parseDecimal('1 234,5')).toBe(1234.5);
  expect(parseDecimal('12.25')).toBe(12.25);
  expect(parseDecimal('−3')).toBe(-3);
  expect(parseDecimal('tolv')).toBeNull();
  expect(parseDecimal('')).toBeNull();
});

it('counts the whole municipality from its own row, and districts by summing theirs', () => {
  const cells = [
    { districtId: null, categoryCode: 'shooting', count: 5 },
    { districtId: 'a', categoryCode: 'shooting', count: 2 },
    { districtId: 'b', categoryCode: 'shooting', count: 1 },
    { districtId: 'a', categoryCode: 'graffiti', count: 9 },
  ];
  const computation = { categoryCodes: ['shooting'], periodKind: 'year' as const };
  expect(sumComputedCount({ ...computation, districtIds: [] }, cells)).toBe(5);
  expect(sumComputedCount({ ...computation, districtIds: ['a', 'b'] }, cells)).toBe(3);
  expect(sumComputedCount({ ...computation, districtIds: ['b'] }, cells)).toBe(1);
});

describeEachDialect('indicator values: by hand, from CSV, from the picture', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let analyst: Actor;
  let planId: string;
  let counted: Indicator;
  let felt: Indicator;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    analyst = await huddinge.actor('administration', ['analyst']);
    const plan = await createPlan(deps, coordinator, {
      title: 'Trygghetsplan',
      kind: 'action_plan',
      owner: 'KSF',
      validUntil: '2028-12-31',
    });
    planId = plan.id;
    const goal = await saveGoal(deps, coordinator, planId, null, {
      title: 'Mindre narkotikahandel',
    });
    counted = await saveIndicator(deps, coordinator, planId, null, {
      goalId: goal.id,
      name: 'Öppen narkotikahandel i Skogås',
      unit: 'händelser',
      direction: 'down',
      baselineValue: 12,
      baselineOn: '2025-12-31',
      targetValue: 6,
      targetOn: '2028-12-31',
      computation: {
        categoryCodes: ['open_drug_market'],
        districtIds: [huddinge.districtIds['Skogås'] ?? ''],
        periodKind: 'tertial',
      },
    });
    felt = await saveIndicator(deps, coordinator, planId, null, {
      goalId: goal.id,
      name: 'Andel som känner sig trygga',
      unit: '%',
      direction: 'up',
    });
  });

  it('refuses an indicator on an unknown goal or category, by field', async () => {
    await expect(
      saveIndicator(deps, coordinator, planId, null, {
        goalId: 'no-such-goal',
        name: 'X',
        unit: 'st',
        direction: 'up',
        computation: { categoryCodes: ['no_such_category'], districtIds: [], periodKind: 'year' },
      }),
    ).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [
          { field: 'goalId', problem: 'goal_unknown' },
          { field: 'computation.categoryCodes', problem: 'category_unknown' },
        ],
      },
    });
  });

  it('records a value by hand with its source, who and when', async () => {
    const value = await recordIndicatorValue(deps, coordinator, planId, felt.id, {
      value: 71.5,
      measuredOn: '2026-10-31',
      note: 'Trygghetsmätningen',
    });
    expect(value).toMatchObject({
      source: 'manual',
      recordedByUserId: coordinator.userId,
      recordedAt: '2026-11-27T09:00:00.000Z',
    });
    await expect(
      recordIndicatorValue(deps, analyst, planId, felt.id, { value: 1, measuredOn: '2026-10-31' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports values from CSV, or reports every bad row by line and saves nothing', async () => {
    const bad = [
      'indikator;datum;värde;kommentar',
      'Andel som känner sig trygga;2025-10-31;68,5;',
      'Okänd indikator;2025-10-31;1;',
      '',
      'Andel som känner sig trygga;2025-13-01;tolv;',
    ].join('\n');
    await expect(
      importIndicatorValues(deps, coordinator, planId, { fileName: 'trygghet.csv', content: bad }),
    ).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [
          { line: 3, field: 'indicator', problem: 'indicator_unknown', value: 'Okänd indikator' },
          { line: 5, field: 'date', problem: 'invalid_date', value: '2025-13-01' },
          { line: 5, field: 'value', problem: 'invalid_number', value: 'tolv' },
        ],
      },
    });
    await expect(
      importIndicatorValues(deps, coordinator, planId, { fileName: 'x.csv', content: 'a;b\n1;2' }),
    ).rejects.toMatchObject({
      details: {
        problems: [
          { field: 'indicator', problem: 'required', line: 1 },
          { field: 'date', problem: 'required', line: 1 },
          { field: 'value', problem: 'required', line: 1 },
        ],
      },
    });
    const good = 'indicator,date,value\nandel som känner sig trygga,2024-10-31,66\n';
    expect(
      await importIndicatorValues(deps, coordinator, planId, {
        fileName: 'trygghet.csv',
        content: good,
      }),
    ).toEqual({ imported: 1 });
    const detail = await getPlan(deps, analyst, planId);
    const values = detail.goals[0]?.indicators.find((item) => item.id === felt.id)?.values ?? [];
    expect(
      values.map((value) => [value.measuredOn, value.value, value.source, value.sourceDetail]),
    ).toEqual([
      ['2024-10-31', 66, 'csv', 'trygghet.csv:2'],
      ['2026-10-31', 71.5, 'manual', ''],
    ]);
  });

  it('computes a tertial count from the picture, replacing an earlier computation of the same tertial', async () => {
    await reportIncidents(deps, coordinator, {
      events: [
        {
          point: inSkogas,
          categoryCode: 'open_drug_market',
          description: 'Langning vid centrum.',
          occurredAt: '2026-09-10T18:00:00.000Z',
        },
        {
          point: inSkogas,
          categoryCode: 'open_drug_market',
          description: 'Langning igen.',
          occurredAt: '2026-10-02T18:00:00.000Z',
        },
        {
          point: inSkogas,
          categoryCode: 'graffiti',
          description: 'Klotter.',
          occurredAt: '2026-10-02T18:00:00.000Z',
        },
      ],
    });
    const first = await computeIndicatorValue(deps, coordinator, planId, counted.id, {
      periodKey: '2026-T3',
    });
    expect(first).toMatchObject({
      value: 2,
      source: 'picture',
      sourceDetail: '2026-T3',
      measuredOn: '2026-12-31',
    });
    await computeIndicatorValue(deps, coordinator, planId, counted.id, { periodKey: '2026-T3' });
    const detail = await getPlan(deps, analyst, planId);
    const values = detail.goals[0]?.indicators.find((item) => item.id === counted.id)?.values ?? [];
    expect(values).toHaveLength(1);
    expect(
      (await computeIndicatorValue(deps, coordinator, planId, counted.id, { periodKey: '2026-T2' }))
        .value,
    ).toBe(0);
    await expect(
      computeIndicatorValue(deps, coordinator, planId, counted.id, { periodKey: '2026' }),
    ).rejects.toMatchObject({
      details: { problems: [{ field: 'periodKey', problem: 'invalid_period' }] },
    });
    await expect(
      computeIndicatorValue(deps, coordinator, planId, felt.id, { periodKey: '2026-T3' }),
    ).rejects.toMatchObject({
      details: { problems: [{ field: 'computation', problem: 'not_computable' }] },
    });
  });

  it('keeps recording values on an adopted plan, and stops once a revision replaces it', async () => {
    await adoptPlan(deps, coordinator, planId, {
      decisionBody: 'executive_board',
      decisionBodyName: 'Kommunstyrelsen',
      decidedOn: '2026-01-15',
      caseNumber: 'KS-2026/12',
    });
    const value = await recordIndicatorValue(deps, coordinator, planId, felt.id, {
      value: 72,
      measuredOn: '2026-11-01',
    });
    await deletePlanItem(deps, coordinator, planId, 'indicator_value', value.id);
    await expect(
      deletePlanItem(deps, coordinator, planId, 'indicator', felt.id),
    ).rejects.toMatchObject({
      code: 'PLAN_LOCKED',
    });
    const revision = await revisePlan(deps, coordinator, planId);
    await adoptPlan(deps, coordinator, revision.id, {
      decisionBody: 'executive_board',
      decisionBodyName: 'Kommunstyrelsen',
      decidedOn: '2026-11-20',
      caseNumber: 'KS-2026/13',
      validUntil: '2029-12-31',
    });
    await expect(
      recordIndicatorValue(deps, coordinator, planId, felt.id, {
        value: 73,
        measuredOn: '2026-11-02',
      }),
    ).rejects.toMatchObject({ code: 'PLAN_LOCKED', details: { reason: 'replaced' } });
  });
});
