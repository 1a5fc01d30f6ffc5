import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Role } from '../../domain/access/roles.js';
import { createDistrictLayer } from '../../domain/municipalities/create-district-layer.js';
import { defaultCategoriesFor } from '../../domain/incidents/taxonomy.js';
import {
  incident,
  marker,
  sensitiveReads,
  square,
  type World,
} from '../../../test/support/audited-reads.js';

/**
 * Every read of free text or personal data leaves one audit entry per request (issue 20,
 * finding 8). Every GET route of the API is listed here, either as such a read with the
 * action it records, or with the reason it needs none; a new route without an entry fails,
 * so a read cannot be added and forgotten.
 */

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
  'GET /api/municipality/sign-in': "the provider's settings without its secret, and the rules",
  'GET /api/sign-in/provider': "whether a provider serves an e-mail address's domain: its label",
  'GET /api/oidc/start': "a redirect to the municipality's provider; the sign-in itself is audited",
  'GET /api/oidc/callback': 'the end of a sign-in, audited as a sign-in (auth.login), not a read',
  'GET /api/session/end-session-url': "the provider's logout address for the caller's own session",
  'GET /api/intervention-programmes':
    'programmes and their counts, small counts suppressed: no person',
  'GET /api/intervention-follow-ups':
    "the caller's own due plan follow-ups: dates, no identity or text",
  'GET /api/near-repeat': 'a table of counts per distance and time band: no single event or text',
  'GET /api/plans/:id/problem-proposals': "the picture's largest changes and alarms: counts only",
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
      users: new Map(),
    };
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function clientFor(role: Role | null): Promise<TestClient> {
    if (role === null) return new TestClient(app);
    let client = clients.get(role);
    if (!client) {
      const user = await makeUser(world.deps, world.here, [role]);
      world.users.set(role, user);
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
