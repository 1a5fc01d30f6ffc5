import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The layers that pure code must never reach into (STYLE.md, "Boundaries"). */
const layersOutsideTheDomain = ['**/http/**', '**/storage/**', '**/web/**', '**/cli/**'];

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
    files: ['src/domain/**/*.ts', 'src/analysis/**/*.ts'],
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
  {
    // The domain does no I/O: files are read in integrations/ and handed in (Deps or a parameter).
    // Tests may read their fixtures.
    files: ['src/domain/**/*.ts', 'src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'].map((name) => ({
            name,
            message: 'src/domain and src/analysis do no I/O: read files in src/integrations.',
          })),
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
