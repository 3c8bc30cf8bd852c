// ESLint (flat config): `npm run lint`, and a step of `npm test` (scripts/test.mjs) after the dependency rule.
// typescript-eslint's recommended set everywhere, without type information (the whole type-aware set over the
// repository took over three minutes on the 2-core machine), and on the server three type-aware rules about promises,
// where an unawaited write or a rejected promise nobody handles does the most harm.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', 'web/dist/', 'web/src/api/schema.d.ts', 'server/drizzle/', 'bench/out/', 'bench/.data/', 'e2e/artifacts/', 'coverage/', 'data/', 'backups/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { secret: _secret, ...rest } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // The ideographic space (U+3000) lays out Chinese text in documents and pages; it is still refused in code itself.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true, skipComments: true }],
    },
  },
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], languageOptions: { globals: globals.node } },
  {
    files: ['server/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useApi(load, deps) takes a dependency list like useEffect, so its call sites are checked too.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useApi$' }],
    },
  },
  {
    // A Playwright fixture that uses no other fixture is written `async ({}, use) => …`: the empty pattern is the API.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
