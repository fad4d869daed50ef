// Three kinds of tests, run side by side in one pool of workers: unit tests beside the code,
// end-to-end tests of the built add-on in the emulator (with the hostile-input suites and the
// bundle checks), and real-browser tests, which share one Chromium for the whole run.

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    // Type checking is `npm run typecheck`'s job; tests only transpile, which keeps them fast.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 30000,
};

const BROWSER_FILES = '\\.browser\\.test\\.ts$';

/** @type {import('jest').Config} */
module.exports = {
  // Every core: jest's default keeps one core for itself, which on a 2-core CI runner means one
  // worker. The tests are CPU-bound and the parent process is idle while they run.
  maxWorkers: '100%',
  // Longest files first (from test-durations.json on a clean clone), so both workers end together.
  testSequencer: '<rootDir>/test/support/sequencer.cjs',
  // A folder for the run's saved worlds (test/support/world.ts), made before and removed after.
  globalSetup: '<rootDir>/test/support/world-cache.ts',
  globalTeardown: '<rootDir>/test/support/world-cache.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/(src|dev)/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', BROWSER_FILES],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/(e2e|hostile|build|support)/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', BROWSER_FILES],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: [
        '<rootDir>/test/browser/**/*.test.ts',
        '<rootDir>/(src|dev|test)/**/*.browser.test.ts',
      ],
      // The same file starts the run's Chromium before the first browser test and closes it
      // after the last; jest runs it only when a browser test is selected.
      globalSetup: '<rootDir>/test/support/shared-chromium.ts',
      globalTeardown: '<rootDir>/test/support/shared-chromium.ts',
    },
  ],
};
