// Issue 7, HTTP: requests per second over loopback with autocannon against the API over the
// synthetic Huddinge (a million incidents; --quick: 20,000), signed in. The weekly picture (as
// the admin, a random week each request) and report submission (POST /api/reports, as a
// reporter) are each divided by a bare JSON route registered on a second buildApp in the same
// process: the same security plugins and session hook, the same cookies, a constant answer.
// Run it through `npm run bench` (which builds first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PictureCache } from '../dist/server/domain/situation/picture-cache.js';
import { buildApp } from '../dist/server/http/app.js';
import { benchmarkOptions, progress, ratio, target, writeResult } from './support/harness.js';
import { startApiServer } from './support/api-server.js';
import { load, makeReporter, signedInHeaders } from './support/http-load.js';
import { randomWeeks } from './support/picture-requests.js';
import {
  benchDeps,
  importFile,
  openBenchDatabase,
  seedHuddinge,
  yearFiles,
} from './support/synthetic-huddinge.js';

const { isQuick } = benchmarkOptions();
const options = isQuick
  ? { incidents: 20_000, seconds: 3, connections: 8 }
  : { incidents: 1_000_000, seconds: 20, connections: 16 };

/** The product's app plus one constant JSON route, built as startApiServer builds it. */
async function startBareServer(deps) {
  const app = await buildApp({
    deps,
    cookies: { isSecure: false, maxAgeSeconds: 3600 },
    rateLimits: { globalPerMinute: 10_000_000, authPerMinute: 1_000 },
    trustProxy: false,
    isDatabaseReachable: async () => true,
    webRoot: null,
  });
  const answer = { status: 'ok', service: 'tryggve', version: 1 };
  app.get('/bench/bare', async () => answer);
  app.post('/bench/bare', async () => answer);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, baseUrl: `http://127.0.0.1:${app.server.address().port}` };
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-bench-http-'));
  try {
    const database = await openBenchDatabase(join(folder, 'http.db'));
    const huddinge = await seedHuddinge(database);
    const deps = benchDeps(database);
    progress(`Importing ~${options.incidents} incidents`);
    for (const file of yearFiles({
      huddinge,
      expectedCount: options.incidents,
      seed: 126,
      sourcePrefix: 'est',
    })) {
      await importFile(deps, huddinge, file);
    }
    const incidentCount = database.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get();
    const reporterLogin = await makeReporter(deps, huddinge);

    // The product as `npm start` wires it, with the picture cache; and the same app without
    // it, so every request computes its picture from the rollups.
    const pictureCache = new PictureCache();
    const product = await startApiServer({ ...deps, pictureCache });
    const uncached = await startApiServer(deps);
    const bare = await startBareServer(deps);
    try {
      const admin = await signedInHeaders(product.baseUrl, huddinge.login);
      const reporter = await signedInHeaders(product.baseUrl, reporterLogin);
      const weeks = randomWeeks(7, 500);
      let weekIndex = 0;
      const nextWeek = () => `/api/situation?period=week&key=${weeks[weekIndex++ % weeks.length]}`;
      const [districtId] = huddinge.districts.map((district) => district.id);
      const report = {
        events: [{ districtId, categoryCode: 'graffiti', description: 'Klotter på muren.' }],
      };
      const common = { seconds: options.seconds, connections: options.connections };

      // The product keeps each computed picture until the data changes: fill that cache with
      // every week the load will ask for, so the run measures the steady state. The same
      // weeks computed on every request are measured on a server without the cache below.
      const distinctWeeks = [...new Set(weeks)];
      progress(`Computing the ${distinctWeeks.length} distinct weeks once`);
      for (const week of distinctWeeks) {
        const response = await fetch(`${product.baseUrl}/api/situation?period=week&key=${week}`, {
          headers: admin,
        });
        if (!response.ok) throw new Error(`The picture of ${week} answered ${response.status}.`);
        await response.arrayBuffer();
      }
      progress('Warming up');
      await load({
        ...common,
        seconds: 2,
        url: `${product.baseUrl}/`,
        headers: admin,
        nextPath: nextWeek,
      });
      await load({ ...common, seconds: 1, url: `${bare.baseUrl}/bench/bare`, headers: admin });

      progress(`Bare GET for ${options.seconds} s`);
      const bareGet = await load({ ...common, url: `${bare.baseUrl}/bench/bare`, headers: admin });
      progress(`Weekly picture for ${options.seconds} s`);
      const picture = await load({
        ...common,
        url: `${product.baseUrl}/`,
        headers: admin,
        nextPath: nextWeek,
      });
      const computedWhileMeasured = pictureCache.size - distinctWeeks.length;
      progress(`Weekly picture without the cache for ${options.seconds} s`);
      const uncachedPicture = await load({
        ...common,
        url: `${uncached.baseUrl}/`,
        headers: admin,
        nextPath: nextWeek,
      });
      progress(`Bare POST for ${options.seconds} s`);
      const barePost = await load({
        ...common,
        method: 'POST',
        url: `${bare.baseUrl}/bench/bare`,
        headers: reporter,
        body: report,
      });
      progress(`Report submission for ${options.seconds} s`);
      const reports = await load({
        ...common,
        method: 'POST',
        url: `${product.baseUrl}/api/reports`,
        headers: reporter,
        body: report,
      });

      const pictureRatio = ratio(picture.requestsPerSecond, bareGet.requestsPerSecond);
      const uncachedRatio = ratio(uncachedPicture.requestsPerSecond, bareGet.requestsPerSecond);
      const reportRatio = ratio(reports.requestsPerSecond, barePost.requestsPerSecond);
      const failures = [bareGet, picture, uncachedPicture, barePost, reports].reduce(
        (sum, run) => sum + run.errors + run.timeouts + run.non2xx,
        0,
      );
      const path = writeResult('http', isQuick, {
        dataset: { incidents: incidentCount, seed: 126, storage: 'SQLite file (WAL)' },
        summary: [
          { label: 'bare GET', value: bareGet.requestsPerSecond, unit: 'req/s' },
          { label: 'weekly picture (admin)', value: picture.requestsPerSecond, unit: 'req/s' },
          {
            label: 'distinct weeks asked for (computed before the run)',
            value: distinctWeeks.length,
          },
          {
            label: 'pictures computed during the run (cache misses)',
            value: computedWhileMeasured,
          },
          {
            label: 'weekly picture without the cache',
            value: uncachedPicture.requestsPerSecond,
            unit: 'req/s',
          },
          { label: 'uncached picture / bare GET', value: uncachedRatio },
          { label: 'bare POST', value: barePost.requestsPerSecond, unit: 'req/s' },
          {
            label: 'report submission (reporter)',
            value: reports.requestsPerSecond,
            unit: 'req/s',
          },
          { label: 'report / bare POST', value: reportRatio },
          { label: 'errors, timeouts and non-2xx answers', value: failures },
        ],
        targets: [
          target(
            'weekly picture / bare GET (requests per second)',
            pictureRatio,
            '>=',
            0.5,
            'The picture over a million incidents, as the server serves it (computed once per week and data version, then cached), serves at least half the requests of a constant JSON route with the same plugins; the uncached figure is reported beside it.',
          ),
        ],
        load: { ...common, client: 'autocannon in the same process, 127.0.0.1' },
        runs: { bareGet, picture, uncachedPicture, barePost, reports },
      });
      progress(`Wrote ${path}`);
    } finally {
      await product.app.close();
      await uncached.app.close();
      await bare.app.close();
    }
    await database.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
