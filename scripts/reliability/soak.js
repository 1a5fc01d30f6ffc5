// Issue 7, soak (opt-in): steady mixed load on the API in a process of its own for a bounded
// time, over the synthetic Huddinge (SQLite). Reports every error and the server's resident
// memory after the warm-up and at the end. Targets: no errors, memory growth under 10 %.
//
//   npm run soak -- --minutes 10        (at most 10; --incidents 20000 by default)
//
// Writes bench/results/soak.json; exits 1 if a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from '../build-if-needed.js';
import { progress, ratio, target, writeResult } from '../../bench/support/harness.js';
import { residentMebibytes, startApiProcess } from './support/processes.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    incidents: { type: 'string', default: '20000' },
  },
});
const minutes = Math.min(10, Math.max(0.5, Number(values.minutes)));
const incidentCount = Number(values.incidents);

// The compiled server is imported once it is built.
buildIfNeeded(['server']);
const { openBenchDatabase, seedHuddinge, benchDeps, importFile, yearFiles } =
  await import('../../bench/support/synthetic-huddinge.js');
const { load, makeReporter, signedInHeaders } = await import('../../bench/support/http-load.js');
const { randomWeeks } = await import('../../bench/support/picture-requests.js');

async function prepareDatabase(path) {
  const database = await openBenchDatabase(path);
  const huddinge = await seedHuddinge(database);
  const deps = benchDeps(database);
  for (const file of yearFiles({
    huddinge,
    expectedCount: incidentCount,
    seed: 126,
    sourcePrefix: 'est',
  })) {
    await importFile(deps, huddinge, file);
  }
  const reporter = await makeReporter(deps, huddinge);
  await database.close();
  return { huddinge, reporter };
}

/** Two kinds of users at once: the admin reading pictures and lists, a reporter reporting. */
async function mixedLoad({ baseUrl, admin, reporter, seconds, districtId }) {
  const weeks = randomWeeks(11, 500);
  let index = 0;
  const readPaths = [
    () => `/api/situation?period=week&key=${weeks[index++ % weeks.length]}`,
    () => '/api/session',
    () => '/api/incidents?limit=50',
    () => '/api/taxonomy',
    () => `/api/alarms?key=${weeks[index++ % weeks.length]}&lang=sv`,
  ];
  let readIndex = 0;
  const [reads, reports] = await Promise.all([
    load({
      url: `${baseUrl}/`,
      headers: admin,
      seconds,
      connections: 4,
      nextPath: () => readPaths[readIndex++ % readPaths.length](),
    }),
    load({
      url: `${baseUrl}/api/reports`,
      method: 'POST',
      headers: reporter,
      seconds,
      connections: 2,
      body: {
        events: [{ districtId, categoryCode: 'littering', description: 'Skräp vid entrén.' }],
      },
    }),
  ]);
  return { reads, reports };
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-soak-'));
  const path = join(folder, 'soak.db');
  let server = null;
  try {
    progress(`Preparing Huddinge with ~${incidentCount} incidents`);
    const { huddinge, reporter } = await prepareDatabase(path);
    server = startApiProcess(`sqlite:${path}`);
    const baseUrl = await server.listening;
    const admin = await signedInHeaders(baseUrl, huddinge.login);
    const reporterHeaders = await signedInHeaders(baseUrl, reporter);
    const districtId = huddinge.districts[0]?.id;
    const common = { baseUrl, admin, reporter: reporterHeaders, districtId };

    const warmUpSeconds = Math.round(Math.min(30, minutes * 6));
    progress(`Warming up for ${warmUpSeconds} s`);
    await mixedLoad({ ...common, seconds: warmUpSeconds });
    const memoryAtStart = residentMebibytes(server.child.pid);

    const seconds = Math.round(minutes * 60);
    progress(`Steady mixed load for ${seconds} s (server at ${memoryAtStart} MiB)`);
    const samples = [{ second: 0, residentMebibytes: memoryAtStart }];
    const started = Date.now();
    const sampler = setInterval(() => {
      samples.push({
        second: Math.round((Date.now() - started) / 1000),
        residentMebibytes: residentMebibytes(server.child.pid),
      });
    }, 10_000);
    const measured = await mixedLoad({ ...common, seconds });
    clearInterval(sampler);
    const memoryAtEnd = residentMebibytes(server.child.pid);
    samples.push({ second: seconds, residentMebibytes: memoryAtEnd });

    const runs = [measured.reads, measured.reports];
    const errors = runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0);
    const growth = ratio(memoryAtEnd - memoryAtStart, memoryAtStart);
    const resultPath = writeResult('soak', false, {
      dataset: { incidents: incidentCount, storage: 'SQLite file (WAL)', minutes, warmUpSeconds },
      summary: [
        { label: 'requests', value: measured.reads.requests + measured.reports.requests },
        { label: 'reads', value: measured.reads.requestsPerSecond, unit: 'req/s' },
        { label: 'reports', value: measured.reports.requestsPerSecond, unit: 'req/s' },
        { label: 'server memory after warm-up', value: memoryAtStart, unit: 'MiB' },
        { label: 'server memory at the end', value: memoryAtEnd, unit: 'MiB' },
      ],
      targets: [
        target('errors, timeouts and non-2xx answers', errors, '<=', 0, 'No errors.'),
        target('memory growth (fraction)', growth, '<=', 0.1, 'Resident memory grows < 10 %.'),
      ],
      memorySamples: samples,
      runs: measured,
    });
    progress(`Wrote ${resultPath}`);
    progress(
      `${errors} errors; memory ${memoryAtStart} → ${memoryAtEnd} MiB (${Math.round(growth * 1000) / 10} %)`,
    );
    if (errors > 0 || growth > 0.1) process.exitCode = 1;
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
