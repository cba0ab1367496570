// Unit tests (*.test.ts) are hermetic and run anywhere (npm run test:unit: only node and sh on PATH, fixed env);
// integration tests (*.test.itg.ts) need the test world (scripts/test-world.sh).
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }] },
}
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      setupFiles: ['<rootDir>/__tests__/helpers/hermetic-env.ts'],
    },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/**/*.test.itg.ts'] },
  ],
}
