import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { actorFor, makeUser, testDeps } from '../../test/support/factories.js';
import {
  anyPayload,
  listWriteRoutes,
  pathValue,
  type Pools,
} from '../../test/support/hostile-payloads.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { propertyRuns } from '../../test/support/property-runs.js';
import { changedTables, snapshot } from '../../test/support/table-snapshot.js';
import { reportIncidents } from '../domain/incidents/report-incidents.js';
import { registerSignal } from '../domain/signals/register-signal.js';
import { errorCodes } from '../domain/errors.js';

/**
 * Every write endpoint of the API, found in the app's own route list and OpenAPI document,
 * gets bodies derived from its schema: near-valid objects with hostile fields (wrong types,
 * huge strings, deep nesting, SQL and script fragments, invalid geometry), arbitrary JSON,
 * text that is not JSON and bytes that are not UTF-8. Whoever sends them (nobody, a
 * reporter, an admin who coordinates), the answer is never a 5xx, an error has a stable code,
 * and a refusal writes nothing. A new endpoint is covered without touching this file.
 */

const writeRoutes = await listWriteRoutes();

/** Refusals the audit trail records on purpose: only the security tables may change. */
const recordedRefusals = new Set([
  'FORBIDDEN',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_TOO_MANY_ATTEMPTS',
  // A wrong second-factor code counts towards the lockout, as a wrong password does.
  'SECOND_FACTOR_INVALID',
]);
const securityTables = new Set(['audit_log', 'audit_chain_heads', 'login_throttle']);
/** What a file import may write when it rejects the file: its run record and audit entry. */
const importRecordTables = new Set(['import_runs', ...securityTables]);

function bodyOf(response: LightMyRequestResponse): { status?: unknown } | null {
  return response.body === '' ? null : (response.json() as { status?: unknown });
}

const callers = ['anonymous', 'reporter', 'admin and coordinator', 'procurement'] as const;

describeEachDialect('every write endpoint under hostile input', (database, dialect) => {
  let app: FastifyInstance;
  let huddinge: Huddinge;
  let pools: Pools;
  const emails: Record<(typeof callers)[number], string | null> = {
    anonymous: null,
    reporter: null,
    'admin and coordinator': null,
    procurement: null,
  };

  beforeAll(async () => {
    const deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const { administration } = huddinge.organisations;
    emails.reporter = (await makeUser(deps, administration, ['reporter'])).email;
    emails.procurement = (await makeUser(deps, administration, ['procurement'])).email;
    emails['admin and coordinator'] = (
      await makeUser(deps, administration, ['admin', 'coordinator'])
    ).email;
    // Records for the routes' `:id` to find; the callers' own records are not among them.
    const coordinator = actorFor(await makeUser(deps, administration, ['coordinator']));
    const target = await makeUser(deps, huddinge.organisations.social, ['reporter']);
    const reported = await reportIncidents(deps, coordinator, {
      events: [
        {
          categoryCode: 'graffiti',
          description: 'Klotter på muren.',
          districtId: Object.values(huddinge.districtIds)[0],
        },
      ],
    });
    const signal = await registerSignal(deps, coordinator, {
      categoryCode: 'youth_recruitment',
      observedAt: '2026-11-20T18:00:00Z',
      description: 'Signal från mötet.',
      source: 'meeting',
    });
    const layers = await deps.store.municipalities.listDistrictLayers(huddinge.municipalityId);
    pools = {
      ids: [
        huddinge.organisations.social.id,
        huddinge.organisations.police.id,
        target.id,
        signal.id,
        ...(await deps.store.suppliers.list(huddinge.municipalityId)).map((item) => item.id),
        ...(await deps.store.contracts.list(huddinge.municipalityId)).map((item) => item.id),
        ...reported.incidents.map((incident) => incident.id),
        ...layers.map((layer) => layer.id),
        ...Object.values(huddinge.districtIds),
      ],
      emails: [target.email, `ny-${randomUUID().slice(0, 8)}@example.se`],
      words: [
        'graffiti',
        'youth_recruitment',
        'admin',
        'sv',
        'Hagalund',
        'namn',
        'C2',
        '2026-W47',
        'reviewed',
      ],
    };
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function signedIn(caller: (typeof callers)[number]) {
    const email = emails[caller];
    const client = new TestClient(app);
    return email ? client.signIn(email) : client;
  }

  function expectOrderlyAnswer(route: string, response: LightMyRequestResponse) {
    const where = `${route} → ${response.statusCode} ${response.body.slice(0, 300)}`;
    expect(response.statusCode, where).toBeLessThan(500);
    if (response.statusCode < 400) return null;
    const body = response.json() as { code?: unknown; message?: unknown };
    expect(errorCodes, where).toContain(body.code);
    expect(typeof body.message, where).toBe('string');
    return body.code as string;
  }

  it('covers every write route the app registers', () => {
    expect(writeRoutes.length).toBeGreaterThan(25);
    expect(
      writeRoutes.filter((route) => route.body === null).map((route) => route.method),
    ).not.toContain('PUT');
  });

  it('refuses every write without the CSRF header, and writes nothing', async () => {
    const admin = await signedIn('admin and coordinator');
    const before = await snapshot(database());
    for (const route of writeRoutes) {
      const url = route.url.replace(/:\w+/g, pools.ids[0] ?? 'x');
      const response = await admin.request({
        method: route.method as 'POST',
        url,
        payload: '{}',
        headers: { 'content-type': 'application/json' },
        isCsrfOmitted: true,
      });
      expect([response.statusCode, bodyOf(response)], `${route.method} ${url}`).toEqual([
        403,
        expect.objectContaining({ code: 'CSRF_TOKEN_INVALID' }),
      ]);
    }
    const changed = changedTables(before, await snapshot(database()));
    expect(changed.filter((name) => !securityTables.has(name))).toEqual([]);
  });

  it('rejects a corrupt CSV file row by row, each with a reason, and imports none of it', async () => {
    const admin = await signedIn('admin and coordinator');
    const isGood = (row: string) => row.endsWith(',graffiti,Klotter') && row.startsWith('2025');
    const goodRow = fc
      .record({
        minute: fc.integer({ min: 0, max: 500_000 }),
        longitude: fc.double({ min: 17.93, max: 17.97, noNaN: true }),
        latitude: fc.double({ min: 59.22, max: 59.24, noNaN: true }),
      })
      .map(({ minute, longitude, latitude }) => {
        const time = new Date(Date.UTC(2025, 0, 1) + minute * 60_000).toISOString();
        return `${time},${longitude.toFixed(5)},${latitude.toFixed(5)},graffiti,Klotter`;
      });
    const badRow = fc.constantFrom(
      'igår,17.95,59.23,graffiti,Klotter',
      '2025-03-01T10:00:00Z,181,95,graffiti,Utanför kartan',
      '2025-03-01T10:00:00Z,12.0,57.7,graffiti,Klotter i Göteborg',
      '2025-03-01T10:00:00Z,17.95,59.23,finns_inte,Okänd kategori',
      '2025-03-01T10:00:00Z,17.95,59.23,,Ingen kategori',
      "2025-03-01T10:00:00Z,'; DROP TABLE incidents; --,59.23,graffiti,<script>",
      '2099-01-01T00:00:00Z,17.95,59.23,graffiti,I framtiden',
    );
    const files = fc
      .array(fc.oneof({ weight: 3, arbitrary: goodRow }, { weight: 1, arbitrary: badRow }), {
        minLength: 1,
        maxLength: 30,
      })
      .filter((rows) => rows.some((row) => !isGood(row)));
    await fc.assert(
      fc.asyncProperty(files, fc.uuid(), async (rows, fileId) => {
        const rowsBefore = await snapshot(database());
        const response = await admin.post('/api/imports/csv', {
          fileName: `trasig-${fileId}.csv`,
          text: [
            'id,time,lon,lat,kind,text',
            ...rows.map((row, index) => `${fileId}-${index},${row}`),
          ].join('\n'),
          organisationId: huddinge.organisations.housing.id,
          profile: {
            name: 'Trasig fil',
            columns: {
              id: 'id',
              occurredAt: 'time',
              longitude: 'lon',
              latitude: 'lat',
              category: 'kind',
              description: 'text',
            },
          },
        });
        expect(response.statusCode, response.body).toBe(200);
        const run = response.json() as {
          status: string;
          rejectedRows: { line: number; reason: string; problems: unknown[] }[];
        };
        expect(run.status).toBe('rejected');
        expect(run.rejectedRows.length).toBeGreaterThan(0);
        // Line 1 is the header: the rejected lines are exactly the bad rows' lines.
        const badLines = rows.flatMap((row, index) => (isGood(row) ? [] : [index + 2]));
        expect(run.rejectedRows.map((row) => row.line)).toEqual(badLines);
        for (const row of run.rejectedRows) {
          expect(row.reason.length).toBeGreaterThan(0);
          expect(row.problems.length).toBeGreaterThan(0);
        }
        const changed = changedTables(rowsBefore, await snapshot(database()));
        expect(changed.filter((name) => !importRecordTables.has(name))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  // One test per caller and route, each with its own time: the routes grow with every issue.
  const clients = new Map<(typeof callers)[number], TestClient>();
  async function clientOf(caller: (typeof callers)[number]) {
    const known = clients.get(caller);
    if (known) return known;
    const client = await signedIn(caller);
    clients.set(caller, client);
    return client;
  }

  for (const caller of callers) {
    for (const route of writeRoutes) {
      it(`never answers ${caller} at ${route.method} ${route.url} with a 5xx, and a refusal writes nothing`, async () => {
        let client = await clientOf(caller);
        let before = await snapshot(database());
        const request = fc.record({ payload: anyPayload(route, pools), id: pathValue(pools) });
        await fc.assert(
          fc.asyncProperty(request, async ({ payload, id }) => {
            const url = route.url.replace(/:\w+/g, id);
            const response = await client.request({
              method: route.method as 'POST',
              url,
              payload,
              headers: { 'content-type': 'application/json' },
            });
            const code = expectOrderlyAnswer(`${route.method} ${url}`, response);
            const after = await snapshot(database());
            const changed = changedTables(before, after);
            if (code !== null) {
              const allowed = recordedRefusals.has(code) ? securityTables : new Set<string>();
              expect(
                changed.filter((name) => !allowed.has(name)),
                `${route.method} ${url} ${code}`,
              ).toEqual([]);
            } else if (bodyOf(response)?.status === 'rejected') {
              // A rejected file: its run is recorded, no incident of it is.
              expect(
                changed.filter((name) => !importRecordTables.has(name)),
                `${route.method} ${url}`,
              ).toEqual([]);
            }
            // Signing in, out or changing a password gives the caller a new session: start over.
            if (response.cookies.some((cookie) => cookie.name.includes('session'))) {
              client = await signedIn(caller);
              clients.set(caller, client);
              before = await snapshot(database());
            } else before = after;
          }),
          // CI draws 12 (SQLite) and 5 (PostgreSQL) bodies per caller and route; `npm test` fewer.
          // Every body costs two snapshots of every table, and the API has grown past 110 write
          // routes: this keeps the file near four minutes in CI (it took 7.7 at 20 and 8).
          { numRuns: dialect === 'sqlite' ? propertyRuns(12, 4) : propertyRuns(5, 2) },
        );
      }, 60_000);
    }
  }
});
