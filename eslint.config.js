import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/tmp/**', 'bench/results/**', 'e2e/screenshots/**', 'src/server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md §12).' },
        { selector: 'TSAsExpression > TSAsExpression > TSUnknownKeyword', message: 'No `as unknown as` casts outside tests.' },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment only in src/server/config.ts.' }],
    },
  },
  {
    // the one place the server reads the environment, and test/bench/tooling code
    files: ['src/server/config.ts', 'src/server/testing/**', '**/*.test.ts', 'bench/**', 'e2e/**', 'scripts/**', '*.config.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Blob: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // tools that require a default export
    files: ['vite.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'drizzle.config.ts', 'eslint.config.js', 'src/server/testing/global-setup.ts', 'e2e/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
