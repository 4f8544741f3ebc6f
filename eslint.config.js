// Lint rules, including the engine boundary: src/engine stays pure (no DOM, React, comlink,
// zustand, clocks, timers or unseeded randomness), so a run is reproducible byte for byte.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ambientInputs = [
  { object: 'Math', property: 'random', message: 'The engine is deterministic: use the seeded rng streams.' },
  { object: 'Date', property: 'now', message: 'The engine has no wall clock: simulated time only.' },
  { object: 'performance', property: 'now', message: 'The engine has no wall clock: simulated time only.' },
  { object: 'crypto', property: 'randomUUID', message: 'The engine is deterministic: derive ids from counters.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'artifacts', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-properties': ['error', ...ambientInputs],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'queueMicrotask', 'setImmediate', 'fetch'].map(
          (name) => ({ name, message: 'src/engine is pure: no DOM, timers or I/O.' }),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/engine must not import React.' },
            { group: ['comlink', 'zustand', 'zustand/*', '@tanstack/*'], message: 'src/engine must not import UI or worker libraries.' },
            { group: ['d3-*', 'node:*', 'fs', 'path'], message: 'src/engine is pure TypeScript.' },
            { group: ['**/ui/**', '**/worker/**', '**/cli/**'], message: 'src/engine must not depend on outer layers.' },
          ],
        },
      ],
    },
  },
);
