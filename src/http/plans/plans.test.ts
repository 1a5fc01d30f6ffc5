import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Role } from '../../domain/access/roles.js';
import type { Deps } from '../../domain/deps.js';
import { demoPlan } from '../../demo/seed-plan.js';

describeEachDialect('the plans API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let viewer: TestClient;
  let reporter: TestClient;
  let stranger: TestClient;

  const signIn = async (role: Role) =>
    new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, [role])).email,
    );
  const json = <T>(response: { json(): unknown }) => response.json() as T;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    app = await buildTestApp(deps);
    coordinator = await signIn('coordinator');
    viewer = await signIn('viewer');
    reporter = await signIn('reporter');
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    stranger = await new TestClient(app).signIn((await makeUser(deps, elsewhere, ['admin'])).email);
  });
  afterAll(() => app.close());

  it("lists the demo's 2015 plan as expired for a politician, with its decision and interval", async () => {
    const response = await viewer.get('/api/plans?status=expired');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      expect.objectContaining({
        title: demoPlan.title,
        status: 'expired',
        validUntil: '2016-12-31',
        followUpIntervalMonths: 24,
        decision: expect.objectContaining({
          decidedOn: '2015-04-13',
          bodyName: 'Kommunfullmäktige',
        }),
      }),
    ]);
    expect(response.body).not.toContain('municipalityId');
    expect((await reporter.get('/api/plans')).statusCode).toBe(403);
  });

  it('drafts, fills and adopts a plan through the API, and locks its content once adopted', async () => {
    const created = await coordinator.post('/api/plans', {
      title: 'Åtgärdsplan mot brott 2027–2028',
      kind: 'action_plan',
      owner: 'Kommunstyrelsens förvaltning',
      validUntil: '2028-12-31',
    });
    expect(created.statusCode).toBe(201);
    const plan = json<{ id: string; status: string }>(created);
    expect(plan.status).toBe('draft');

    const problem = json<{ id: string }>(
      await coordinator.post(`/api/plans/${plan.id}/problems`, {
        title: 'Öppen narkotikahandel i Skogås',
        categoryCodes: ['open_drug_market'],
        districtIds: [huddinge.districtIds['Skogås']],
        isPrioritised: true,
      }),
    );
    const goal = json<{ id: string }>(
      await coordinator.post(`/api/plans/${plan.id}/goals`, { title: 'Ingen öppen handel' }),
    );
    const indicator = await coordinator.post(`/api/plans/${plan.id}/indicators`, {
      goalId: goal.id,
      name: 'Öppen narkotikahandel per år',
      unit: 'händelser',
      direction: 'down',
      computation: { categoryCodes: ['open_drug_market'], districtIds: [], periodKind: 'year' },
    });
    expect(indicator.statusCode).toBe(201);
    const measure = await coordinator.post(`/api/plans/${plan.id}/measures`, {
      problemId: problem.id,
      measure: 'Platssamverkan vid Skogås centrum',
      responsible: 'Kommunstyrelsens förvaltning',
      contactPerson: 'Trygghetssamordnaren',
      partners: ['Lokalpolisområde Huddinge'],
      plannedHours: 120,
      costSek: 50000,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      goalIds: [goal.id],
    });
    expect(measure.statusCode).toBe(201);
    const measureId = json<{ id: string }>(measure).id;
    expect(
      (
        await coordinator.put(`/api/plans/${plan.id}/snapshot`, {
          periodKind: 'year',
          periodKey: '2026',
        })
      ).statusCode,
    ).toBe(200);

    const adopted = await coordinator.post(`/api/plans/${plan.id}/adoption`, {
      decisionBody: 'municipal_council',
      decisionBodyName: 'Kommunfullmäktige',
      decidedOn: '2026-11-16',
      caseNumber: 'KS-2026/581.173',
      validFrom: '2027-01-01',
    });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', validFrom: '2027-01-01' });

    const locked = await coordinator.patch(`/api/plans/measures/${measureId}`, { costSek: 1 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'PLAN_LOCKED', details: { reason: 'adopted' } });
    const status = await coordinator.put(`/api/plans/measures/${measureId}/status`, {
      colour: 'green',
      comment: 'Startad enligt plan',
    });
    expect(status.json()).toMatchObject({
      statusColour: 'green',
      statusComment: 'Startad enligt plan',
    });

    const detail = await viewer.get(`/api/plans/${plan.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'adopted',
      problems: [{ id: problem.id, isPrioritised: true }],
      goals: [{ id: goal.id, indicators: [{ direction: 'down', values: [] }] }],
      measures: [{ id: measureId, statusColour: 'green', goalIds: [goal.id] }],
      snapshot: { periodKind: 'year', periodKey: '2026' },
    });
    expect((await viewer.get(`/api/plans/${plan.id}/gaps`)).json()).toMatchObject({
      // The plan's own measure works on the problem: it is covered, not a gap.
      prioritisedProblems: [{ problem: { id: problem.id }, measureIds: [measureId] }],
      unaddressedProblems: [],
    });

    const revision = await coordinator.post(`/api/plans/${plan.id}/revisions`);
    expect(revision.statusCode).toBe(201);
    const again = await coordinator.post(`/api/plans/${plan.id}/revisions`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'PLAN_NOT_REVISABLE',
      details: { reason: 'revision_pending' },
    });
    const versions = json<{ version: number }[]>(
      await viewer.get(`/api/plans?lineageId=${plan.id}`),
    );
    expect(versions.map((version) => version.version).sort()).toEqual([1, 2]);
  });

  it('answers a malformed body with VALIDATION_FAILED by field, and a rule broken with PLAN_INVALID by field', async () => {
    const malformed = await coordinator.post('/api/plans', {
      title: '',
      kind: 'wish_list',
      owner: 'KSF',
      validUntil: '31/12/2028',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const paths = json<{ details: { issues: { path: string[] }[] } }>(malformed).details.issues.map(
      (issue) => issue.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.kind', 'body.validUntil']));

    const plan = json<{ id: string }>(
      await coordinator.post('/api/plans', { title: 'Plan', kind: 'programme', owner: 'KSF' }),
    );
    const refused = await coordinator.post(`/api/plans/${plan.id}/adoption`, {
      decisionBody: 'committee',
      decisionBodyName: 'Socialnämnden',
      decidedOn: '2026-11-16',
      caseNumber: 'Socialnämndens ärende 45',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [
          {
            field: 'caseNumber',
            problem: 'case_number_pattern',
            value: 'Socialnämndens ärende 45',
          },
          { field: 'validUntil', problem: 'required' },
        ],
      },
    });
  });

  it('imports indicator values from CSV through the API, reporting bad rows by line', async () => {
    const [demo] = json<{ id: string }[]>(await viewer.get('/api/plans?status=expired'));
    const bad = await coordinator.post(`/api/plans/${demo?.id}/indicator-values/csv`, {
      fileName: 'sig.csv',
      content:
        'indikator;datum;värde\nUngdomar som ingått i en social insatsgrupp (SIG) sedan 2015;2018-12-31;femton\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'PLAN_INVALID',
      details: {
        problems: [{ line: 2, field: 'value', problem: 'invalid_number', value: 'femton' }],
      },
    });
    const good = await coordinator.post(`/api/plans/${demo?.id}/indicator-values/csv`, {
      fileName: 'sig.csv',
      content:
        'indikator;datum;värde\nUngdomar som ingått i en social insatsgrupp (SIG) sedan 2015;2018-12-31;15\n',
    });
    expect(good.json()).toEqual({ imported: 1 });
  });

  it('keeps the register of efforts and shows the demo plan’s gaps', async () => {
    const efforts = json<{ name: string; level: string }[]>(await viewer.get('/api/efforts'));
    expect(efforts.map((effort) => effort.name)).toContain('Sociala insatsgrupper (SIG)');
    expect(efforts.at(-1)?.level).toBe('national');
    const created = await coordinator.post('/api/efforts', {
      name: 'Föräldravandringar',
      level: 'local',
      owner: 'Civilsamhället',
      evaluation: 'none',
    });
    expect(created.statusCode).toBe(201);
    const id = json<{ id: string }>(created).id;
    expect(
      (
        await coordinator.patch(`/api/efforts/${id}`, {
          evaluation: 'external',
          evaluationNote: 'BRÅ 2027',
        })
      ).json(),
    ).toMatchObject({ evaluation: 'external' });
    expect((await viewer.patch(`/api/efforts/${id}`, { evaluation: 'none' })).statusCode).toBe(403);
    const invalid = await coordinator.patch(`/api/efforts/${id}`, {
      problemIds: [randomUUID()],
    });
    expect(invalid.json()).toMatchObject({
      code: 'EFFORT_INVALID',
      details: { problems: [{ field: 'problemIds', problem: 'problem_unknown' }] },
    });
    expect((await coordinator.delete(`/api/efforts/${id}`)).statusCode).toBe(204);
    expect((await viewer.get(`/api/efforts/${id}`)).statusCode).toBe(404);

    const [demo] = json<{ id: string }[]>(await viewer.get('/api/plans?status=expired'));
    const gaps = await viewer.get(`/api/plans/${demo?.id}/gaps`);
    expect(gaps.json()).toMatchObject({
      unaddressedProblems: [
        { problem: { title: 'Organiserad brottslighet i välfärden och skattesystemet' } },
      ],
    });
  });

  it("answers another municipality's plans, items and efforts as missing", async () => {
    const [demo] = json<{ id: string }[]>(await viewer.get('/api/plans?status=expired'));
    const detail = json<{ goals: { id: string }[]; measures: { id: string }[] }>(
      await viewer.get(`/api/plans/${demo?.id}`),
    );
    const [effort] = json<{ id: string }[]>(await viewer.get('/api/efforts'));
    for (const response of [
      await stranger.get(`/api/plans/${demo?.id}`),
      await stranger.get(`/api/plans/${demo?.id}/gaps`),
      await stranger.patch(`/api/plans/goals/${detail.goals[0]?.id}`, { title: 'x' }),
      await stranger.put(`/api/plans/measures/${detail.measures[0]?.id}/status`, { colour: 'red' }),
      await stranger.get(`/api/efforts/${effort?.id}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await stranger.get('/api/plans')).json()).toEqual([]);
  });
});
