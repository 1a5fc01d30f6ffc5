// `npm run contract:prism`: the contract walk (walk.js: admin and anonymous, valid and invalid
// requests, wrong methods) sent through Stoplight Prism in proxy mode, an OpenAPI validator
// that owes nothing to this project, in front of a fresh demo server (`tryggve serve`, already
// built). Prism checks every request and every answer against /api/openapi.json and reports
// what it finds in the `sl-violations` header of the answer it passes on.
//
// Request violations are expected (the walk sends invalid requests on purpose, and anonymous
// ones without the session cookie), as is "Selected route not found" for the wrong-method
// probes; any *response* violation is a failure, as is "route not found" for a documented
// operation. Prints the counts; exits 1 on any failure (or a failure of the Ajv checks).
//
// Prism is not a dependency (it is large): by default it runs through
// `npx --yes @stoplight/prism-cli@5.14.2` (fetched once into npm's cache); TRYGGVE_PRISM names
// an installed `prism` binary instead. TRYGGVE_TEST_POSTGRES_URL set: on PostgreSQL.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { freshDatabase, startServer } from '../attack/server.js';
import { runContract } from './walk.js';

const prismVersion = '5.14.2';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `prism proxy` in front of the server; resolves once it listens. */
async function startPrism(serverUrl) {
  const port = await freePort();
  const arguments_ = [
    'proxy',
    `${serverUrl}/api/openapi.json`,
    serverUrl,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--errors=false',
  ];
  const [command, ...prefix] = process.env.TRYGGVE_PRISM
    ? [process.env.TRYGGVE_PRISM]
    : ['npx', '--yes', `@stoplight/prism-cli@${prismVersion}`];
  // Its own process group, so that stopping it stops npx's child too.
  const child = spawn(command, [...prefix, ...arguments_], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exit = null;
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve((exit = code ?? 0))));
  const deadline = Date.now() + 300_000;
  while (!output.includes('Prism is listening')) {
    if (exit !== null) throw new Error(`Prism ended (${exit}): ${output}`);
    if (Date.now() > deadline) throw new Error(`Prism did not start within 300 s: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const version = await new Promise((resolve) => {
    const probe = spawn(command, [...prefix, '--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    probe.stdout.on('data', (chunk) => (text += chunk));
    probe.on('exit', () => resolve(text.trim()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    version,
    get output() {
      return output;
    },
    async stop() {
      if (exit !== null) return;
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

const violations = { request: 0, requestOnPositive: 0, response: 0, routeNotFound: 0 };
const positiveRequestProblems = [];
const requestByMessage = {};
const failures = [];

/** Reads Prism's findings on one answer from its `sl-violations` header. */
function inspect(label, response) {
  const header = response.headers?.get('sl-violations');
  if (!header) return;
  for (const violation of JSON.parse(header)) {
    const where = violation.location.join('.');
    if (violation.location[0] === 'response') {
      violations.response += 1;
      failures.push(`${label} → ${response.status}: ${where} ${violation.message}`);
    } else if (violation.message === 'Selected route not found') {
      violations.routeNotFound += 1;
      // Expected only for the method a path does not have (answered 405 by the server).
      if (!label.includes(' method ')) failures.push(`${label}: Prism found no route`);
    } else if (label.includes(' positive ') && !label.startsWith('anonymous')) {
      // A request made to the document's own rules that Prism calls invalid: the walk's
      // sample or the document is wrong. Listed, not failed (the server's answer decides).
      violations.requestOnPositive += 1;
      positiveRequestProblems.push(`${label}: ${where} ${violation.message}`);
    } else {
      violations.request += 1;
      const key = `${where} ${violation.message.replace(/'[^']*'/g, "'…'")}`;
      requestByMessage[key] = (requestByMessage[key] ?? 0) + 1;
    }
  }
}

const database = await freshDatabase();
const server = await startServer(database.url);
let prism;
try {
  prism = await startPrism(server.url);
  // Prism drops a JSON `null` body but passes on its Content-Length, so the server waits for a
  // body that never comes: that probe is left out here (`npm run contract` sends it).
  const { examples, ...result } = await runContract(server, {
    requestUrl: prism.url,
    inspect,
    isNullBodySent: false,
    requestTimeoutMs: 20_000,
  });
  const loggedResponseViolations = (prism.output.match(/Violation: response/g) ?? []).length;
  console.log(
    JSON.stringify(
      {
        tool: `Stoplight Prism ${prism.version} (proxy, --errors=false)`,
        dialect: database.dialect,
        operations: result.operations,
        requests: result.requests,
        responseViolations: violations.response,
        responseViolationsInPrismLog: loggedResponseViolations,
        routeNotFound: violations.routeNotFound,
        expectedRequestViolations: violations.request,
        requestViolationsOnPositiveAdminRequests: violations.requestOnPositive,
        requestViolationsByKind: requestByMessage,
        ajvFailures: result.failures,
      },
      null,
      2,
    ),
  );
  for (const failure of failures.slice(0, 60)) console.log(`  ${failure}`);
  for (const problem of positiveRequestProblems.slice(0, 30)) console.log(`  sample: ${problem}`);
  for (const example of examples) console.log(`  ajv ${example}`);
  const isClean = failures.length === 0 && loggedResponseViolations === 0 && result.failures === 0;
  process.exitCode = isClean ? 0 : 1;
} finally {
  await prism?.stop();
  await server.stop();
  await database.drop();
}
