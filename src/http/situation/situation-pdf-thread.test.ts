import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { pdfPages } from '../../../test/support/pdf-text.js';
import { loadConfig } from '../../config.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';
import { WorkerPool } from '../../jobs/worker-pool.js';

describeEachDialect(
  'the situation picture PDF rendered in a worker thread',
  (database, _d, url) => {
    let app: FastifyInstance;
    let deps: Deps;
    let huddinge: Huddinge;
    let pool: WorkerPool;
    let viewer: TestClient;

    beforeAll(async () => {
      deps = testDeps(database());
      huddinge = await seedHuddinge(deps);
      const reporter = await huddinge.actor('housing', ['reporter']);
      await reportIncidents(deps, reporter, {
        events: [18, 19, 20].map((day) => ({
          districtId: huddinge.districtIds['Skogås'],
          occurredAt: `2026-11-${day}T20:30:00Z`,
          categoryCode: 'graffiti',
          description: 'Hemlig fritext om fasaden',
        })),
      });
      pool = new WorkerPool({
        size: 1,
        maxQueue: 2,
        taskTimeoutMs: 60_000,
        context: { config: loadConfig({ TRYGGVE_DATABASE_URL: url() }) },
      });
      app = await buildTestApp(deps, { tasks: pool });
      viewer = await new TestClient(app).signIn(
        (await makeUser(deps, huddinge.organisations.administration, ['viewer'])).email,
      );
    });
    afterAll(async () => {
      await app.close();
      await pool.close();
    });

    it('answers with the same readable PDF as on the event loop: title, period, map counts', async () => {
      const response = await viewer.get('/api/situation/pdf?period=week&key=2026-W47&lang=sv');
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = (await pdfPages(response.rawPayload)).join('\n');
      expect(text).toContain('Lägesbild: Huddinge');
      expect(text).toContain('Vecka 47, 2026: 16 november 2026 – 22 november 2026');
      expect(text).toContain('Skogås: 3');
      expect(text).not.toContain('Hemlig fritext');
    });
  },
);
