// Issue 20: replays the denial-of-service requests against a real server while a probe asks
// /healthz every 50 ms, and reports the worst and p99 /healthz latency per attack and overall
// (target ≤ 100 ms: reported, never asserted). Loopback only; every request and wait is bounded.
//
//   npm run attack [-- --quick | --middle] [-- --only name,name]
//
// The server is `tryggve serve` over a fresh database with the demo seeded: SQLite, or
// PostgreSQL when TRYGGVE_TEST_POSTGRES_URL is set. Works whether a request is refused early or
// processed: it only measures. Exits 1 only when the script itself fails: a request answered
// with a 5xx (other than 503 SERVER_BUSY, the worker pool's refusal), or the server died.
// Writes bench/results/attack-<date>-<dialect>[-middle][.quick].json and prints a table.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from '../build-if-needed.js';
import { percentile, progress, writeResult } from '../../bench/support/harness.js';
import { root } from '../reliability/support/processes.js';
import { attacks, sizes } from './attacks.js';
import { AttackClient } from './client.js';
import { freshDatabase, serverEnvironment, startServer } from './server.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    middle: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const isQuick = values.quick;
const isMiddle = !isQuick && values.middle;
const size = isQuick ? sizes.quick : isMiddle ? sizes.middle : sizes.full;
/** How long the server may take to answer /healthz again after an attack before it is restarted. */
const recoveryMs = isQuick ? 30_000 : isMiddle ? 120_000 : 300_000;
const targetMs = 100;
const chosen = values.only
  ? attacks.filter((attack) => values.only.split(',').includes(attack.name))
  : attacks;

buildIfNeeded(['server', 'web']);

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function isHealthy(url, timeoutMs = 1_000) {
  return fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) }).then(
    (response) => response.status === 200,
    () => false,
  );
}

/** Waits until /healthz answers within a second; false if it does not within `withinMs`. */
async function waitForHealth(url, withinMs) {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await isHealthy(url)) return true;
    await sleep(200);
  }
  return false;
}

function startProbe(url) {
  const child = fork(join(root, 'scripts', 'attack', 'probe.js'), [url], { stdio: 'inherit' });
  return {
    mark: () =>
      new Promise((resolve) => {
        child.once('message', resolve);
        child.send('mark');
      }),
    stop: () => {
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => clearTimeout(timer));
    },
  };
}

const round = (value) => (value === null ? null : Math.round(value * 10) / 10);

function latencySummary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    probes: sorted.length,
    worstMs: round(sorted.at(-1) ?? null),
    p99Ms: round(percentile(sorted, 0.99)),
    p50Ms: round(percentile(sorted, 0.5)),
  };
}

/** A 5xx is the server failing, except the worker pool's stable refusal when it is full. */
const isServerFailure = (response) =>
  response.status >= 500 && !(response.status === 503 && response.code === 'SERVER_BUSY');

const database = await freshDatabase();
progress(`starting the server over ${database.dialect} with the demo seeded`);
let server = await startServer(database.url);
const clients = {
  admin: new AttackClient(server.url),
  reporter: new AttackClient(server.url),
  anonymous: new AttackClient(server.url),
};
const results = [];
const failures = [];
let probe = null;
try {
  await clients.admin.signIn(server.login);
  const session = await clients.admin.json('GET', '/api/session');
  const { organisations } = await clients.admin.json('GET', '/api/organisations');
  const police = organisations.find((organisation) => organisation.kind === 'police');
  const partner = organisations.find((organisation) => organisation.kind === 'housing_company');
  if (!police || !partner) throw new Error('The demo has no police or housing organisation.');
  /** A new account invited by the admin, as anyone is (no SMTP: the link is answered), signed in. */
  const invite = async (organisationId, roles) => {
    const email = `attack-${roles.join('-')}-${Date.now()}@huge.demo`;
    const invited = await clients.admin.json('POST', '/api/users', {
      email,
      displayName: `Attack ${roles.join(' ')}`,
      organisationId,
      roles,
    });
    const token = invited.invitation.link.split('#')[1];
    const password = `${randomBytes(18).toString('base64url')}-Aa1`;
    const stranger = new AttackClient(server.url);
    await stranger.request('GET', '/api/session');
    const accepted = await stranger.request('POST', '/api/invitations/accept', {
      token,
      password,
    });
    if (accepted.status >= 300) {
      throw new Error(`Accepting the invitation: ${accepted.status} ${accepted.code}`);
    }
    return new AttackClient(server.url).signIn({ email, password });
  };
  // A partner's reporter, who may import nothing; procurement, who screens suppliers.
  clients.reporter = await invite(partner.id, ['reporter']);
  clients.procurement = await invite(session.user.organisation.id, ['procurement']);
  await clients.anonymous.request('GET', '/api/session');
  const suppliers = await clients.procurement.json('GET', '/api/suppliers');
  const supplier = (suppliers.suppliers ?? suppliers)[0];
  const context = {
    adminOrganisationId: session.user.organisation.id,
    policeOrganisationId: police.id,
    reporterOrganisationId: partner.id,
    supplierId: supplier?.id,
    supplierName: supplier?.name ?? 'Leverantör',
    serverEnvironment: serverEnvironment(database.url),
  };

  probe = startProbe(server.url);
  for (const attack of chosen) {
    progress(`${attack.name}: preparing`);
    const input = await attack.prepare({ size, context });
    await waitForHealth(server.url, recoveryMs);
    await probe.mark(); // the quiet time before is not this attack's
    progress(`${attack.name}: running`);
    const logOffset = server.output.length;
    const started = performance.now();
    const responses = await attack.run({ clients, size, context, input });
    const requestsMs = Math.round(performance.now() - started);
    const recoveryStarted = performance.now();
    const hasRecovered = await waitForHealth(server.url, recoveryMs);
    const recoveredAfterMs = Math.round(performance.now() - recoveryStarted);
    if (!hasRecovered) {
      // Still busy: the probe in flight ends when the server is stopped (and is counted with
      // the time it waited), and the server is started again for the next attack.
      progress(`${attack.name}: no answer after ${recoveryMs} ms; restarting the server`);
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await sleep(300); // the probe in flight comes back
    const { samples, failures: failedProbes } = await probe.mark();
    const latency = latencySummary(samples);
    const result = {
      attack: attack.name,
      description: attack.description,
      requests: responses.map(({ label, status, code, milliseconds }) => ({
        label,
        status,
        code,
        milliseconds,
      })),
      requestsMs,
      recoveredAfterMs,
      hasRecovered,
      failedProbes,
      ...latency,
    };
    results.push(result);
    progress(
      `${attack.name}: worst ${latency.worstMs} ms, p99 ${latency.p99Ms} ms; ` +
        responses.map((response) => `${response.status} ${response.code ?? ''}`.trim()).join(', '),
    );
    for (const response of responses) {
      if (isServerFailure(response)) {
        failures.push(`${attack.name}: ${response.label} answered ${response.status}`);
      }
    }
    // The server's error log during a failing attack (errors only: no request bodies).
    if (responses.some(isServerFailure)) {
      result.serverErrors = server.output.slice(logOffset).slice(-4_000);
      progress(`${attack.name}: server log\n${result.serverErrors}`);
    }
    if (!hasRecovered) {
      probe.stop();
      server = await startServer(database.url, server.login);
      for (const client of Object.values(clients)) client.baseUrl = server.url;
      probe = startProbe(server.url);
    } else if (server.hasExited) {
      failures.push(`${attack.name}: the server died`);
      break;
    }
  }
} catch (error) {
  failures.push(`the script failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  probe?.stop();
  await server.stop();
  await database.drop();
}

const allSamples = results.flatMap((result) => [result.worstMs ?? 0]);
const overall = {
  worstMs: allSamples.length > 0 ? Math.max(...allSamples) : null,
  p99Ms: results.length > 0 ? Math.max(...results.map((result) => result.p99Ms ?? 0)) : null,
  isWithinTarget: results.every((result) => (result.worstMs ?? 0) <= targetMs),
};
const date = new Date().toISOString().slice(0, 10);
const path = writeResult(
  `attack-${date}-${database.dialect}${isMiddle ? '-middle' : ''}`,
  isQuick,
  {
    dialect: database.dialect,
    sizeName: isQuick ? 'quick' : isMiddle ? 'middle' : 'full',
    targetMs,
    sizes: size,
    overall,
    attacks: results,
    failures,
  },
);

const rows = results.map((result) => [
  result.attack,
  String(result.worstMs),
  String(result.p99Ms),
  result.requests
    .map((request) => `${request.status}${request.code ? ` ${request.code}` : ''}`)
    .join(', '),
]);
const header = ['attack', 'worst ms', 'p99 ms', 'answers'];
const widths = header.map((name, column) =>
  Math.max(name.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(`\n/healthz latency during each attack (${database.dialect}, target ≤ ${targetMs} ms)`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(line(['overall', String(overall.worstMs), String(overall.p99Ms), '']));
console.log(`\nWritten to ${path}`);
if (failures.length > 0) {
  console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
process.exit(0);
