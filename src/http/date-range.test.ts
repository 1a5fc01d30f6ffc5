import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import type { Role } from '../domain/access/roles.js';

interface Attempt {
  role: Role;
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  payload?: object;
  field: string;
}

/** Every kind of date field, with a year no database should be asked to store or compare. */
const attemptsFor = (year: string): Attempt[] => [
  {
    role: 'coordinator',
    method: 'POST',
    url: '/api/meeting-series',
    payload: {
      title: 'OSG',
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 60,
      startsOn: `${year}-01-01`,
    },
    field: 'body.startsOn',
  },
  {
    role: 'coordinator',
    method: 'POST',
    url: '/api/meetings',
    payload: { title: 'Möte', startsAt: `${year}-12-31T23:30:00Z`, durationMinutes: 90 },
    field: 'body.startsAt',
  },
  {
    role: 'coordinator',
    method: 'GET',
    url: `/api/meetings?from=${year}-01-01`,
    field: 'querystring.from',
  },
  {
    role: 'reporter',
    method: 'POST',
    url: '/api/reports',
    payload: {
      events: [
        { occurredAt: `${year}-01-01T00:00:00Z`, categoryCode: 'skadegorelse', description: 'x' },
      ],
    },
    field: 'body.events.0.occurredAt',
  },
  {
    role: 'coordinator',
    method: 'GET',
    url: `/api/incidents?from=${year}-01-01T00:00:00Z`,
    field: 'querystring.from',
  },
  {
    role: 'coordinator',
    method: 'POST',
    url: '/api/signals',
    payload: {
      categoryCode: 'skadegorelse',
      observedAt: `${year}-06-01T12:00:00+02:00`,
      description: 'Sett',
      source: 'own_observation',
    },
    field: 'body.observedAt',
  },
  {
    role: 'admin',
    method: 'GET',
    url: `/api/audit?to=${year}-01-01T00:00:00Z`,
    field: 'querystring.to',
  },
  {
    role: 'coordinator',
    method: 'POST',
    url: '/api/plans',
    payload: { title: 'Plan', validFrom: `${year}-01-01` },
    field: 'body.validFrom',
  },
  {
    role: 'procurement',
    method: 'POST',
    url: '/api/contracts',
    payload: { title: 'Avtal', startsOn: `${year}-01-01`, endsOn: '2027-01-01' },
    field: 'body.startsOn',
  },
];

describeEachDialect('dates outside the supported years', (database) => {
  let app: FastifyInstance;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    const deps = testDeps(database());
    const municipality = await makeMunicipality(deps);
    const organisation = await makeOrganisation(deps, municipality.id);
    app = await buildTestApp(deps);
    for (const role of ['admin', 'coordinator', 'reporter', 'procurement'] as const) {
      const user = await makeUser(deps, organisation, [role]);
      clients.set(role, await new TestClient(app).signIn(user.email));
    }
  });
  afterAll(() => app.close());

  for (const year of ['0000', '1899', '2201', '9999', '10000']) {
    it(`refuses the year ${year} in every date field with VALIDATION_FAILED naming the field`, async () => {
      for (const attempt of attemptsFor(year)) {
        const response = await clients.get(attempt.role)!.request({
          method: attempt.method,
          url: attempt.url,
          ...(attempt.payload ? { payload: attempt.payload } : {}),
        });
        expect(response.statusCode, `${attempt.method} ${attempt.url}: ${response.body}`).toBe(400);
        const body = response.json() as {
          code: string;
          details: { issues: { path: string[] }[] };
        };
        expect(body.code).toBe('VALIDATION_FAILED');
        expect(body.details.issues.map((issue) => issue.path.join('.'))).toContain(attempt.field);
      }
    });
  }

  it('accepts the first and last supported days', async () => {
    const coordinator = clients.get('coordinator')!;
    for (const day of ['1900-01-01', '2200-12-31']) {
      const response = await coordinator.get(`/api/meetings?from=${day}&to=${day}`);
      expect(response.statusCode, response.body).toBe(200);
    }
  });
});
