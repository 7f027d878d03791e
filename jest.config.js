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
  // Most of an end-to-end test is waiting on a spawned dist/index.js and the simulator, not CPU:
  // one worker more than the machine's two cores keeps both busy (30 s rather than 36 s idle).
  maxWorkers: 3
};
