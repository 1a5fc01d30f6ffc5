// Child processes for the reliability scripts: the `tryggve` command and the API process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Environment for the product with this database: no demo, quiet logs. */
export function productEnvironment(databaseUrl) {
  return {
    ...process.env,
    TRYGGVE_DATABASE_URL: databaseUrl,
    TRYGGVE_DEMO: 'false',
    TRYGGVE_LOG_LEVEL: 'error',
  };
}

/** Starts `tryggve <args>`; `done` resolves with its exit code, signal and output. */
export function startCli(args, databaseUrl) {
  const script = join(root, 'scripts', 'reliability', 'support', 'cli-process.js');
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: productEnvironment(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

/** Starts the API process over `databaseUrl`; resolves once it listens, with its URL. */
export function startApiProcess(databaseUrl) {
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=4096',
      join(root, 'scripts', 'reliability', 'support', 'api-process.js'),
    ],
    { cwd: root, env: productEnvironment(databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, errors })),
  );
  const listening = new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`The API process ended (${code ?? signal}) before listening: ${errors}`)),
    );
  });
  return { child, listening, exited };
}

/** Resident memory of a process in MiB, from /proc (Linux), or null. */
export function residentMebibytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}
