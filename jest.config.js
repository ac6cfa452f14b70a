// Two projects: `unit` (pure logic, ExcelJS in memory, the pane in jsdom: fast) and `integration` (the command line,
// LibreOffice, Chromium, fuzzing, hardening: slow). `npm run test:unit` (`jest --selectProjects unit`) runs only the
// first: the quick loop while working; `npm run test:integration` the second.
// Type check and lint are steps of scripts/test.sh, not tests here.

/**
 * Integration tests by folder, and the few files elsewhere that start the compiled command line or fuzz the
 * readers.
 */
const INTEGRATION = [
  '<rootDir>/tests/cli/',
  '<rootDir>/tests/e2e/',
  '<rootDir>/tests/hardening/',
  '<rootDir>/tests/libreoffice/',
  '<rootDir>/tests/project/yamlOnDemand.test.ts',
  '<rootDir>/tests/xlsx/fuzz.test.ts',
  '<rootDir>/tests/xlsx/read/differential.test.ts',
];

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // ts-jest, its result shared by the two projects: each file transpiled once per cold run, not once per project
  // (scripts/jest-transform.js, decision 0269).
  transform: {
    '^.+\\.tsx?$': ['<rootDir>/scripts/jest-transform.js', { tsconfig: 'tsconfig.json', diagnostics: true }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Once per run: the sources' hash that keys the fixtures kept between test files (tests/support/keptFiles.ts).
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  // Each module compiled once per worker, then run in each test file's fresh registry (decision 0226).
  runtime: '<rootDir>/scripts/jest-runtime.js',
  // Entry modules that load much more than the code uses — Fluent's two barrels (every component package, every
  // icon) and ExcelJS's node entry (its streaming reader and writer) — cost seconds of CPU in each test file's fresh
  // module registry. These stand-ins give the same exports and load each part when it is first read, as the bundle
  // keeps only what it imports (tests/support/modules, decision 0208).
  moduleNameMapper: {
    '^@fluentui/react-components$': '<rootDir>/tests/support/modules/fluentComponents.js',
    '^@fluentui/react-icons$': '<rootDir>/tests/support/modules/fluentIcons.js',
    '^exceljs$': '<rootDir>/tests/support/modules/excelJs.js',
  },
};

const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: on the 2-core development machine one worker, the tests in
  // band and the second core idle. Two at least (`--maxWorkers=1` on the command line still runs in band).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // The slow files first, whatever jest's cache knows (scripts/jest-sequencer.js).
  testSequencer: '<rootDir>/scripts/jest-sequencer.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION.map((entry) => entry.replaceAll('.', '\\.'))],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: INTEGRATION.map((entry) => (entry.endsWith('/') ? `${entry}**/*.test.{ts,tsx}` : entry)),
    },
  ],
};
