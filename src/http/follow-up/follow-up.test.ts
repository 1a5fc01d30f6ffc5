import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { pdfPages } from '../../../test/support/pdf-text.js';
import type { User } from '../../domain/accounts/user.js';
import type { Deps } from '../../domain/deps.js';
import { daysBetween } from '../../domain/plans/plan-status.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface Attention {
  kind: string;
  severity: string;
  planTitle: string;
  roundId: string | null;
  day: string;
  days: number;
  reportedCount: number | null;
  taskCount: number | null;
}
interface Round {
  id: string;
  dueOn: string;
  isFinal: boolean;
  taskCount: number;
  reportedCount: number;
  daysOverdue: number;
  isReported: boolean;
}
interface Task {
  id: string;
  assigneeUserId: string | null;
  measure: { measure: string } | null;
}

const planTitle = 'Strategisk handlingsplan mot organiserad brottslighet i Huddinge';

describeEachDialect('the follow-up of plans over HTTP', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let owner: TestClient;
  let ownerUser: User;
  let other: TestClient;
  let viewer: TestClient;
  let planId: string;
  let roundId: string;
  let today: string;

  const signIn = async (user: User) => new TestClient(app).signIn(user.email);

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    app = await buildTestApp(deps);
    today = stockholmToday(new Date());
    coordinator = await signIn(
      await makeUser(deps, huddinge.organisations.administration, ['coordinator'], {
        displayName: 'Sara Samordnare',
      }),
    );
    ownerUser = await makeUser(deps, huddinge.organisations.social, ['caseworker'], {
      displayName: 'Åsa Öberg',
    });
    owner = await signIn(ownerUser);
    other = await signIn(await makeUser(deps, huddinge.organisations.social, ['caseworker']));
    viewer = await signIn(await makeUser(deps, huddinge.organisations.administration, ['viewer']));
    const [plan] = await deps.store.plans.list(huddinge.municipalityId, {});
    planId = plan?.id ?? '';
  });
  afterAll(() => app.close());

  it("leads the coordinator's start page with the 2015 plan: its 2017 follow-up never reported, the plan expired", async () => {
    const response = await coordinator.get('/api/attention');
    expect(response.statusCode).toBe(200);
    const items = response.json() as Attention[];
    const ofPlan = items.filter((item) => item.planTitle === planTitle);
    expect(ofPlan).toEqual([
      expect.objectContaining({
        kind: 'follow_up_overdue',
        severity: 'red',
        roundId: null,
        day: '2017-04-13',
        days: daysBetween('2017-04-13', today),
        reportedCount: 0,
      }),
      expect.objectContaining({
        kind: 'plan_expired',
        severity: 'red',
        day: '2016-12-31',
        days: daysBetween('2016-12-31', today),
      }),
    ]);
    expect(ofPlan[0]?.days).toBeGreaterThan(3000);
    // Politicians see it too; a visitor does not.
    expect((await viewer.get('/api/attention')).statusCode).toBe(200);
    expect((await new TestClient(app).get('/api/attention')).statusCode).toBe(401);
  });

  it("makes the plan's one round from its interval, the final one due 2017-04-13, and only once", async () => {
    const made = await coordinator.post(`/api/plans/${planId}/follow-up-rounds/from-interval`, {});
    expect(made.statusCode).toBe(201);
    expect(made.json()).toEqual([
      expect.objectContaining({ dueOn: '2017-04-13', isFinal: true, origin: 'interval' }),
    ]);
    const again = await coordinator.post(`/api/plans/${planId}/follow-up-rounds/from-interval`, {});
    expect(again.json()).toEqual([]);
    const rounds = (
      await coordinator.get(`/api/plans/${planId}/follow-up-rounds`)
    ).json() as Round[];
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    roundId = round?.id ?? '';
    const measures = await deps.store.plans.listMeasures(huddinge.municipalityId, planId);
    expect(round).toMatchObject({
      taskCount: measures.length,
      reportedCount: 0,
      daysOverdue: daysBetween('2017-04-13', today),
      isReported: false,
    });
    const attention = (await coordinator.get('/api/attention')).json() as Attention[];
    expect(attention[0]).toMatchObject({ kind: 'follow_up_overdue', roundId });

    const audit = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'follow_up.round_create',
      limit: 1,
    });
    expect(audit[0]?.details).toMatchObject({ planId, dueOn: '2017-04-13', origin: 'interval' });
  });

  it('lets a measure owner report only their own task; a coordinator manages', async () => {
    const round = (await coordinator.get(`/api/follow-up-rounds/${roundId}`)).json() as {
      tasks: Task[];
    };
    const [first, second] = round.tasks;
    if (!first || !second) throw new Error('too few tasks');
    const assigned = await coordinator.put(`/api/follow-up-tasks/${first.id}/assignee`, {
      assigneeUserId: ownerUser.id,
    });
    expect(assigned.statusCode).toBe(200);
    const mine = (await owner.get('/api/follow-up-tasks/mine')).json() as {
      id: string;
      planTitle: string;
      dueOn: string;
    }[];
    expect(mine).toEqual([
      expect.objectContaining({ id: first.id, planTitle, dueOn: '2017-04-13' }),
    ]);

    const report = {
      colour: 'green',
      deliveryState: 'done',
      delivery: '29 ungdomar har ingått i SIG sedan 2015.',
      process: 'Bedrivs numera som ordinarie verksamhet.',
      effect: 'Överlag ett mycket bra resultat.',
      hoursSpent: 1200,
    };
    const reported = await owner.put(`/api/follow-up-tasks/${first.id}/report`, report);
    expect(reported.statusCode).toBe(200);
    expect(reported.json()).toMatchObject({ colour: 'green', reportedAt: expect.any(String) });
    // Someone else's task reads as missing, the same for a viewer and for no task at all.
    const foreign = await owner.put(`/api/follow-up-tasks/${second.id}/report`, report);
    expect(foreign.statusCode).toBe(404);
    expect((await other.put(`/api/follow-up-tasks/${first.id}/report`, report)).json()).toEqual(
      foreign.json(),
    );
    expect(
      (
        await owner.put(`/api/follow-up-tasks/${first.id}/assignee`, {
          assigneeUserId: ownerUser.id,
        })
      ).statusCode,
    ).toBe(403);
    const bad = await owner.put(`/api/follow-up-tasks/${first.id}/report`, {
      ...report,
      colour: 'blue',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    // The coordinator reports for an owner who is not a user.
    expect(
      (
        await coordinator.put(`/api/follow-up-tasks/${second.id}/report`, {
          ...report,
          colour: 'yellow',
          deliveryState: 'partly',
          delivery: 'Sex team; två grundskoleteam vilande.',
        })
      ).statusCode,
    ).toBe(200);
    const progress = (
      await coordinator.get(`/api/plans/${planId}/follow-up-rounds`)
    ).json() as (Round & {
      byColour: Record<string, number>;
    })[];
    expect(progress[0]).toMatchObject({ reportedCount: 2, byColour: { green: 1, yellow: 1 } });
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'follow_up.task_report',
      limit: 1,
    });
    expect(JSON.stringify(entry)).not.toContain('grundskoleteam');
  });

  it('adds a round by hand, and refuses a second round the same day with a code', async () => {
    const added = await coordinator.post(`/api/plans/${planId}/follow-up-rounds`, {
      label: 'Extra uppföljning inför ny plan',
      dueOn: '2020-05-05',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ origin: 'manual', isFinal: false });
    const twice = await coordinator.post(`/api/plans/${planId}/follow-up-rounds`, {
      label: 'Samma dag',
      dueOn: '2017-04-13',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'FOLLOW_UP_ROUND_EXISTS' });
    expect(
      (
        await viewer.post(`/api/plans/${planId}/follow-up-rounds`, {
          label: 'x',
          dueOn: '2021-01-01',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('drafts the report, keeps its texts when regenerated, then freezes and archives it when final', async () => {
    const created = await coordinator.post(`/api/follow-up-rounds/${roundId}/reports`, {});
    expect(created.statusCode).toBe(201);
    const report = created.json() as { id: string; heading: Record<string, unknown> };
    expect(report.heading).toMatchObject({
      caseNumber: 'KS-2015/100',
      handlerName: 'Sara Samordnare',
      addressee: 'Kommunfullmäktige',
    });
    const saved = await coordinator.patch(`/api/follow-up-reports/${report.id}`, {
      heading: { caseNumber: 'KS-2017/581.173', date: '2020-05-05' },
      texts: {
        summary: 'Uppföljningen påbörjades 2017 men redovisas först nu.',
        administrationView: 'Handlingsplanen behöver en omformulering av syfte och mål.',
      },
    });
    expect(saved.statusCode).toBe(200);

    const firstPdf = (
      await pdfPages(
        (await coordinator.get(`/api/follow-up-reports/${report.id}/report.pdf`)).rawPayload,
      )
    ).join('\n');
    expect(firstPdf).toContain('UTKAST');
    expect(firstPdf).toContain('KS-2017/581.173');
    expect(firstPdf).toContain('redovisas först nu');
    expect(firstPdf).toContain('2 av');

    // A third task is reported; the regenerated draft has the new figure and the same texts.
    const round = (await coordinator.get(`/api/follow-up-rounds/${roundId}`)).json() as {
      tasks: (Task & { reportedAt: string | null })[];
    };
    const open = round.tasks.find((task) => task.reportedAt === null);
    if (!open) throw new Error('no open task');
    await coordinator.put(`/api/follow-up-tasks/${open.id}/report`, {
      colour: 'red',
      deliveryState: 'not_done',
      delivery: 'Inte påbörjad.',
      process: '',
      effect: '',
    });
    const docx = await coordinator.get(`/api/follow-up-reports/${report.id}/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="uppfoljning-KS-2017-581.173-2017-04-13.docx"',
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const regenerated = (
      await pdfPages(
        (await coordinator.get(`/api/follow-up-reports/${report.id}/report.pdf`)).rawPayload,
      )
    ).join('\n');
    expect(regenerated).toContain('3 av');
    expect(regenerated).toContain('redovisas först nu');
    expect(regenerated).toContain('Röd');

    expect((await viewer.post(`/api/follow-up-reports/${report.id}/final`, {})).statusCode).toBe(
      403,
    );
    const final = await coordinator.post(`/api/follow-up-reports/${report.id}/final`, {});
    expect(final.statusCode).toBe(200);
    expect(final.json()).toMatchObject({ finalizedAt: expect.any(String), isArchived: true });

    const refused = await coordinator.patch(`/api/follow-up-reports/${report.id}`, {
      texts: { summary: 'Ändrad i efterhand.' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'FOLLOW_UP_REPORT_FINAL' });
    const late = await coordinator.put(`/api/follow-up-tasks/${open.id}/report`, {
      colour: 'green',
      deliveryState: 'done',
      delivery: 'Klar.',
      process: '',
      effect: '',
    });
    expect(late.json()).toMatchObject({ code: 'FOLLOW_UP_REPORT_FINAL' });
    expect(
      (await coordinator.post(`/api/follow-up-reports/${report.id}/final`, {})).statusCode,
    ).toBe(409);

    const archived = (await viewer.get(`/api/follow-up-reports/${report.id}`)).json() as {
      data: { isDraft: boolean; round: { reportedCount: number }; texts: { summary: string } };
    };
    expect(archived.data).toMatchObject({
      isDraft: false,
      round: { reportedCount: 3 },
      texts: { summary: 'Uppföljningen påbörjades 2017 men redovisas först nu.' },
    });
    const finalPdf = (
      await pdfPages(
        (await viewer.get(`/api/follow-up-reports/${report.id}/report.pdf`)).rawPayload,
      )
    ).join('\n');
    expect(finalPdf).not.toContain('UTKAST');

    // Reported at last: the round leaves the start page; the expired plan stays on it.
    const attention = (await coordinator.get('/api/attention')).json() as Attention[];
    const ofPlan = attention.filter((item) => item.planTitle === planTitle);
    expect(ofPlan.map((item) => item.kind)).toEqual(expect.arrayContaining(['plan_expired']));
    expect(ofPlan.find((item) => item.roundId === roundId)).toBeUndefined();
  });

  it('shows a user their own notices only and marks them read', async () => {
    const mine = await owner.get('/api/follow-up-notifications?unread=true');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual([]);
    const missing = await owner.post(
      '/api/follow-up-notifications/00000000-0000-4000-8000-000000000000/read',
      {},
    );
    expect(missing.statusCode).toBe(404);
  });
});
