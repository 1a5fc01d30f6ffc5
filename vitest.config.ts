import { defineConfig } from 'vitest/config';

/** One run for everything `npm test` covers: the server's tests and the web app's pure code. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          pool: 'forks',
          // Every answer a test server gives must be in the API document (issue 23).
          setupFiles: ['test/support/response-check.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The web app's pure code, in Node (no browser); web/vitest.config.ts runs the same alone.
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
