import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'CacheService',
  'Logger',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'artifacts/', '.preview/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-namespace': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Core is pure: no Apps Script service may be named there.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...SERVICE_GLOBALS.map((name) => ({
          name,
          message: 'src/core is pure; move service calls to src/server.',
        })),
      ],
    },
  },
  {
    // Server adapters reach services only through src/server/platform, so every round trip to
    // Google is visible in one folder.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/platform/**', 'src/server/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...SERVICE_GLOBALS.map((name) => ({
          name,
          message: 'Call services through src/server/platform.',
        })),
      ],
    },
  },
);
