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

describeEachDialect('what browsers and proxies may keep of API answers', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let analyst: TestClient;
  let feedPath: string;

  beforeAll(async () => {
    deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    const user = await makeUser(deps, organisation, ['analyst']);
    app = await buildTestApp(deps, { authPerMinute: 2 });
    analyst = await new TestClient(app).signIn(user.email);
    const feed = await analyst.post('/api/calendar-feed');
    feedPath = new URL((feed.json() as { url: string }).url).pathname;
  });
  afterAll(() => app.close());

  it('forbids storing every /api answer: data, files and errors alike', async () => {
    const anonymous = new TestClient(app);
    const answers = {
      session: await anonymous.get('/api/session'),
      municipality: await analyst.get('/api/municipality'),
      incidents: await analyst.get('/api/incidents'),
      signals: await analyst.get('/api/signals'),
      csv: await analyst.get('/api/incidents/export?format=csv'),
      calendar: await anonymous.get(feedPath),
      signInRequired: await anonymous.get('/api/incidents'),
      unknownRoute: await analyst.get('/api/no-such-thing'),
      invalid: await analyst.get('/api/incidents?from=igår'),
      forged: await analyst.request({
        method: 'PATCH',
        url: '/api/account',
        payload: { locale: 'en' },
        isCsrfOmitted: true,
      }),
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await anonymous.post('/api/password-resets', { email: 'ingen@example.se' });
    }
    const rateLimited = await anonymous.post('/api/password-resets', { email: 'ingen@example.se' });
    expect(rateLimited.statusCode).toBe(429);

    const statuses = Object.fromEntries(
      Object.entries(answers).map(([name, answer]) => [name, answer.statusCode]),
    );
    expect(statuses).toEqual({
      session: 200,
      municipality: 200,
      incidents: 200,
      signals: 200,
      csv: 200,
      calendar: 200,
      signInRequired: 401,
      unknownRoute: 404,
      invalid: 400,
      forged: 403,
    });
    for (const answer of [...Object.values(answers), rateLimited]) {
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });
});
