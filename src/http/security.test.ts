import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
  testPassword,
} from '../../test/support/factories.js';
import { TestClient } from '../../test/support/http.js';
import type { Deps } from '../domain/deps.js';
import { openDatabase } from '../storage/db.js';
import { buildApp, type AppOptions } from './app.js';

/** A stack frame ("at fn (file:1:2)") or a source path: neither may reach a client. */
const internalsPattern = /\bat .+:\d+:\d+|\.(ts|js):\d+|node_modules|\/src\/|\/work\//;

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const policy = String(response.headers['content-security-policy']);
  const directives = new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
}

describeEachDialect('the HTTP layer’s defences', (database, dialect) => {
  let webRoot: string;
  let deps: Deps;
  const apps: FastifyInstance[] = [];

  async function build(overrides: Partial<AppOptions> = {}) {
    const app = await buildApp({
      deps,
      cookies: { isSecure: false, maxAgeSeconds: 3600 },
      rateLimits: { globalPerMinute: 100_000, authPerMinute: 100_000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot,
      ...overrides,
    });
    await app.ready();
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    deps = testDeps(database());
    webRoot = mkdtempSync(join(tmpdir(), 'tryggve-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tryggve</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log("Tryggve");');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe('headers', () => {
    it('sends the strict policy and the other security headers on an API response', async () => {
      const app = await build();
      const response = await app.inject({ method: 'GET', url: '/api/session' });
      expect(response.statusCode).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends them on the web app and on an error too', async () => {
      const app = await build();
      const page = await app.inject({ method: 'GET', url: '/administration/anvandare' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(page);
      const asset = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(asset);
      const refused = await app.inject({ method: 'GET', url: '/api/municipality' });
      expect(refused.statusCode).toBe(401);
      expectSecurityHeaders(refused);
    });

    it('adds HSTS and a __Host- session cookie over https', async () => {
      const app = await build({ cookies: { isSecure: true, maxAgeSeconds: 3600 } });
      const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
      const user = await makeUser(deps, organisation, ['viewer']);
      const response = await new TestClient(app).post('/api/session', {
        email: user.email,
        password: testPassword,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      const cookie = response.cookies.find((each) => each.name === '__Host-tryggve_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/' });
      expect(cookie?.domain).toBeUndefined();
    });
  });

  describe('a configured basemap', () => {
    it('lets the browser fetch its tiles and no other origin, and gives the web app the template', async () => {
      const basemap = {
        tiles: 'https://kartor.huddinge.se/topo/{z}/{x}/{y}.png',
        attribution: '© Lantmäteriet',
      };
      const app = await build({ basemap });
      const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
      const client = await new TestClient(app).signIn(
        (await makeUser(deps, organisation, ['viewer'])).email,
      );
      const response = await client.get('/api/municipality');
      expect(response.json()).toMatchObject({ basemap });
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("connect-src 'self' https://kartor.huddinge.se;");
      expect(policy).toContain("img-src 'self' data: blob: https://kartor.huddinge.se;");
      expect(policy).toContain("script-src 'self';");

      const without = await build();
      const plain = await (
        await new TestClient(without).signIn((await makeUser(deps, organisation, ['viewer'])).email)
      ).get('/api/municipality');
      expect(plain.json()).toMatchObject({ basemap: null });
      expect(String(plain.headers['content-security-policy'])).toContain("connect-src 'self';");
    });
  });

  describe('documentation', () => {
    it('serves the API documentation at /api/docs', async () => {
      const app = await build();
      const response = await app.inject({ method: 'GET', url: '/api/docs' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
    });

    it('describes every API route in an OpenAPI 3.1 document', async () => {
      const app = await build();
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(response.statusCode).toBe(200);
      const document = response.json() as { openapi: string; paths: Record<string, object> };
      expect(document.openapi).toBe('3.1.0');
      const apiRoutes = app.registeredRoutes.filter(
        (route) =>
          / \/api\//.test(route) &&
          !route.includes('/api/docs') &&
          route !== 'GET /api/openapi.json',
      );
      expect(apiRoutes.length).toBeGreaterThan(15);
      const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
      const expected = apiRoutes.map((route) => route.replace(/:(\w+)/g, '{$1}'));
      expect(documented.sort()).toEqual(expect.arrayContaining(expected.sort()));
    });
  });

  describe('unreadable requests', () => {
    async function send(app: FastifyInstance, payload: string, contentType: string) {
      return new TestClient(app).request({
        method: 'POST',
        url: '/api/session',
        payload,
        headers: { 'content-type': contentType },
      });
    }

    it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
      const app = await build();
      const response = await send(app, '{"email": "a@example.se",', 'application/json');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ code: 'MALFORMED_REQUEST', message: expect.any(String) });
    });

    it('refuses a NUL character anywhere in a request with 400 at its field, on both databases', async () => {
      const app = await build();
      const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
      const admin = await new TestClient(app).signIn(
        (await makeUser(deps, organisation, ['admin'])).email,
      );
      for (const [response, path] of [
        [await admin.patch('/api/taxonomy/%00', { labelSv: 'x' }), ['params', 'code']],
        [
          await admin.post('/api/organisations', { name: 'Bolag\u0000AB', kind: 'other' }),
          ['body', 'name'],
        ],
        [await admin.get('/api/audit?action=%00'), ['querystring', 'action']],
      ] as const) {
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: { issues: [{ path }] },
        });
      }
    });

    it('refuses a prototype-polluting key with 400 MALFORMED_REQUEST', async () => {
      const app = await build();
      const response = await send(
        app,
        '{"email":"a@example.se","password":"x","__proto__":{"isAdmin":true}}',
        'application/json',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('MALFORMED_REQUEST');
    });

    for (const contentType of [
      'application/xml',
      'text/plain',
      'application/x-www-form-urlencoded',
    ]) {
      it(`refuses a ${contentType} body with 415 UNSUPPORTED_MEDIA_TYPE`, async () => {
        const app = await build();
        const response = await send(app, 'email=a@example.se', contentType);
        expect(response.statusCode).toBe(415);
        expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
      });
    }

    it('refuses a 2 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
      const app = await build();
      const payload = JSON.stringify({ email: 'a@example.se', password: 'x'.repeat(2_000_000) });
      const response = await send(app, payload, 'application/json');
      expect(response.statusCode).toBe(413);
      expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers an unknown API route with 404 NOT_FOUND and a method a path lacks with 405 METHOD_NOT_ALLOWED, in JSON, with or without the web app', async () => {
      for (const app of [await build(), await build({ webRoot: null })]) {
        const response = await app.inject({ method: 'GET', url: '/api/incidenter' });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(response.json().code).toBe('NOT_FOUND');
        const unknownMethod = await new TestClient(app).request({
          method: 'PUT',
          url: '/api/users',
        });
        expect(unknownMethod.statusCode).toBe(405);
        expect(unknownMethod.headers.allow).toBe('GET, HEAD, POST');
        expect(unknownMethod.json().code).toBe('METHOD_NOT_ALLOWED');
      }
    });

    it('answers an address the router cannot read with 400 MALFORMED_REQUEST', async () => {
      const app = await build();
      for (const url of ['/api/users/%E0%A4%A/disable', `/api/users/${'a'.repeat(150)}/disable`]) {
        const response = await new TestClient(app).request({ method: 'POST', url });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ code: 'MALFORMED_REQUEST', message: expect.any(String) });
      }
    });
  });

  describe('failures on our side', () => {
    it('answers with a plain 500, logs the error, and shows no stack trace or path', async () => {
      // A database of its own, reached through a second handle that is closed before the requests.
      const testDatabase = await createTestDatabase(dialect);
      const closed = openDatabase(testDatabase.url);
      const logLines: string[] = [];
      const logger = pino(
        { level: 'error' },
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            logLines.push(chunk.toString());
            done();
          },
        }),
      );
      try {
        const app = await build({ deps: testDeps(closed), logger });
        // Used once, so that closing really closes it (an unused handle would open lazily).
        await closed.db.selectFrom('users').select('id').limit(1).execute();
        await closed.close();
        const client = new TestClient(app);
        const responses = [
          await client.post('/api/session', { email: 'a@example.se', password: testPassword }),
          await app.inject({
            method: 'GET',
            url: '/api/municipality',
            cookies: { tryggve_session: 'en-gammal-session' },
          }),
        ];
        for (const response of responses) {
          expect(response.statusCode).toBe(500);
          expect(response.json()).toEqual({
            code: 'INTERNAL_ERROR',
            message: 'Something went wrong on our side. It has been logged.',
          });
          expect(response.body).not.toMatch(internalsPattern);
          expectSecurityHeaders(response);
        }
        expect(logLines.filter((line) => line.includes('unhandled error'))).toHaveLength(2);
      } finally {
        await testDatabase.drop();
      }
    });

    it('shows no internals in the client errors either', async () => {
      const app = await build();
      const client = new TestClient(app);
      const responses = [
        await client.post('/api/session', { email: 42 }),
        await client.post('/api/organisations', { name: 'x' }),
        await app.inject({ method: 'GET', url: '/api/nothing' }),
        await app.inject({
          method: 'POST',
          url: '/api/session',
          payload: '{',
          headers: { 'content-type': 'application/json' },
        }),
      ];
      for (const response of responses) {
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.body).not.toMatch(internalsPattern);
        expect(response.body).not.toContain('stack');
      }
    });
  });
});
