import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { isNestedDeeperThan, maxJsonDepth, publicBodyLimit } from './json-body.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('the nesting scan of a JSON body', () => {
  it('counts arrays and objects opened inside each other', () => {
    expect(isNestedDeeperThan(nested(64), 64)).toBe(false);
    expect(isNestedDeeperThan(nested(65), 64)).toBe(true);
    expect(isNestedDeeperThan('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
    expect(isNestedDeeperThan('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(isNestedDeeperThan(JSON.stringify({ text: '[[[[[[[[' }), 1)).toBe(false);
    expect(isNestedDeeperThan(JSON.stringify({ text: 'a "quoted" [[[[ \\ [[' }), 1)).toBe(false);
  });

  it('refuses an unclosed run of brackets without reaching its end', () => {
    expect(isNestedDeeperThan('['.repeat(10_000_000), maxJsonDepth)).toBe(true);
  });
});

describeEachDialect('limits on JSON bodies', (database) => {
  let app: FastifyInstance;
  let coordinator: TestClient;

  beforeAll(async () => {
    const deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
    coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, ['coordinator'])).email,
    );
  });
  afterAll(() => app.close());

  const post = (client: TestClient, url: string, payload: string) =>
    client.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json' },
      payload,
    });

  it('refuses an anonymous 1 MB of nested brackets to POST /api/session by its size', async () => {
    const response = await post(new TestClient(app), '/api/session', '['.repeat(1_048_576));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a small but deeply nested body to POST /api/session as JSON_TOO_DEEP', async () => {
    const response = await post(new TestClient(app), '/api/session', nested(5_000));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'JSON_TOO_DEEP' });
  });

  for (const url of [
    '/api/password-resets',
    '/api/password-resets/confirm',
    '/api/invitations/accept',
  ]) {
    it(`keeps the body of the public POST ${url} to a few kilobytes`, async () => {
      const payload = JSON.stringify({
        email: 'a@example.se',
        padding: 'x'.repeat(publicBodyLimit),
      });
      const response = await post(new TestClient(app), url, payload);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    });
  }

  it('refuses a permitted caller a body nested deeper than the limit', async () => {
    const layer = `{"name":"Lager","nameProperty":"namn","geojson":${nested(maxJsonDepth)}}`;
    const response = await post(coordinator, '/api/district-layers', layer);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'JSON_TOO_DEEP' });
  });

  it('still reads ordinary JSON, and refuses a poisoned prototype as before', async () => {
    const valid = await post(coordinator, '/api/meetings', '{"title":""}');
    expect(valid.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const poisoned = await post(coordinator, '/api/meetings', '{"__proto__":{"x":1}}');
    expect(poisoned.statusCode).toBe(400);
  });
});
