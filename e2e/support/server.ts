import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionEnvironment } from './global-setup.js';
import { repositoryRoot } from './paths.js';

export interface TestServer {
  baseUrl: string;
  /** The demo admin's login, as printed by the server at first start. */
  demoLogin: { email: string; password: string };
  /** Everything the server wrote so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const demoLoginPattern = /Demo-inloggning: (\S+) \/ (\S+)/;

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node bin/tryggve.js serve` on a free port with a fresh SQLite database and the demo
 * data, waits until /readyz answers, and reads the demo admin's login from its stdout.
 * `environment` adds settings of a journey's own (a basemap, say).
 */
export async function startServer(
  options: { timeoutMs?: number; environment?: Record<string, string> } = {},
): Promise<TestServer> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const dataFolder = mkdtempSync(join(tmpdir(), 'tryggve-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['bin/tryggve.js', 'serve'], {
    cwd: repositoryRoot,
    env: {
      ...productionEnvironment(),
      TRYGGVE_DATABASE_URL: `sqlite:${join(dataFolder, 'e2e.db')}`,
      TRYGGVE_PORT: String(port),
      TRYGGVE_HOST: '127.0.0.1',
      TRYGGVE_PUBLIC_URL: baseUrl,
      TRYGGVE_DEMO: 'true',
      TRYGGVE_LOG_LEVEL: 'warn',
      TRYGGVE_SMTP_URL: '',
      ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const stop = async () => {
    await stopProcess(child);
    rmSync(dataFolder, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`The server exited with code ${child.exitCode}:\n${output}`);
      }
      if (Date.now() > deadline) throw new Error(`The server was not ready in time:\n${output}`);
      const isReady = await fetch(`${baseUrl}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      const match = demoLoginPattern.exec(output);
      if (isReady && match?.[1] !== undefined && match[2] !== undefined) {
        return {
          baseUrl,
          demoLogin: { email: match[1], password: match[2] },
          output: () => output,
          stop,
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
