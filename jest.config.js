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
  // End-to-end tests spawn dist/index.js; two workers match the machine's two cores.
  maxWorkers: 2
};
