import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

describeEachDialect('the signal register', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let viewer: TestClient;
  let incidentId: string;

  const signIn = async (
    organisation: keyof Huddinge['organisations'],
    role: 'coordinator' | 'viewer' | 'analyst',
  ) =>
    new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations[organisation], [role])).email,
    );
  const skogas = () => huddinge.districtIds['Skogås'];

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    const reported = await reportIncidents(deps, reporter, {
      events: [
        {
          districtId: skogas(),
          categoryCode: 'open_drug_market',
          description: 'Langning vid torget',
        },
      ],
    });
    incidentId = reported.incidents[0]?.id ?? '';
    app = await buildTestApp(deps);
    coordinator = await signIn('administration', 'coordinator');
    viewer = await signIn('administration', 'viewer');
  });
  afterAll(() => app.close());

  it('registers a signal from the meeting, masks a personnummer, and links the incident', async () => {
    const response = await coordinator.post('/api/signals', {
      categoryCode: 'youth_recruitment',
      districtId: skogas(),
      observedAt: '2026-11-19T17:00:00+01:00',
      description: 'Fältarna ser att 19811218-9876 värvar unga vid Skogås centrum.',
      source: 'meeting',
      incidentIds: [incidentId],
    });
    expect(response.statusCode).toBe(201);
    const signal = response.json() as Record<string, unknown>;
    expect(signal).toMatchObject({
      status: 'new',
      credibility: null,
      districtId: skogas(),
      observedAt: '2026-11-19T16:00:00.000Z',
      incidentIds: [incidentId],
      maskedKinds: ['personal_identity_number'],
    });
    expect(signal.description).not.toContain('19811218-9876');
    expect(signal).not.toHaveProperty('municipalityId');
  });

  it('says everything that is wrong at once and saves nothing', async () => {
    const before = (await coordinator.get('/api/signals')).json() as unknown[];
    const response = await coordinator.post('/api/signals', {
      categoryCode: 'no_such_category',
      districtId: '00000000-0000-4000-8000-000000000000',
      observedAt: '2099-01-01T00:00:00Z',
      description: 'Något',
      source: 'staff',
      incidentIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'SIGNAL_INVALID',
      details: {
        problems: [
          { field: 'categoryCode', problem: 'category_unknown' },
          { field: 'districtId', problem: 'district_unknown' },
          { field: 'incidentIds', problem: 'incident_unknown' },
          { field: 'observedAt', problem: 'time_in_future' },
        ],
      },
    });
    expect(((await coordinator.get('/api/signals')).json() as unknown[]).length).toBe(
      before.length,
    );
    const badSource = await coordinator.post('/api/signals', {
      categoryCode: 'youth_recruitment',
      observedAt: '2026-11-19T17:00:00Z',
      description: 'x',
      source: 'rumour',
    });
    expect(badSource.statusCode).toBe(400);
    expect(badSource.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('keeps the assessment and follow-up, audits which fields changed but never the text', async () => {
    const [signal] = (await coordinator.get('/api/signals?status=open')).json() as { id: string }[];
    if (!signal) throw new Error('no signal');
    const response = await coordinator.patch(`/api/signals/${signal.id}`, {
      credibility: 'probable',
      seriousness: 'high',
      status: 'following_up',
      followUp: 'Polisen kontaktad; fältarna förstärker kvällstid.',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ credibility: 'probable', status: 'following_up' });
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'signal.update',
      limit: 1,
    });
    expect(entry?.details).toEqual({
      fields: ['credibility', 'seriousness', 'status', 'followUp'],
      status: 'following_up',
      maskedKinds: [],
    });
    expect(JSON.stringify(entry)).not.toContain('Polisen kontaktad');

    const notes = await coordinator.patch(`/api/signals/${signal.id}`, {
      followUp: 'Mamman nås på 070-123 45 67.',
    });
    expect(notes.json()).toMatchObject({ maskedKinds: ['phone_number'] });
    expect((notes.json() as { followUp: string }).followUp).not.toContain('070-123 45 67');
    const misspelt = await coordinator.patch(`/api/signals/${signal.id}`, { stauts: 'closed' });
    expect(misspelt.statusCode).toBe(400);
    expect((await coordinator.patch(`/api/signals/${signal.id}`, {})).statusCode).toBe(400);

    const closed = await coordinator.patch(`/api/signals/${signal.id}`, { status: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect((await coordinator.get('/api/signals?status=open')).json()).toEqual([]);
    expect(((await coordinator.get('/api/signals?status=closed')).json() as unknown[]).length).toBe(
      1,
    );
  });

  it('records every reading of the register in the audit log', async () => {
    const [signal] = (await coordinator.get('/api/signals')).json() as { id: string }[];
    await coordinator.get(`/api/signals/${signal?.id ?? ''}`);
    const reads = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'signal.read',
      limit: 5,
    });
    expect(reads[0]).toMatchObject({ entityId: signal?.id });
    const lists = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'signal.list',
      limit: 1,
    });
    expect(lists[0]?.details).toMatchObject({ count: 1 });
  });

  it('gives a politician counts only, under 3 hidden, and another municipality nothing', async () => {
    const counts = await viewer.get('/api/signals/counts?period=week&key=2026-W47');
    expect(counts.statusCode).toBe(200);
    expect(counts.json()).toEqual({
      from: '2026-11-15T23:00:00.000Z',
      to: '2026-11-22T23:00:00.000Z',
      counts: [
        { categoryCode: 'youth_recruitment', districtId: skogas(), status: 'closed', count: null },
      ],
      hasSmallCountsHidden: true,
    });
    const forCoordinator = await coordinator.get('/api/signals/counts?period=week&key=2026-W47');
    expect(forCoordinator.json()).toMatchObject({
      counts: [{ count: 1 }],
      hasSmallCountsHidden: false,
    });
    expect((await viewer.get('/api/signals')).statusCode).toBe(403);
    const reporter = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.housing, ['reporter'])).email,
    );
    expect((await reporter.get('/api/signals/counts?period=week&key=2026-W47')).statusCode).toBe(
      403,
    );

    const [signal] = (await coordinator.get('/api/signals')).json() as { id: string }[];
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Botkyrka')).id);
    const stranger = await new TestClient(app).signIn(
      (await makeUser(deps, elsewhere, ['coordinator'])).email,
    );
    const foreign = await stranger.get(`/api/signals/${signal?.id ?? ''}`);
    const missing = await stranger.get('/api/signals/00000000-0000-4000-8000-000000000009');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(
      (await stranger.patch(`/api/signals/${signal?.id ?? ''}`, { status: 'new' })).statusCode,
    ).toBe(404);
  });
});
