import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the web shell's pure code (formatting, error texts, the API client's URLs).
 * `npx vitest run --config web/vitest.config.ts`; they need no browser.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'web',
    include: ['web/src/**/*.test.ts'],
    environment: 'node',
  },
});
