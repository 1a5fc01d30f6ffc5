import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

import { noImportCycle } from './eslint-rules/no-import-cycle.js';

/**
 * The layers of src/, from the bottom up, and what each must never import (ARCHITECTURE.md,
 * "Layers"). Each arrow that points the wrong way fails `npm run check`
 * (test/architecture/layer-rules.test.ts proves it for every rule below).
 */
const layers = [
  {
    name: 'src/shared',
    forbidden: ['domain', 'analysis', 'storage', 'http', 'integrations', 'reports', 'jobs', 'cli'],
    message: 'src/shared is the bottom of the house: it imports nothing of the server.',
  },
  {
    name: 'src/analysis',
    forbidden: ['domain', 'storage', 'http', 'integrations', 'reports', 'jobs', 'cli', 'web'],
    message: 'src/analysis is pure computation below the domain: it imports only src/shared.',
  },
  {
    name: 'src/domain',
    forbidden: ['storage', 'http', 'integrations', 'reports', 'jobs', 'cli', 'web'],
    message:
      'src/domain is pure: it uses analysis and shared, and reaches the rest through ports in Deps.',
  },
  {
    name: 'src/reports',
    forbidden: ['storage', 'http', 'integrations', 'jobs', 'cli'],
    message: 'src/reports renders data it is given: no queries, no requests.',
  },
  {
    name: 'src/integrations',
    forbidden: ['storage', 'http', 'cli'],
    message: 'src/integrations reach storage through the domain ports they are given.',
  },
  {
    name: 'src/storage',
    forbidden: ['http', 'integrations', 'reports', 'jobs', 'cli'],
    message: 'src/storage holds queries only.',
  },
  {
    name: 'src/http',
    forbidden: ['integrations', 'storage', 'cli'],
    message: 'src/http calls use cases; integrations and storage reach it through Deps.',
  },
];

/** Tests may wire real adapters (a mail server, a repository), so they keep the older rule. */
const layersOutsideTheDomain = ['**/http/**', '**/storage/**', '**/web/**', '**/cli/**'];
const fileSystem = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'];

/** no-restricted-imports for one layer's source files. */
function layerRule({ name, forbidden, message }) {
  const isPure = ['src/shared', 'src/analysis', 'src/domain'].includes(name);
  return {
    files: [`${name}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...(isPure
            ? {
                paths: fileSystem.map((module) => ({
                  name: module,
                  message: `${name} does no I/O: read files in src/integrations.`,
                })),
              }
            : {}),
          patterns: [{ group: forbidden.map((layer) => `**/${layer}/**`), message }],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'web/dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests of the pure layers still keep out of http, storage, the web app and the CLI.
    files: ['src/domain/**/*.test.ts', 'src/analysis/**/*.test.ts', 'src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: layersOutsideTheDomain,
              message: 'src/domain and src/analysis are pure: pass what they need in as ports.',
            },
          ],
        },
      ],
    },
  },
  ...layers.map(layerRule),
  {
    // A migration is history: it imports no live code, which could change what it did.
    files: ['src/storage/migrations/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/storage/migrations/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message:
                'A migration is frozen: copy what it needs into it (./column-types.js may be shared).',
            },
          ],
        },
      ],
    },
  },
  {
    // No file reaches itself through its imports (the loops issue 19 found in src/domain).
    files: ['src/**/*.ts'],
    plugins: { tryggve: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'tryggve/no-import-cycle': 'error' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // One dialog pattern: AppModal returns focus to its trigger also when it is unmounted.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mantine/core',
              importNames: ['Modal'],
              message: 'Use AppModal (web/src/components/app-modal.tsx): it returns focus.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/components/app-modal.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
