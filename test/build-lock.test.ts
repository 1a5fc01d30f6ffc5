import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = pathToFileURL(join(import.meta.dirname, '..', 'scripts', 'build-if-needed.js'));
const { acquireBuildLock } = (await import(script.href)) as {
  acquireBuildLock: (folder: string) => () => void;
};

/**
 * `tryggve` builds the server before it runs on a fresh checkout; the tests start several at
 * once, and two builds into one dist/ removed each other's output. They take turns.
 */
describe('the build lock (scripts/build-if-needed.js)', () => {
  it('makes a second build wait until the first has finished and released it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-build-lock-'));
    const lock = join(folder, '.build-lock');
    const finished = join(folder, 'first-finished');
    const first = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { acquireBuildLock } = await import(${JSON.stringify(script.href)});
         const { writeFileSync } = await import('node:fs');
         const release = acquireBuildLock(${JSON.stringify(lock)});
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
         writeFileSync(${JSON.stringify(finished)}, 'built');
         release();`,
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => first.on('exit', resolve));
    while (!existsSync(join(lock, 'pid'))) await new Promise((resolve) => setTimeout(resolve, 20));

    const release = acquireBuildLock(lock);
    expect(readFileSync(finished, 'utf8')).toBe('built');
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
    expect(await exited).toBe(0);
  });

  it('takes over a lock whose holder has ended without releasing it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-build-lock-'));
    const lock = join(folder, '.build-lock');
    const ended = spawnSync(process.execPath, ['-e', '']);
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(ended.pid));

    const release = acquireBuildLock(lock);
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
