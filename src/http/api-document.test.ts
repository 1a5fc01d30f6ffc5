import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../domain/access/roles.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { observedResponses, takeUndocumentedResponses } from '../../test/support/response-check.js';

/**
 * Walks every documented route of the API and provokes each answer every route shares: not
 * signed in (401), no CSRF header (403), an unknown id (404), a body that is not JSON (415),
 * not readable (400) or too large (413), and a method the path does not have (405). The test
 * server's response check (test/support/response-check.ts) fails on any answer the route's
 * document does not list; this walker adds that each of these statuses the document lists
 * does occur. Route tests cover the codes of each area the same way.
 */

type Operation = { method: string; route: string; documented: Responses };
const unknownId = '00000000-0000-4000-8000-000000000000';
const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The codes every route may share, which this walk provokes wherever a route documents them. */
const walkedCodes = [
  'AUTH_REQUIRED',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
];

type Responses = Record<
  string,
  { content?: Record<string, { schema?: { properties?: { code?: { enum?: string[] } } } }> }
>;
/** The error codes an operation's document lists, under every status. */
const documentedCodes = (responses: Responses) =>
  Object.values(responses).flatMap(
    (response) => response.content?.['application/json']?.schema?.properties?.code?.enum ?? [],
  );

const bodyLimitCodes = new Set(['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

/** Routes that refuse a caller only once the query names a period: given a valid one. */
const validQueries: Record<string, string> = {
  '/api/situation': '?period=week&key=2026-W48',
  '/api/situation/pdf': '?period=week&key=2026-W48',
  '/api/signals/counts': '?period=week&key=2026-W48',
  '/api/alarms': '?key=2026-W48',
  '/api/hot-spots': '?period=week&key=2026-W48',
  '/api/heat': '?period=week&key=2026-W48',
};

const concrete = (route: string) =>
  route.replace(/:file/g, 'unknown.ics').replace(/:[A-Za-z]+/g, unknownId) +
  (validQueries[route] ?? '');

describe('the API document', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let admin: TestClient;
  let anonymous: TestClient;
  let roleless: TestClient;
  let operations: Operation[];

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const deps = testDeps(database.database);
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
    admin = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, [...roles])).email,
    );
    anonymous = new TestClient(app);
    roleless = await new TestClient(app).signIn((await makeUser(deps, organisation, [])).email);
    const document = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Responses }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        route: path.replace(/\{([A-Za-z]+)\}/g, ':$1'),
        documented: operation.responses,
      })),
    );
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('documents every route the server has, each with its error answers', () => {
    const documented = new Set(operations.map(({ method, route }) => `${method} ${route}`));
    const apiRoutes = app.registeredRoutes.filter(
      (route) =>
        route.includes(' /api/') && !route.includes('/api/docs') && !route.endsWith('openapi.json'),
    );
    expect(apiRoutes.filter((route) => !documented.has(route))).toEqual([]);
    for (const operation of operations) {
      expect(Object.keys(operation.documented), `${operation.method} ${operation.route}`).toContain(
        '400',
      );
    }
  });

  it('lists every answer each route gives to the requests every route must handle', async () => {
    observedResponses.splice(0);
    for (const { method, route } of operations) {
      const url = concrete(route);
      const hasBody = bodyMethods.has(method);
      await anonymous.request({ method: method as 'GET', url });
      // (Not signing itself out: the walk goes on with the same account.)
      if (route !== '/api/session') {
        await roleless.request({
          method: method as 'GET',
          url,
          ...(hasBody ? { payload: {} } : {}),
        });
      }
      if (hasBody) {
        await admin.request({ method: method as 'POST', url, payload: {}, isCsrfOmitted: true });
        await admin.request({
          method: method as 'POST',
          url,
          headers: { 'content-type': 'text/plain' },
          payload: 'text',
        });
        await admin.request({
          method: method as 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: '{"unfinished": ',
        });
        await admin.request({
          method: method as 'POST',
          url,
          headers: {
            'content-type': 'application/json',
            'content-length': String(200 * 1_048_576),
          },
          payload: '{}',
        });
      }
      if (route.includes(':')) await admin.request({ method: method as 'GET', url });
    }
    const misses = takeUndocumentedResponses();
    expect(misses.map((miss) => `${miss.route}: ${miss.problem}`)).toEqual([]);

    const seen = new Set(observedResponses.map(({ route, code }) => `${route} ${code}`));
    const neverSeen = operations.flatMap(({ method, route, documented }) =>
      documentedCodes(documented)
        .filter((code) => walkedCodes.includes(code))
        // An unknown id in the path of a route with a body is found after the body is valid:
        // the routes' own tests provoke those.
        .filter(
          (code) =>
            code !== 'NOT_FOUND' ||
            (route.includes(':') && (!bodyMethods.has(method) || method === 'DELETE')),
        )
        // Only the installation's administrators get as far as the body there (others: 404).
        .filter((code) => route !== '/api/installation/municipalities' || !bodyLimitCodes.has(code))
        .filter((code) => !seen.has(`${method} ${route} ${code}`))
        .map((code) => `${method} ${route} ${code}`),
    );
    expect(neverSeen).toEqual([]);
  });

  it('declares the session and CSRF schemes, the 204 of every removal and the media type of every file', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(document.components.securitySchemes)).toEqual(['session', 'csrf']);
    for (const path of [
      '/api/efforts/{id}',
      '/api/plans/problems/{id}',
      '/api/plans/goals/{id}',
      '/api/plans/indicators/{id}',
      '/api/plans/measures/{id}',
      '/api/plans/indicator-values/{id}',
    ]) {
      expect(Object.keys(document.paths[path].delete.responses), path).toContain('204');
      expect(Object.keys(document.paths[path].delete.responses), path).not.toContain('200');
      expect(document.paths[path].delete.security).toEqual([{ session: [], csrf: [] }]);
    }
    const mediaTypes = (path: string) =>
      Object.keys(document.paths[path].get.responses['200'].content);
    expect(mediaTypes('/api/situation/pdf')).toEqual(['application/pdf']);
    expect(mediaTypes('/api/calendar/{file}')).toEqual(['text/calendar']);
    expect(mediaTypes('/api/incidents/export')).toContain('text/csv');
    expect(mediaTypes('/api/meetings/{id}/minutes.docx')).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    // A route that sends a file answers its errors as JSON, and says so.
    for (const [path, item] of Object.entries<Record<string, { responses?: Responses }>>(
      document.paths,
    )) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (Number(status) < 400) continue;
          expect(Object.keys(response.content ?? {}), `${path} ${status}`).toEqual([
            'application/json',
          ]);
        }
      }
    }
  });

  it('lists on each operation the codes its own use case raises, not every code of its area', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    const codesOf = (path: string, method: string) =>
      documentedCodes(document.paths[path][method].responses as Responses);
    expect(codesOf('/api/suppliers/{id}/checks/registry', 'post')).toEqual(
      expect.arrayContaining(['REGISTRY_RATE_LIMITED', 'REGISTRY_TIMEOUT', 'CHECK_INVALID']),
    );
    for (const code of ['REGISTRY_RATE_LIMITED', 'SUPPLIER_EXISTS', 'DECISION_INVALID']) {
      expect(codesOf('/api/suppliers', 'get'), code).not.toContain(code);
      expect(codesOf('/api/suppliers/{id}/decisions', 'get'), code).not.toContain(code);
    }
    expect(codesOf('/api/suppliers', 'post')).toEqual(
      expect.arrayContaining(['SUPPLIER_INVALID', 'SUPPLIER_EXISTS']),
    );
    expect(codesOf('/api/installation', 'get')).not.toContain('MUNICIPALITY_CODE_TAKEN');
    expect(codesOf('/api/plans/{id}', 'get')).not.toContain('PLAN_LOCKED');
    expect(codesOf('/api/plans/{id}/revisions', 'post')).toContain('PLAN_NOT_REVISABLE');
    expect(codesOf('/api/plans/{id}', 'patch')).not.toContain('PLAN_NOT_REVISABLE');
    expect(codesOf('/api/users/{id}/enable', 'post')).not.toContain('LAST_ADMIN');
    expect(codesOf('/api/users/{id}/disable', 'post')).toEqual(
      expect.arrayContaining(['LAST_ADMIN', 'CANNOT_DISABLE_SELF']),
    );
    expect(codesOf('/api/session', 'post')).not.toContain('PASSWORD_TOO_WEAK');
    // Only the routes that hand work to a worker thread can time out there.
    expect(codesOf('/api/situation/pdf', 'get')).toContain('TASK_TIMED_OUT');
    expect(codesOf('/api/situation', 'get')).not.toContain('TASK_TIMED_OUT');
    // Any request may wait for SQLite's writer and give up busy; the health probes write nothing.
    for (const [path, item] of Object.entries<Record<string, { responses: Responses }>>(
      document.paths,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        const isApi = path.startsWith('/api/');
        expect(
          documentedCodes(operation.responses).includes('SERVER_BUSY'),
          `${method} ${path}`,
        ).toBe(isApi);
      }
    }
  });

  it('describes a layer file as a FeatureCollection of at most 10,000 features', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    const body =
      document.paths['/api/district-layers'].post.requestBody.content['application/json'];
    expect(body.schema.properties.geojson).toMatchObject({
      type: 'object',
      required: ['type', 'features'],
      properties: {
        type: { enum: ['FeatureCollection'] },
        features: { type: 'array', maxItems: 10_000 },
      },
    });
    const notACollection = await admin.post('/api/district-layers', {
      name: 'Inte en samling',
      nameProperty: 'namn',
      geojson: { type: 'Feature', properties: {}, geometry: null },
    });
    expect(notACollection.statusCode).toBe(400);
  });

  it('names the period key, not the period kind, when the key is wrong', async () => {
    const response = await admin.get('/api/situation?period=week&key=0000');
    expect(response.statusCode).toBe(400);
    expect(response.json().details.issues[0].path).toEqual(['querystring', 'key']);
    // A key of the right shape that names no week (2026 has 53 weeks, 2027 has 52).
    const noSuchWeek = await admin.get('/api/situation?period=week&key=2027-W53');
    expect(noSuchWeek.statusCode).toBe(400);
    expect(noSuchWeek.json().details.issues[0].path).toEqual(['query', 'key']);
  });

  it('answers a method a path does not have with 405, an Allow header and METHOD_NOT_ALLOWED', async () => {
    const paths = new Map<string, Set<string>>();
    for (const { method, route } of operations) {
      paths.set(route, (paths.get(route) ?? new Set()).add(method));
    }
    for (const [route, methods] of paths) {
      const missing = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].find(
        (method) => !methods.has(method),
      );
      if (!missing) continue;
      const response = await admin.request({ method: missing as 'GET', url: concrete(route) });
      // A sibling route may take the method for this address (GET /api/plans/goals is /api/plans/:id).
      if (response.statusCode !== 405) continue;
      expect(response.json().code, `${missing} ${route}`).toBe('METHOD_NOT_ALLOWED');
      const allowed = response.headers.allow?.toString().split(', ') ?? [];
      for (const method of methods) expect(allowed, `${missing} ${route}`).toContain(method);
    }
    const response = await admin.request({ method: 'PUT', url: '/api/users' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
    expect(response.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect((await admin.get('/api/no-such-thing')).statusCode).toBe(404);
  });
});
