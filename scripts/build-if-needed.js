// Builds the server (tsc → dist/server) and the web app (vite → dist/web) when their sources
// changed since the last build, so `npm start` and `tryggve` always run what is checked out.
// A content hash of the sources is kept beside each build; an installed package without
// sources is left as it is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function filesUnder(folder, accept) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'dist' || entry.name === 'node_modules' ? [] : filesUnder(path, accept);
    return accept(path) ? [path] : [];
  });
}

function stampOf(files) {
  const hash = createHash('sha256');
  for (const file of files.sort())
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const targets = {
  server: {
    label: 'servern',
    sources: () => [
      ...filesUnder(
        join(root, 'src'),
        (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'),
      ),
      join(root, 'tsconfig.json'),
      join(root, 'tsconfig.build.json'),
    ],
    output: join(root, 'dist', 'server'),
    command: [join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json']],
  },
  web: {
    label: 'webbappen',
    // The web app bundles a few pure domain modules (the personal-data guard) too.
    sources: () =>
      [
        ...filesUnder(join(root, 'web'), () => true),
        ...filesUnder(
          join(root, 'src', 'domain'),
          (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'),
        ),
        join(root, 'package-lock.json'),
      ].filter((path) => existsSync(path)),
    output: join(root, 'dist', 'web'),
    command: [
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    ],
  },
};

const buildLockFolder = join(root, 'dist', '.build-lock');

/** Whether the lock's holder is gone: its process ended, or it never wrote its id (a minute on). */
function isLockStale(lockFolder) {
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(join(lockFolder, 'pid'), 'utf8'));
  } catch {
    // not written yet, or released just now
  }
  if (!Number.isInteger(holder) || holder <= 0) {
    try {
      return Date.now() - statSync(lockFolder).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(holder, 0);
    return false;
  } catch (error) {
    return error.code !== 'EPERM';
  }
}

/**
 * Holds dist/.build-lock while building, so that two `tryggve` commands started at once on a
 * fresh checkout (the tests run several) build once: the second waits, then finds it built.
 * Returns the release; a lock whose holder died is taken over.
 */
export function acquireBuildLock(lockFolder = buildLockFolder) {
  mkdirSync(dirname(lockFolder), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockFolder);
      writeFileSync(join(lockFolder, 'pid'), String(process.pid));
      return () => rmSync(lockFolder, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (isLockStale(lockFolder)) rmSync(lockFolder, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Another build holds ${lockFolder}.`, { cause: error });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
}

/** Builds what is out of date; `names` picks the targets ('server', 'web'). */
export function buildIfNeeded(names = ['server', 'web']) {
  for (const name of names) {
    const target = targets[name];
    const sources = target.sources();
    if (sources.length === 0 || !existsSync(join(root, 'src'))) continue;
    const stampFile = join(root, 'dist', `.${name}-stamp`);
    const stamp = stampOf(sources);
    const isUpToDate = () =>
      existsSync(stampFile) &&
      existsSync(target.output) &&
      readFileSync(stampFile, 'utf8') === stamp;
    if (isUpToDate()) continue;
    const release = acquireBuildLock();
    if (isUpToDate()) {
      release();
      continue;
    }
    const started = Date.now();
    process.stderr.write(`Bygger ${target.label}…`);
    rmSync(target.output, { recursive: true, force: true });
    const [command, args] = target.command;
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) {
      process.stderr.write(`\nBygget av ${target.label} misslyckades.\n`);
      release();
      process.exit(result.status ?? 1);
    }
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, stamp);
    release();
    process.stderr.write(` klart (${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildIfNeeded();
