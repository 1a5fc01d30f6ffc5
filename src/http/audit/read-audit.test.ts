import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Role } from '../../domain/access/roles.js';
import { attachSignedDocument } from '../../domain/agreements/attach-signed-document.js';
import { createAgreement } from '../../domain/agreements/create-agreement.js';
import type { Deps } from '../../domain/deps.js';
import { createDistrictLayer } from '../../domain/municipalities/create-district-layer.js';
import { createRound } from '../../domain/follow-up/create-round.js';
import { createReportDraft } from '../../domain/follow-up/follow-up-reports.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';
import { defaultCategoriesFor } from '../../domain/incidents/taxonomy.js';
import { createCalendarFeed } from '../../domain/meetings/calendar-feed.js';
import { createMeeting } from '../../domain/meetings/create-meeting.js';
import { createJointAction } from '../../domain/meetings/save-joint-action.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { adoptPlan } from '../../domain/plans/adopt-plan.js';
import { createPlan } from '../../domain/plans/create-plan.js';
import { saveMeasure } from '../../domain/plans/save-measure.js';
import { registerSignal } from '../../domain/signals/register-signal.js';
import { createContract } from '../../domain/suppliers/create-contract.js';
import { recordManualCheck } from '../../domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../../domain/suppliers/register-supplier.js';

/**
 * Every read of free text or personal data leaves one audit entry per request (issue 20,
 * finding 8). Every GET route of the API is listed here, either as such a read with the
 * action it records, or with the reason it needs none; a new route without an entry fails,
 * so a read cannot be added and forgotten.
 */

/** Free text that no audit entry may carry. */
const marker = 'Fritext-i-granskningstestet';

interface World {
  deps: Deps;
  here: Organisation;
  districtId: string;
}

interface Read {
  action: string;
  /** Who reads: a role alone, or null for the calendar program with no session. */
  role: Role | null;
  prepare(world: World): Promise<{ id?: string; query?: string }>;
}

const coordinatorOf = async (world: World) =>
  actorFor(await makeUser(world.deps, world.here, ['coordinator']));

async function incident(world: World): Promise<string> {
  const reported = await reportIncidents(world.deps, await coordinatorOf(world), {
    events: [
      { districtId: world.districtId, categoryCode: 'graffiti', description: `${marker}: klotter` },
    ],
  });
  return reported.incidents[0]?.id ?? '';
}

async function meeting(world: World): Promise<string> {
  const created = await createMeeting(world.deps, await coordinatorOf(world), {
    title: 'OSG',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    durationMinutes: 60,
    organisationIds: [world.here.id],
  });
  return created.id;
}

async function round(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const plan = await createPlan(world.deps, operator, {
    title: `Plan ${randomUUID().slice(0, 8)}`,
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    summary: '',
    validFrom: '2024-01-10',
    validUntil: '2027-12-31',
    followUpIntervalMonths: 12,
  });
  await saveMeasure(world.deps, operator, plan.id, null, { measure: 'Fältassistenter' });
  await adoptPlan(world.deps, operator, plan.id, {
    decisionBody: 'municipal_council',
    decisionBodyName: 'Kommunfullmäktige',
    decidedOn: '2024-01-10',
    caseNumber: 'KS-2024/1',
  });
  const created = await createRound(world.deps, await coordinatorOf(world), {
    planId: plan.id,
    label: 'Uppföljning',
    dueOn: '2025-06-30',
  });
  return created.id;
}

async function report(world: World): Promise<string> {
  return (await createReportDraft(world.deps, await coordinatorOf(world), await round(world))).id;
}

async function agreement(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const police = await makeOrganisation(world.deps, world.here.municipalityId, { kind: 'police' });
  const created = await createAgreement(world.deps, operator, {
    kind: 'citizen_promise',
    title: 'Medborgarlöfte',
    signedOn: '2026-01-01',
    parties: [{ organisationId: police.id }, { organisationId: world.here.id }],
  });
  await attachSignedDocument(world.deps, operator, created.id, {
    fileName: 'avtal.pdf',
    content: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  return created.id;
}

let nextSupplierNumber = 20_000;
async function supplier(world: World): Promise<string> {
  const base = `5566${String(nextSupplierNumber++).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const created = await registerSupplier(world.deps, officer, {
    organisationNumber: `${base}${(10 - (sum % 10)) % 10}`,
    name: 'Granskningsbolaget AB',
  });
  return created.id;
}

async function evidence(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const check = await recordManualCheck(world.deps, officer, await supplier(world), {
    kind: 'sanctions_screening',
    source: 'other',
    checkedOn: '2026-01-02',
    result: 'remark',
    summary: marker,
    evidence: {
      fileName: 'utdrag.pdf',
      contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    },
  });
  return check.evidence?.id ?? '';
}

async function contract(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const detail = await createContract(world.deps, officer, {
    supplierId: await supplier(world),
    procurementReference: 'UH-2026/1',
    title: 'Avtal',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    valueSek: 100_000,
    responsibleUnit: 'Upphandling',
    programme: [],
  });
  return detail.contract.id;
}

const none = async () => ({});

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18.0, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18.0, 59.3],
    ],
  ],
};

/** The reads that must leave an entry, with the action it records. */
const sensitiveReads: Record<string, Read> = {
  'GET /api/incidents': {
    action: 'incident.list',
    role: 'coordinator',
    prepare: async (world) => (await incident(world), {}),
  },
  'GET /api/incidents/:id': {
    action: 'incident.read',
    role: 'coordinator',
    prepare: async (world) => ({ id: await incident(world) }),
  },
  'GET /api/incidents/export': {
    action: 'incident.export',
    role: 'coordinator',
    prepare: async () => ({ query: 'format=csv' }),
  },
  'GET /api/meetings': { action: 'meeting.list', role: 'coordinator', prepare: none },
  'GET /api/meetings/:id': {
    action: 'meeting.read',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/meetings/:id/minutes.docx': {
    action: 'meeting.minutes.export',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/meetings/:id/minutes.pdf': {
    action: 'meeting.minutes.export',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/joint-actions': {
    action: 'joint_action.list',
    role: 'coordinator',
    prepare: async (world) => {
      await createJointAction(world.deps, await coordinatorOf(world), await meeting(world), {
        title: 'Insats',
        description: marker,
      });
      return {};
    },
  },
  'GET /api/meeting-members/candidates': {
    action: 'meeting.member_candidates',
    role: 'coordinator',
    prepare: none,
  },
  'GET /api/calendar/:file': {
    action: 'calendar_feed.fetch',
    role: null,
    prepare: async (world) => {
      await meeting(world);
      const viewer = actorFor(await makeUser(world.deps, world.here, ['viewer']));
      const { url } = await createCalendarFeed(world.deps, viewer);
      return { id: url.split('/').pop() ?? '' };
    },
  },
  'GET /api/agreements/:id': {
    action: 'agreement.read',
    role: 'analyst',
    prepare: async (world) => ({ id: await agreement(world) }),
  },
  'GET /api/agreements/:id/document': {
    action: 'agreement.document.download',
    role: 'analyst',
    prepare: async (world) => ({ id: await agreement(world) }),
  },
  'GET /api/follow-up-rounds/:id': {
    action: 'follow_up.round_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await round(world) }),
  },
  'GET /api/follow-up-reports/:id': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/follow-up-reports/:id/report.docx': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/follow-up-reports/:id/report.pdf': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/plan-contacts': { action: 'plan.contact_list', role: 'coordinator', prepare: none },
  'GET /api/users': { action: 'user.list', role: 'admin', prepare: none },
  'GET /api/audit': { action: 'audit.list', role: 'admin', prepare: none },
  'GET /api/audit/verification': { action: 'audit.verify', role: 'admin', prepare: none },
  'GET /api/import-runs': { action: 'import.list', role: 'coordinator', prepare: none },
  'GET /api/signals': {
    action: 'signal.list',
    role: 'coordinator',
    prepare: async (world) => {
      await registerSignal(world.deps, await coordinatorOf(world), {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: marker,
        source: 'meeting',
      });
      return {};
    },
  },
  'GET /api/signals/:id': {
    action: 'signal.read',
    role: 'coordinator',
    prepare: async (world) => {
      const signal = await registerSignal(world.deps, await coordinatorOf(world), {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: marker,
        source: 'meeting',
      });
      return { id: signal.id };
    },
  },
  'GET /api/suppliers': { action: 'supplier.list', role: 'procurement', prepare: none },
  'GET /api/suppliers/:id': {
    action: 'supplier.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/checks': {
    action: 'supplier.check.list',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/decisions': {
    action: 'supplier.decision.list',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/risk': {
    action: 'supplier.risk',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/supplier-evidence/:id': {
    action: 'supplier.evidence.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await evidence(world) }),
  },
  'GET /api/contracts': { action: 'contract.list', role: 'procurement', prepare: none },
  'GET /api/contracts/:id': {
    action: 'contract.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await contract(world) }),
  },
};

/** Reads that need no entry, and why: no free text and no one else's personal data. */
const unauditedReads: Record<string, string> = {
  'GET /api/session': "the user's own account",
  'GET /api/calendar-feed': "whether the user's own feed is active",
  'GET /api/follow-up-tasks/mine': "the user's own tasks",
  'GET /api/follow-up-notifications': "the user's own notices",
  'GET /api/municipality': 'reference data: the municipality and its boundary',
  'GET /api/districts': 'reference data: districts',
  'GET /api/organisations': 'reference data: the partner organisations (agencies, not people)',
  'GET /api/taxonomy': 'reference data: incident categories',
  'GET /api/import-profiles': 'column mappings, no records',
  'GET /api/situation': 'aggregated counts with no free text; the hot route, kept free of writes',
  'GET /api/situation/pdf': 'the aggregated picture as PDF: counts, no free text',
  'GET /api/alarms': 'aggregated counts and their statistics',
  'GET /api/early-warning/settings': 'thresholds',
  'GET /api/hot-spots': 'aggregated counts per cell',
  'GET /api/heat': 'an aggregated density surface',
  'GET /api/signals/counts': 'counts of signals, no text',
  'GET /api/attention': 'plan and round deadlines with counts',
  'GET /api/plans': 'adopted plans are public documents (allmän handling)',
  'GET /api/plans/:id': 'adopted plans are public documents (allmän handling)',
  'GET /api/plans/:id/gaps': 'counts of a public plan against the picture',
  'GET /api/plans/:id/follow-up-rounds': "rounds' labels, dates and counts, no answers",
  'GET /api/efforts': 'the register of efforts: names of programmes',
  'GET /api/efforts/:id': 'one effort: a programme, not a person',
  'GET /api/agreements': 'titles, periods and parties (organisations); details are audited',
  'GET /api/agreements/linkable-measures': "measures of the municipality's public plans",
  'GET /api/meeting-series': 'titles, times and member organisations of series',
  'GET /api/meeting-series/:id': 'the title, times and member organisations of a series',
  'GET /api/supplier-checks/due': 'which checks are due when: companies and dates',
  'GET /api/installation': "whether the user is an installation admin: the user's own status",
  'GET /api/municipality/onboarding': 'what has been set up: layers and counts, no records',
  'GET /api/police-type-mappings': 'which category each police event type becomes',
};

describeEachDialect('reads of free text and personal data in the audit log', (database) => {
  let app: FastifyInstance;
  let world: World;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    const deps = testDeps(database(), {
      companyRegistry: {
        source: 'bolagsverket_api',
        lookUp: async () => ({ outcome: 'not_found' }),
      },
      sanctionsScreening: { describeLists: async () => [], screen: async () => [] },
    });
    const municipality = await makeMunicipality(deps);
    await deps.store.taxonomy.createMany(defaultCategoriesFor(municipality.id));
    const layer = await createDistrictLayer(deps, commandLineOperator(municipality.id), {
      name: 'Kommundelar',
      source: null,
      districts: [{ name: 'Centrum', code: null, category: null, geometry: square }],
    });
    const [district] = await deps.store.municipalities.listDistricts(municipality.id);
    world = {
      deps,
      here: await makeOrganisation(deps, municipality.id),
      districtId: district?.id ?? layer.id,
    };
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function clientFor(role: Role | null): Promise<TestClient> {
    if (role === null) return new TestClient(app);
    let client = clients.get(role);
    if (!client) {
      const user = await makeUser(world.deps, world.here, [role]);
      client = await new TestClient(app).signIn(user.email);
      clients.set(role, client);
    }
    return client;
  }

  it('lists every GET route of the API as an audited read or with the reason it is not', () => {
    const getRoutes = app.registeredRoutes.filter(
      (route) =>
        route.startsWith('GET /api/') &&
        !route.startsWith('GET /api/docs') &&
        route !== 'GET /api/openapi.json',
    );
    const classified = new Set([...Object.keys(sensitiveReads), ...Object.keys(unauditedReads)]);
    expect(getRoutes.filter((route) => !classified.has(route))).toEqual([]);
    expect([...classified].filter((route) => !getRoutes.includes(route))).toEqual([]);
  });

  for (const [route, read] of Object.entries(sensitiveReads)) {
    it(`${route} records one ${read.action} entry per request, naming ids, not contents`, async () => {
      const client = await clientFor(read.role);
      const call = await read.prepare(world);
      const chain = world.here.municipalityId;
      const before = (await world.deps.store.audit.readHead(chain))?.lastSeq ?? 0;
      const path = route.slice('GET '.length).replace(/:[A-Za-z]+/, call.id ?? '');
      const response = await client.get(`${path}${call.query ? `?${call.query}` : ''}`);
      expect(response.statusCode).toBe(200);
      const added = await world.deps.store.audit.readChain(chain, before, 100);
      const reads = added.filter((entry) => entry.action === read.action);
      expect(reads).toHaveLength(1);
      const [entry] = reads;
      expect(entry?.outcome).toBe('success');
      expect(JSON.stringify(entry)).not.toContain(marker);
      expect(JSON.stringify(entry?.details ?? {})).not.toContain('@');
    });
  }

  it('names the ids of a listing in its one entry, and their count', async () => {
    const ids = [await incident(world), await incident(world)];
    const client = await clientFor('coordinator');
    const chain = world.here.municipalityId;
    const before = (await world.deps.store.audit.readHead(chain))?.lastSeq ?? 0;
    const response = await client.get('/api/incidents?limit=200');
    expect(response.statusCode).toBe(200);
    const [entry] = (await world.deps.store.audit.readChain(chain, before, 100)).filter(
      (item) => item.action === 'incident.list',
    );
    const listed = (response.json() as { incidents: { id: string }[] }).incidents;
    expect(entry?.details).toMatchObject({ count: listed.length });
    expect(entry?.details?.ids).toEqual(expect.arrayContaining(ids));
  });
});
