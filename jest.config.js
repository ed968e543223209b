/**
 * One jest run, several projects: pure domain rules, the local cloud
 * emulator, the mini-program's own logic against a fake phone, cloud
 * functions through the local runtime with the real SDK, compiled
 * mini-program components, and the browser end-to-end slice.
 * Builds the later projects need are made once in globalSetup.
 */
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
};

const base = {
  transform,
  // Upload folders are named under a secret (cloudfunctions/shared/uploadFolder): one per run.
  setupFiles: ['<rootDir>/tests/support/uploadSecret.ts'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  // Browser and runtime tests start processes; none measures time.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  projects: [
    { ...base, displayName: 'domain', testMatch: ['<rootDir>/tests/domain/**/*.test.ts'] },
    { ...base, displayName: 'localcloud', testMatch: ['<rootDir>/tests/localcloud/**/*.test.ts'] },
    // The build's configuration as Taro reads it, without building.
    { ...base, displayName: 'config', testMatch: ['<rootDir>/tests/config/**/*.test.ts'] },
    {
      ...base,
      // The mini-program's own logic (outbox, hooks, services) against a fake phone: tests/client/support/fakeTaro.ts.
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/client/**/*.test.ts'],
      setupFiles: [...base.setupFiles, '<rootDir>/tests/client/support/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/client/support/fakeTaro.ts',
        '^@contract$': '<rootDir>/cloudfunctions/contract/index.ts',
        '^@contract/(.*)$': '<rootDir>/cloudfunctions/contract/$1',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
    },
    {
      ...base,
      displayName: 'cloud',
      testMatch: ['<rootDir>/tests/cloud/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/buildFunctionsOnce.ts',
    },
    {
      ...base,
      displayName: 'mp',
      // miniprogram-simulate renders into a DOM.
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/mp/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/mp/globalSetup.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/buildH5Once.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/failOnSubscribeOutsideTap.ts'],
    },
  ],
};
