/** Jest runs the TypeScript sources as ES modules: @actions/core 3 and @actions/github 9 are ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.scripts.json' }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Every temporary folder of a run in one, removed at the end.
  globalSetup: '<rootDir>/test/support/scratchSetup.js',
  globalTeardown: '<rootDir>/test/support/scratchTeardown.js',
  // End-to-end tests spawn dist/index.js; two workers match the machine's two cores.
  maxWorkers: 2
};
