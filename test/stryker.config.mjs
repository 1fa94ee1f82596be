// `npm run mutate`: StrykerJS over the DOM-free modules, against the Node unit tests (test/unit,
// node:test, types stripped by test/unit/typescript.js). It prints the score and every surviving mutant. Not part of npm test.
// The whole run is long on two cores: most mutants are the catalogs' sentences, and each of those
// runs every unit test file. MUTATE_PART=form mutates the form's modules against every unit test
// file (about 7 minutes here); MUTATE_PART=language mutates src/i18n against the tests that read
// the catalogs, i18n.test.ts and validate.test.ts (about 6 minutes).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
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

const LANGUAGE = 'src/i18n/*.ts';
const parts = {
  form: { mutate: config.mutate.filter((file) => file !== LANGUAGE), testFiles: config.tap.testFiles },
  language: { mutate: [LANGUAGE], testFiles: ['test/unit/i18n.test.ts', 'test/unit/validate.test.ts'] },
};
const part = parts[process.env.MUTATE_PART ?? ''];
if (process.env.MUTATE_PART && !part)
  throw new Error(`MUTATE_PART is form or language, not ${process.env.MUTATE_PART}`);

export default part
  ? { ...config, mutate: part.mutate, tap: { ...config.tap, testFiles: part.testFiles } }
  : config;
