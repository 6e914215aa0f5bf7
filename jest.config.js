import { availableParallelism } from 'node:os'

/** @type {import('jest').Config} */
export default {
  // Jest's default is one worker per core minus one: a single worker on a 2-core CI machine.
  // Most slow tests wait on child processes (bundled actions against the fakes, PostgreSQL,
  // Chromium), so one worker per core, at least two, keeps both cores busy: 5 min instead of 9.
  maxWorkers: Math.max(2, availableParallelism()),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Sources use NodeNext-style "./x.js" specifiers; map them back to the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  clearMocks: true,
  testTimeout: 60000,
  collectCoverageFrom: ['actions/*/main.ts', 'shared/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/']
}
