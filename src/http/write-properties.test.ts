import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { actorFor, makeUser, testDeps } from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { propertyRuns } from '../../test/support/property-runs.js';
import { reportIncidents } from '../domain/incidents/report-incidents.js';
import { registerSignal } from '../domain/signals/register-signal.js';
import { errorCodes } from '../domain/errors.js';
import { migrateToLatest, openDatabase, type Database } from '../storage/db.js';

/**
 * Every write endpoint of the API, found in the app's own route list and OpenAPI document,
 * gets bodies derived from its schema: near-valid objects with hostile fields (wrong types,
 * huge strings, deep nesting, SQL and script fragments, invalid geometry), arbitrary JSON,
 * text that is not JSON and bytes that are not UTF-8. Whoever sends them (nobody, a
 * reporter, an admin who coordinates), the answer is never a 5xx, an error has a stable code,
 * and a refusal writes nothing. A new endpoint is covered without touching this file.
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
};
interface WriteRoute {
  method: string;
  /** Fastify's form, `/api/users/:id`. */
  url: string;
  body: JsonSchema | null;
}

/** The write routes and their body schemas, read from an app over a throwaway database. */
async function listWriteRoutes(): Promise<WriteRoute[]> {
  const database = openDatabase('sqlite::memory:');
  await migrateToLatest(database.db);
  const app = await buildTestApp(testDeps(database));
  const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  const routes = app.registeredRoutes
    .filter((route) => !route.startsWith('GET '))
    .map((route) => {
      const [method = '', url = ''] = route.split(' ');
      const operation = paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] as
        { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } | undefined;
      return {
        method,
        url,
        body: operation?.requestBody?.content?.['application/json']?.schema ?? null,
      };
    });
  await app.close();
  await database.close();
  return routes;
}
const writeRoutes = await listWriteRoutes();

const fragments = [
  "' OR '1'='1",
  "'); DROP TABLE incidents; --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  '\u0000',
  '\ud800',
  '\u202e',
  '../../etc/passwd',
  '=cmd|"/c calc"!A1',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...fragments),
  fc
    .tuple(
      fc.constantFrom('a', 'ö', '\u0000', '😀', '\ud800'),
      fc.integer({ min: 1_000, max: 150_000 }),
    )
    .map(([unit, count]) => unit.repeat(count)),
);
const deepNesting = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
});
const ring = (points: number[][]) => [points];
/** Geometry a careless or hostile client might send: unclosed, crossing, out of range, not numbers. */
const invalidGeometry = fc.constantFrom<unknown>(
  {
    type: 'Polygon',
    coordinates: ring([
      [18, 59],
      [18.1, 59],
      [18.1, 59.1],
    ]),
  },
  {
    type: 'Polygon',
    coordinates: ring([
      [18, 59],
      [18.1, 59.1],
      [18.1, 59],
      [18, 59.1],
      [18, 59],
    ]),
  },
  {
    type: 'Polygon',
    coordinates: ring([
      [1e308, -1e308],
      [0, 0],
      [1e308, -1e308],
    ]),
  },
  { type: 'Polygon', coordinates: [] },
  { type: 'MultiPolygon', coordinates: [[[['18', '59']]]] },
  { type: 'Point', coordinates: [null, 'x'] },
  { type: 'GeometryCollection', geometries: [{ type: 'Polygon' }] },
  { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: null }] },
  { type: 'FeatureCollection', features: 'alla' },
  { longitude: 1e308, latitude: -1e308 },
  { longitude: '18.0', latitude: [59.2] },
);
/** A value of a wrong or dangerous kind for any field. */
const hostileValue = fc.oneof(
  hostileText,
  deepNesting,
  invalidGeometry,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -0, [], {}, [null]),
);

/**
 * A value for `schema`: valid as far as this knows or, when `isHostile`, with hostile parts
 * at any depth (each field one time in six).
 */
function fromSchema(schema: JsonSchema, pools: Pools, isHostile: boolean): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, pools, isHostile);
  return isHostile
    ? fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })
    : valid;
}

function validFromSchema(
  schema: JsonSchema,
  pools: Pools,
  isHostile: boolean,
): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((each) => validFromSchema(each, pools, isHostile)));
  const type = [schema.type].flat()[0];
  if (type === 'string') {
    if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
    if (schema.format === 'date-time')
      return fc
        .date({ min: new Date('2016-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    if (schema.format === 'email')
      return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
    return fc.oneof(
      fc.string({ minLength, maxLength }),
      fc.constantFrom(...pools.words.filter((word) => word.length >= minLength)),
    );
  }
  if (type === 'integer')
    return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
  if (type === 'number')
    return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
  if (type === 'boolean') return fc.boolean();
  if (type === 'array' && schema.items)
    return fc.array(fromSchema(schema.items, pools, isHostile), {
      minLength: schema.minItems ?? 0,
      maxLength: Math.min(schema.maxItems ?? 3, 3),
    });
  if (type === 'object' || schema.properties) {
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {}).map(([key, property]) =>
      fc
        .oneof(
          { weight: 6, arbitrary: fromSchema(property, pools, isHostile) },
          // Left out: an optional field often, a required one only in hostile bodies.
          {
            weight: required.has(key) ? (isHostile ? 1 : 0) : 3,
            arbitrary: fc.constant(undefined),
          },
        )
        .map((value) => [key, value] as const),
    );
    const extra =
      typeof schema.additionalProperties === 'object'
        ? fc.dictionary(
            fc.constantFrom(...pools.words),
            fromSchema(schema.additionalProperties, pools, isHostile),
            { maxKeys: 2 },
          )
        : fc.option(fc.dictionary(fc.constantFrom(...fragments), hostileValue, { maxKeys: 1 }), {
            freq: 6,
          });
    return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => ({
      ...(more ?? {}),
      ...Object.fromEntries(pairs.filter(([, value]) => value !== undefined)),
    }));
  }
  // No schema (a GeoJSON file, the police's feed): anything, invalid geometry most of all.
  return fc.oneof(
    invalidGeometry,
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(invalidGeometry, { maxLength: 3 }),
  );
}

/** Real values the bodies draw on, so that some requests get past validation to the rules. */
interface Pools {
  ids: string[];
  emails: string[];
  words: string[];
}

/** A whole request body: mostly schema-shaped JSON, sometimes not JSON or not UTF-8 at all. */
function anyPayload(route: WriteRoute, pools: Pools): fc.Arbitrary<string | Buffer> {
  const json = (isHostile: boolean) =>
    (route.body ? fromSchema(route.body, pools, isHostile) : hostileValue).map(
      (value) => JSON.stringify(value) ?? 'null',
    );
  return fc.oneof(
    { weight: 3, arbitrary: json(false) },
    { weight: 6, arbitrary: json(true) },
    { weight: 1, arbitrary: hostileText },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 50_000 }).map((depth) => '{"a":['.repeat(depth)),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom([0xff, 0xfe], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80])
        .map((bytes) =>
          Buffer.concat([Buffer.from('{"name":"'), Buffer.from(bytes), Buffer.from('"}')]),
        ),
    },
  );
}

/** Every byte percent-encoded, lone surrogates as UTF-8 makes them (U+FFFD). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** A path parameter: a real record of any kind, a random id or something hostile. */
const pathValue = (pools: Pools) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pools.ids, ...pools.words) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileText.map((text) => percentEncoded(text.slice(0, 300))) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%ff%fe', '%00', '..%2f..%2fetc') },
  );

/** Refusals the audit trail records on purpose: only the security tables may change. */
const recordedRefusals = new Set([
  'FORBIDDEN',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_TOO_MANY_ATTEMPTS',
]);
const securityTables = new Set(['audit_log', 'audit_chain_heads', 'login_throttle']);
/** What a file import may write when it rejects the file: its run record and audit entry. */
const importRecordTables = new Set(['import_runs', ...securityTables]);

type Snapshot = Map<string, { rows: number; digest: string }>;

/** Rows and a digest of the contents of every table (sessions by count: each request touches them). */
async function snapshot(database: Database): Promise<Snapshot> {
  const tables =
    database.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
          database.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          database.db,
        );
  const result: Snapshot = new Map();
  for (const { name } of tables.rows) {
    const rows = (
      await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db)
    ).rows;
    const lines = name === 'sessions' ? [] : rows.map((row) => JSON.stringify(row)).sort();
    result.set(name, {
      rows: rows.length,
      digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
    });
  }
  return result;
}

function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...after]
    .filter(([name, now]) => {
      const then = before.get(name);
      return !then || then.rows !== now.rows || then.digest !== now.digest;
    })
    .map(([name]) => name);
}

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
          // CI draws 20 (SQLite) and 8 (PostgreSQL) bodies per caller and route; `npm test` fewer.
          { numRuns: dialect === 'sqlite' ? propertyRuns(20, 4) : propertyRuns(8, 2) },
        );
      }, 60_000);
    }
  }
});
