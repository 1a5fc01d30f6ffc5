// The real server for `npm run attack`: `tryggve serve` on a free loopback port over a fresh
// database (a temporary SQLite file, or a new PostgreSQL database when
// TRYGGVE_TEST_POSTGRES_URL is set), with the demo seeded. Resolves with its URL, the demo
// admin's sign-in and a way to stop it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { root } from '../reliability/support/processes.js';

/** A free port on 127.0.0.1, from the kernel. */
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

/** A fresh database: its URL and how to remove it. */
export async function freshDatabase() {
  const adminUrl = process.env.TRYGGVE_TEST_POSTGRES_URL;
  if (!adminUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-attack-'));
    return {
      dialect: 'sqlite',
      url: `sqlite:${join(folder, 'attack.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `tryggve_attack_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Environment of the product for this database. */
export const serverEnvironment = (databaseUrl, port) => ({
  ...process.env,
  TRYGGVE_DATABASE_URL: databaseUrl,
  TRYGGVE_HOST: '127.0.0.1',
  ...(port ? { TRYGGVE_PORT: String(port) } : {}),
  TRYGGVE_DEMO: 'true',
  TRYGGVE_LOG_LEVEL: 'error',
});

/**
 * Starts `tryggve serve` (already built) over `databaseUrl`; resolves once /healthz answers.
 * `login` is the demo admin's, printed once at the first start; later starts over the same
 * database pass it back in.
 */
export async function startServer(databaseUrl, login = null) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=4096', join(root, 'bin', 'tryggve.js'), 'serve'],
    { cwd: root, env: serverEnvironment(databaseUrl, port), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exit = null;
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (exit) throw new Error(`The server ended (${exit.code ?? exit.signal}): ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer within 300 s: ${output}`);
    }
    const isUp = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (isUp) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const match = /Demo-inloggning: (\S+) \/ (\S+)/.exec(output);
  const demoLogin = match ? { email: match[1], password: match[2] } : login;
  if (!demoLogin) throw new Error(`The demo login was not printed: ${output}`);
  return {
    url,
    child,
    login: demoLogin,
    exited,
    get hasExited() {
      return exit !== null;
    },
    get output() {
      return output;
    },
    async stop() {
      if (exit) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
