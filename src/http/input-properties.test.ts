import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
  testPassword,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { organisationKinds, roles } from '../domain/access/roles.js';
import type { Organisation } from '../domain/organisations/organisation.js';
import { LogInSchema } from './auth/auth.schema.js';
import { CreateOrganisationSchema } from './organisations/organisations.schema.js';
import { InviteUserSchema } from './users/users.schema.js';

/**
 * Whatever arrives at the sign-in, invitation and organisation routes, the answer is a
 * client error or a success in JSON with a string `code`, never a 5xx, and a refused
 * request writes nothing. Runs on every dialect: PostgreSQL refuses some text SQLite
 * stores (U+0000), which is exactly what this file is for. About 10 s per dialect.
 */

const fragments = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '\u0000',
  '%00',
  '\u202e',
  '\ufeff',
  'ＡＤＭＩＮ',
  '__proto__',
  'constructor',
  'å̊',
  '👩‍👩‍👧',
];

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** Text of every kind: any code point, lone surrogate halves, injection fragments. */
const anyText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: fc.constantFrom(...fragments) },
  ),
  maxLength: 40,
});

const hugeText = fc
  .tuple(fc.constantFrom('a', 'ö', '\u0000', '😀'), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([unit, count]) => unit.repeat(count));

/** An array nested `depth` levels deep (deeper still, as raw text, in `anyBody`). */
const deeplyNested = fc.integer({ min: 10, max: 500 }).map((depth) => {
  let value: unknown = 'innerst';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
});

/** Any value of a wrong or dangerous kind for a field. */
const wrongValue = fc.oneof(
  anyText,
  hugeText,
  deeplyNested,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, [], {}),
);

/**
 * Objects shaped like a schema: each of its keys either a valid value, a wrong one, or left
 * out, and sometimes an unknown key besides.
 */
function nearValid(
  schema: z.ZodObject,
  validValues: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(schema.shape).map((key) =>
    fc
      .oneof(
        { weight: 4, arbitrary: validValues[key] ?? wrongValue },
        { weight: 1, arbitrary: wrongValue },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
      .map((value) => [key, value] as const),
  );
  return fc
    .tuple(fc.tuple(...fields), fc.option(fc.tuple(anyText, wrongValue), { freq: 5 }))
    .map(([entries, extra]) => {
      const object: Record<string, unknown> = {};
      for (const [key, value] of entries) if (value !== undefined) object[key] = value;
      if (extra) object[extra[0]] = extra[1];
      return object;
    });
}

/** Any body at all: arbitrary JSON, a near-valid object, or text that is not JSON. */
function anyBody(nearValidObjects: fc.Arbitrary<Record<string, unknown>>) {
  return fc.oneof(
    { weight: 5, arbitrary: nearValidObjects.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: wrongValue.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: anyText },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 100_000 })
        .map((depth) => `{"email":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 100_000 }).map((depth) => '{"a":'.repeat(depth)),
    },
  );
}

const uniqueEmail = () => `p-${randomUUID().slice(0, 12)}@example.se`;

describeEachDialect('arbitrary input', (database) => {
  let app: FastifyInstance;
  let admin: TestClient;
  let organisation: Organisation;
  let knownEmail: string;

  beforeAll(async () => {
    const deps = testDeps(database());
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    knownEmail = (await makeUser(deps, organisation, ['reporter'])).email;
    app = await buildTestApp(deps);
    admin = await new TestClient(app).signIn((await makeUser(deps, organisation, ['admin'])).email);
  });
  afterAll(() => app.close());

  async function counts() {
    const count = async (table: 'users' | 'organisations' | 'sessions' | 'audit_log') => {
      const row = await database()
        .db.selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    };
    return {
      users: await count('users'),
      organisations: await count('organisations'),
      sessions: await count('sessions'),
      audit: await count('audit_log'),
    };
  }

  /** Never a 5xx; an error is JSON with a string code. */
  function expectOrderlyAnswer(response: LightMyRequestResponse) {
    expect(response.statusCode).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const body = response.json() as { code?: unknown; message?: unknown };
      expect(typeof body.code).toBe('string');
      expect(typeof body.message).toBe('string');
    }
  }

  const post = (client: TestClient, url: string, payload: string) =>
    client.request({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/json' },
    });

  it('answers any sign-in attempt in order, and records only wrong passwords and attempts during a lockout', async () => {
    const client = new TestClient(app);
    const logIns = nearValid(LogInSchema, {
      email: fc.oneof(fc.constant(knownEmail), fc.emailAddress(), anyText),
      password: fc.oneof(anyText, fc.constant(`${testPassword}!`)),
    });
    await fc.assert(
      fc.asyncProperty(anyBody(logIns), async (payload) => {
        const before = await counts();
        const response = await post(client, '/api/session', payload);
        expectOrderlyAnswer(response);
        expect([400, 401, 413, 429]).toContain(response.statusCode);
        const after = await counts();
        // A wrong password (401) and a refused attempt while the address is locked
        // (AUTH_TOO_MANY_ATTEMPTS) leave one entry each; invalid input and the per-address
        // rate limit of the route (RATE_LIMITED) leave none.
        const isRecorded =
          response.statusCode === 401 ||
          (response.statusCode === 429 &&
            (response.json() as { code: string }).code === 'AUTH_TOO_MANY_ATTEMPTS');
        expect(after).toEqual({ ...before, audit: before.audit + (isRecorded ? 1 : 0) });
      }),
      { numRuns: 150 },
    );
  });

  it('answers any invitation in order, and writes exactly when it answers 201', async () => {
    const invitations = nearValid(InviteUserSchema, {
      email: fc.oneof(
        fc.constant(null).map(uniqueEmail),
        fc.constant(knownEmail),
        fc.emailAddress(),
      ),
      displayName: fc.oneof(fc.constant('Pia Persson'), anyText),
      organisationId: fc.oneof(fc.constant(organisation.id), fc.uuid()),
      roles: fc.oneof(fc.subarray([...roles], { minLength: 1 }), fc.array(anyText)),
      locale: fc.constantFrom('sv', 'en', 'de'),
    });
    await fc.assert(
      fc.asyncProperty(anyBody(invitations), async (payload) => {
        const before = await counts();
        const response = await post(admin, '/api/users', payload);
        expectOrderlyAnswer(response);
        const isCreated = response.statusCode === 201;
        const after = await counts();
        expect(after).toEqual({
          ...before,
          users: before.users + (isCreated ? 1 : 0),
          audit: before.audit + (isCreated ? 1 : 0),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('answers any new organisation in order, and writes exactly when it answers 201', async () => {
    const newOrganisations = nearValid(CreateOrganisationSchema, {
      name: fc.oneof(
        fc.constant(null).map(() => `Förvaltning ${randomUUID().slice(0, 8)}`),
        fc.constant(organisation.name),
        anyText,
      ),
      kind: fc.oneof(fc.constantFrom(...organisationKinds), anyText),
    });
    await fc.assert(
      fc.asyncProperty(anyBody(newOrganisations), async (payload) => {
        const before = await counts();
        const response = await post(admin, '/api/organisations', payload);
        expectOrderlyAnswer(response);
        const isCreated = response.statusCode === 201;
        const after = await counts();
        expect(after).toEqual({
          ...before,
          organisations: before.organisations + (isCreated ? 1 : 0),
          audit: before.audit + (isCreated ? 1 : 0),
        });
      }),
      { numRuns: 200 },
    );
  });
});
