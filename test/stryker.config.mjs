// `npm run mutate`: StrykerJS over the DOM-free modules, against the Node unit tests (test/unit,
// node:test, types stripped by test/unit/typescript.js). It prints the score and every surviving mutant. Not part of npm test.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  tap: { testFiles: ['test/unit/*.test.ts'], nodeArgs: ['--import', './test/unit/typescript.js'] },
  mutate: [
    'src/consult-request/payload.ts',
    'src/consult-request/send.ts',
    'src/consult-request/validate.ts',
    'src/consult-request/failure.ts',
    'src/consult-request/fields.ts',
    'src/i18n/*.ts',
  ],
  ignorePatterns: ['dist', 'demo/data', 'test/bench', 'test/pages', '*.log'],
  // The unit tests strip types with esbuild (test/unit/typescript.js) and read no tsconfig, so
  // Stryker has none to rewrite in its sandbox.
  tsconfigFile: 'test/unit/no-tsconfig-rewrite.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
