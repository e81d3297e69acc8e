import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'graph/**',
      'tests/tck/features/**',
      'tests/artifacts/**',
      'scripts/neo4j/target/**',
      '.neo4j/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript entry points (bin/, build scripts) run on Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The extraction pipeline knows nothing of stores, servers or the CLI.
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/store/**', '**/server/**', '**/cli/**', '**/cypher/**', 'neo4j-driver'] },
      ],
    },
  },
  {
    // The syntax layer is a library under the extractor: it knows nothing of extraction or storage.
    files: ['src/nlp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/extract/**', '**/store/**', '**/server/**', '**/cli/**', '**/cypher/**', 'neo4j-driver'] },
      ],
    },
  },
  {
    // The web view talks to the server's API only.
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/store/**', '**/server/**', '**/cli/**', '**/extract/**', 'node:*'] },
      ],
    },
  },
);
