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

describeEachDialect('the order of checks on a request', (database) => {
  let app: FastifyInstance;
  let adminEmail: string;

  beforeAll(async () => {
    const deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    adminEmail = (await makeUser(deps, organisation, ['admin'])).email;
    app = await buildTestApp(deps);
  });
  afterAll(async () => {
    await app.close();
  });

  const badBody = { name: 7, kind: 'bank' };

  it('asks a visitor to sign in before it looks at the body', async () => {
    const response = await new TestClient(app).post('/api/organisations', badBody);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(response.body).not.toContain('kind');
  });

  it('refuses a forged request before it looks at the body', async () => {
    const client = await new TestClient(app).signIn(adminEmail);
    const response = await client.request({
      method: 'POST',
      url: '/api/organisations',
      payload: badBody,
      isCsrfOmitted: true,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
  });

  it('validates the body of a signed-in, genuine request', async () => {
    const client = await new TestClient(app).signIn(adminEmail);
    const response = await client.post('/api/organisations', badBody);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('answers 404 for an unknown route, with or without the CSRF header', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/no-such-thing', payload: {} });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
