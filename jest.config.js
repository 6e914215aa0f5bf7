/** @type {import('jest').Config} */
export default {
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
