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
import type { Deps } from '../domain/deps.js';

const megabytes = (count: number) => count * 1_048_576;

describeEachDialect('access decided before the body is read', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let reporter: TestClient;
  let coordinator: TestClient;
  let installationAdmin: TestClient;
  let organisationId: string;
  let municipalityId: string;

  beforeAll(async () => {
    deps = testDeps(database(), { installationAdminEmails: ['drift@example.se'] });
    const municipality = await makeMunicipality(deps);
    const organisation = await makeOrganisation(deps, municipality.id, { name: 'Bostadsbolaget' });
    organisationId = organisation.id;
    municipalityId = municipality.id;
    app = await buildTestApp(deps);
    reporter = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, ['reporter'])).email,
    );
    coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, ['coordinator'])).email,
    );
    installationAdmin = await new TestClient(app).signIn(
      (await makeUser(deps, organisation, ['admin'], { email: 'drift@example.se' })).email,
    );
  });
  afterAll(() => app.close());

  /** A body that says it is larger than any route accepts: only a read of it could tell. */
  const announcedAsHuge = (url: string, method: 'POST' | 'PUT' | 'DELETE' = 'POST') => ({
    method,
    url,
    headers: { 'content-type': 'application/json', 'content-length': String(megabytes(200)) },
    payload: '{}',
  });

  for (const url of ['/api/district-layers', '/api/imports/csv', '/api/imports/police-events']) {
    it(`refuses a reporter's body larger than the limit of POST ${url} as forbidden, not as too large`, async () => {
      const refused = await reporter.request(announcedAsHuge(url));
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
      // A caller who may use the route reaches the body and its limit.
      const tooLarge = await coordinator.request(announcedAsHuge(url));
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    });
  }

  const someId = '00000000-0000-4000-8000-000000000000';
  for (const [method, url] of [
    ['PUT', '/api/police-type-mappings'],
    ['DELETE', '/api/police-type-mappings'],
    ['POST', `/api/users/${someId}/disable`],
    ['POST', `/api/users/${someId}/enable`],
    ['POST', `/api/organisations/${someId}/disable`],
    ['POST', `/api/organisations/${someId}/enable`],
    ['DELETE', `/api/plans/problems/${someId}`],
    ['DELETE', `/api/plans/indicator-values/${someId}`],
  ] as const) {
    it(`refuses a reporter's huge body to ${method} ${url.replace(someId, ':id')} as forbidden, unread`, async () => {
      const refused = await reporter.request(announcedAsHuge(url, method));
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    });
  }

  it('answers anyone but an installation admin who sends a body to POST /api/installation/municipalities as if the page did not exist, unread', async () => {
    const url = '/api/installation/municipalities';
    const refused = await coordinator.request(announcedAsHuge(url));
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'NOT_FOUND' });
    // The installation admin reaches the body, and its limit is small.
    const tooLarge = await installationAdmin.post(url, { code: '0127', padding: 'x'.repeat(5000) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it("refuses a reporter's 20 MB of nested brackets to POST /api/district-layers unread", async () => {
    const response = await reporter.request({
      method: 'POST',
      url: '/api/district-layers',
      headers: { 'content-type': 'application/json' },
      payload: '['.repeat(megabytes(20)),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("refuses a reporter's CSV with a million columns to POST /api/imports/csv unread", async () => {
    const response = await reporter.post('/api/imports/csv', {
      fileName: 'bred.csv',
      text: `${'k;'.repeat(1_000_000)}k\n`,
      organisationId,
      profile: { name: 'Bred', columns: { occurredAt: 'k', category: 'k' } },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records the refusal in the audit log as the use case would', async () => {
    await reporter.request(announcedAsHuge('/api/district-layers'));
    const entries = await deps.store.audit.list(municipalityId, {
      action: 'district_layer.create',
      limit: 50,
    });
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'district_layer.create', outcome: 'denied' }),
    );
  });
});
