import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the real server (a child process on a throwaway SQLite database) and real
 * Chromium. One file at a time: each starts its own server, and Chromium is heavy.
 * Run with `npm run e2e`; set TRYGGVE_SCREENSHOTS=1 to refresh docs/screenshots/.
 * `npm run e2e:shuffled` runs the files in random order (CI does) and prints the seed; replay an
 * order with `npm run e2e:shuffled -- --sequence.seed=<seed>`. The tests within a file keep their
 * order, and each test also passes alone (`npm run e2e -- e2e/<file>.e2e.ts -t "<name>"`).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
