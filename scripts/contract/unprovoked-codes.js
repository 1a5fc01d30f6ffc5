// Which error codes an operation documents beyond those every route shares that no server test
// provokes: each is either a test to write, a code to take off the route's `mayFailWith`, or a
// case no test can make (listed below with why). Run the tests with the answers kept, then this
// (after `npm run build:server`; it reads the document of a fresh demo server):
//   TRYGGVE_OBSERVED_RESPONSES=/tmp/observed npx vitest run src/http
//   node scripts/contract/unprovoked-codes.js /tmp/observed
// Prints each operation's unprovoked codes; exits 1 when one is neither provoked nor excused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabase, startServer } from '../attack/server.js';

/** The codes every route shares; api-document.test.ts provokes those. */
const shared = new Set([
  'MALFORMED_REQUEST',
  'VALIDATION_FAILED',
  'AUTH_REQUIRED',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'JSON_TOO_DEEP',
  'NOT_FOUND',
  'RATE_LIMITED',
  'SERVER_BUSY',
]);

/** Codes no HTTP test can provoke on every route that has them, and why. */
const excused = {
  TASK_TIMED_OUT: 'a worker thread that runs past its limit (src/jobs/worker-pool.test.ts)',
};

const folder = process.argv[2];
if (!folder) throw new Error('Name the folder the tests kept their answers in.');
const provoked = new Set();
for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
    if (!line) continue;
    const { route, code } = JSON.parse(line);
    if (code) provoked.add(`${route.replace(/:([A-Za-z]+)/g, '{$1}')} ${code}`);
  }
}

const database = await freshDatabase();
const server = await startServer(database.url);
let unexcused = 0;
try {
  const document = await (await fetch(`${server.url}/api/openapi.json`)).json();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const codes = Object.values(operation.responses ?? {}).flatMap(
        (response) => response.content?.['application/json']?.schema?.properties?.code?.enum ?? [],
      );
      const route = `${method.toUpperCase()} ${path}`;
      const missing = codes.filter(
        (code) => !shared.has(code) && !provoked.has(`${route} ${code}`),
      );
      if (missing.length === 0) continue;
      const open = missing.filter((code) => !(code in excused));
      unexcused += open.length;
      console.log(
        `${route}: ${missing.map((code) => (code in excused ? `(${code})` : code)).join(', ')}`,
      );
    }
  }
  for (const [code, why] of Object.entries(excused)) console.log(`(${code}): ${why}`);
  console.log(`${unexcused} documented codes no test provokes and none excuses`);
  process.exitCode = unexcused === 0 ? 0 : 1;
} finally {
  await server.stop();
  await database.drop();
}
