// Builds the server (tsc → dist/server) and the web app (vite → dist/web) when their sources
// changed since the last build, so `npm start` and `tryggve` always run what is checked out.
// A content hash of the sources is kept beside each build; an installed package without
// sources is left as it is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Builds what is out of date; `names` picks the targets ('server', 'web'). */
export function buildIfNeeded(names = ['server', 'web']) {
  for (const name of names) {
    const target = targets[name];
    const sources = target.sources();
    if (sources.length === 0 || !existsSync(join(root, 'src'))) continue;
    const stampFile = join(root, 'dist', `.${name}-stamp`);
    const stamp = stampOf(sources);
    if (
      existsSync(stampFile) &&
      existsSync(target.output) &&
      readFileSync(stampFile, 'utf8') === stamp
    )
      continue;
    const started = Date.now();
    process.stderr.write(`Bygger ${target.label}…`);
    rmSync(target.output, { recursive: true, force: true });
    const [command, args] = target.command;
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) {
      process.stderr.write(`\nBygget av ${target.label} misslyckades.\n`);
      process.exit(result.status ?? 1);
    }
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, stamp);
    process.stderr.write(` klart (${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildIfNeeded();
