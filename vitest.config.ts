import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * One run for everything `npm test` covers: the server's tests and the web app's pure code.
 *
 * Kept fast on a newcomer's 2-core machine (issue 19, item 7):
 * - `isolate: false`: each worker imports the app once and runs file after file in it, rather
 *   than importing Fastify, zod, docx, pdfkit… again for each of ~180 files. No test changes
 *   globals (no mocks, no stubbed env or timers) and every suite makes its own database, so
 *   nothing carries over but warm caches (reference data, the test password's hash).
 * - two workers at least: vitest's default (cores − 1) is one worker on two cores, while the
 *   main process idles and the tests wait on SQLite and child processes half the time.
 * - the heaviest property runs draw fewer cases unless `CI` is set (test/support/property-runs.ts).
 */
/**
 * Files that send bodies of many megabytes (a layer at its limit, 150,000-character fields):
 * each in a fresh process. In a worker's shared heap, after a hundred other files, garbage
 * collection made one of them take 80 s rather than 5 s.
 */
const hugeBodyFiles = [
  'src/http/upload-limits.test.ts',
  'src/http/input-properties.test.ts',
  'src/http/write-properties.test.ts',
  'src/http/municipality/district-layers-thread.test.ts',
];

const serverTest = {
  pool: 'forks' as const,
  // Every answer a test server gives must be in the API document (issue 23).
  setupFiles: ['test/support/response-check.setup.ts'],
  // Two workers share two cores (and a loaded machine): a guard against hangs, not a measure.
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          ...serverTest,
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...hugeBodyFiles],
          isolate: false,
        },
      },
      { test: { ...serverTest, name: 'server (own process)', include: hugeBodyFiles } },
      // The web app's pure code, in Node (no browser); web/vitest.config.ts runs the same alone.
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
