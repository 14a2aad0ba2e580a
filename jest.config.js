/** One command runs everything: unit rules, GraphQL over HTTP on real PostgreSQL, client components, browser e2e. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', diagnostics: false }];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^@hf/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
};

module.exports = {
  // testTimeout is a global option (ignored inside a project): integration tests on a loaded 2-core machine need it
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'server',
      testMatch: ['<rootDir>/test/server/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.mjs',
      globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
    },
    {
      ...shared,
      displayName: 'client',
      // the client is an ES module package: compile its sources to CommonJS for Jest
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.client.json', diagnostics: false }] },
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/client/**/*.test.ts?(x)'],
      moduleNameMapper: { ...shared.moduleNameMapper, '\\.css$': '<rootDir>/test/client/helpers/style-stub.js' },
    },
    // the built server as `npm start` runs it, one process per test on its own DATA_DIR: crashes, shutdowns, backups
    { ...shared, displayName: 'ops', testMatch: ['<rootDir>/test/ops/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/helpers/global-setup.mjs',
      globalTeardown: '<rootDir>/test/e2e/helpers/global-teardown.mjs',
    },
  ],
};
