// The bytes a browser receives for a page's first visit, as Chromium counts them (each
// response's encoded body: compressed when the server compressed it), with an empty cache:
// the product's server (`tryggve serve`, demo data, a fresh SQLite file) on a free loopback
// port and Debian's Chromium through playwright-core. API answers count too: they are part of
// what the page costs. Service workers are blocked, so a page's precache is not counted as the
// page's own transfer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { benchRoot, progress } from './harness.js';

const repositoryRoot = join(benchRoot, '..');

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** `tryggve serve` with the demo, until /readyz answers and the demo login is printed. */
async function startServer() {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-web-size-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const environment = { ...process.env };
  delete environment.NODE_ENV;
  const child = spawn(process.execPath, ['bin/tryggve.js', 'serve'], {
    cwd: repositoryRoot,
    env: {
      ...environment,
      TRYGGVE_DATABASE_URL: `sqlite:${join(folder, 'web-size.db')}`,
      TRYGGVE_PORT: String(port),
      TRYGGVE_HOST: '127.0.0.1',
      TRYGGVE_PUBLIC_URL: baseUrl,
      TRYGGVE_DEMO: 'true',
      TRYGGVE_LOG_LEVEL: 'warn',
      TRYGGVE_SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    rmSync(folder, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not ready in time:\n${output}`);
    }
    const isReady = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    const login = /Demo-inloggning: (\S+) \/ (\S+)/.exec(output);
    if (isReady && login) return { baseUrl, login: { email: login[1], password: login[2] }, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens `path` in `page` with the cache off and sums what arrives until the network is quiet. */
async function measure(page, baseUrl, path) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.clearBrowserCache');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = [];
  const onFinished = (request) => responses.push(request);
  page.on('requestfinished', onFinished);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  page.off('requestfinished', onFinished);
  let bytes = 0;
  let scriptBytes = 0;
  const byType = {};
  for (const request of responses) {
    const sizes = await request.sizes();
    const size = sizes.responseBodySize;
    bytes += size;
    const type = request.resourceType();
    byType[type] = (byType[type] ?? 0) + size;
    if (type === 'script') scriptBytes += size;
  }
  await session.detach();
  return { bytes, scriptBytes, requests: responses.length, byType };
}

/** Transfer of the login, report and picture pages, each a first visit with an empty cache. */
export async function measureTransfers() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.TRYGGVE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const results = {};
    results.login = await measure(page, server.baseUrl, '/logga-in');
    progress(`login: ${results.login.bytes} bytes transferred`);
    await page.getByLabel('E-postadress').fill(server.login.email);
    await page.getByLabel(/^Lösenord/).fill(server.login.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    for (const [name, path] of [
      ['report', '/rapportera'],
      ['picture', '/lagesbild'],
    ]) {
      const fresh = await context.newPage();
      results[name] = await measure(fresh, server.baseUrl, path);
      progress(`${name}: ${results[name].bytes} bytes transferred`);
      await fresh.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}
