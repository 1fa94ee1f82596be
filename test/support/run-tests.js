// `npm test`'s last step. First the Node tests (test/node: the package and bundle as files),
// then web-test-runner in each of the three engines in turn, under a virtual display when
// there is none (WebKitGTK's MiniBrowser needs one even headless). Ends with a count per
// suite and the closing line `tests: N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The Node tests measure dist/ (the bundle's size, the manifest, what npm would publish) and the
// bundle pages load it: never let them judge a build older than the code. `npm test` has just
// built; `npm run test:only` builds again when any input changed since dist/ was written.
const stale = staleInput();
if (stale) {
  console.log(`dist/ is older than ${stale}: building first`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('tests: 0 passed, 1 failed');
    process.exit(build.status ?? 1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'relational-tests-'));
const tapFile = join(dir, 'node.tap');
const suites = {};

// test/node: the package and demo as files; test/unit: the DOM-free modules in TypeScript (types stripped by test/unit/typescript.js).
const unit = readdirSync('test/unit')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test/unit', f));
const node = spawnSync(
  process.execPath,
  [
    '--import',
    './test/unit/typescript.js',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    'test/node/',
    ...unit,
  ],
  { stdio: 'inherit' },
);
suites.Node = tapCounts(tapFile, node.status);

// One engine at a time: the machine (two cores here) is the engine's own, so timing-sensitive
// tests (timeouts, focus after a scroll) are not starved by the other two browsers.
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const wtr = [
  'node_modules/@web/test-runner/dist/bin.js',
  '--config',
  'test/web-test-runner.config.js',
  ...process.argv.slice(2),
];
const [command, args] = process.env.DISPLAY
  ? [process.execPath, wtr]
  : ['xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...wtr]];
let browsersStatus = 0;
for (const engine of engines) {
  let run = runEngine(engine);
  // A browser that crashes takes its engine's whole run with it, counting nothing (WebKitGTK's
  // compositor has died here in Mesa's software renderer, once in many runs). That engine runs
  // again, once, and says so; a test that fails is never run again.
  if (run.crashed) {
    console.log(
      `\n${engine}: the browser crashed during the run; running ${engine} again, once (the first run's counts are dropped)`,
    );
    run = runEngine(engine);
  }
  browsersStatus ||= run.status;
  Object.assign(suites, run.counts ?? { [engine]: { passed: 0, failed: 1, skipped: 0 } });
}
rmSync(dir, { recursive: true, force: true });

const total = { passed: 0, failed: 0 };
console.log('\nResults:');
for (const [name, t] of Object.entries(suites)) {
  console.log(`  ${name.padEnd(12)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  total.passed += t.passed;
  total.failed += t.failed;
}
const exitCode = node.status || browsersStatus || (total.failed > 0 ? 1 : 0);
if (exitCode && total.failed === 0) total.failed = 1; // a runner died without counting
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
process.exit(exitCode);

/** One engine's web-test-runner run: its exit status, its counts, and whether its browser crashed. */
function runEngine(engine) {
  const resultsFile = join(dir, `${engine}.json`);
  rmSync(resultsFile, { force: true });
  console.log(`\n=== ${engine} ===`);
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: engine, RESULTS_FILE: resultsFile },
  });
  let counts = null;
  try {
    counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    /* the runner died before its reporter wrote anything */
  }
  const crashed = !counts || Object.values(counts).some((t) => t.crashed);
  if (counts) for (const t of Object.values(counts)) delete t.crashed;
  return { status: run.status ?? 1, counts, crashed };
}

/** The first build input newer than the oldest file in dist/ (or 'nothing built' without one), else null. */
function staleInput() {
  const files = (path) =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path];
  // Without the manifest the build never got that far.
  if (!existsSync('dist/custom-elements.json')) return 'src/ (the last build did not finish)';
  const built = Math.min(...files('dist').map((f) => statSync(f).mtimeMs));
  const inputs = [...files('src'), 'package.json', 'tsconfig.json', 'vite.config.ts'];
  return inputs.find((f) => statSync(f).mtimeMs > built) ?? null;
}

function tapCounts(file, status) {
  try {
    const tap = readFileSync(file, 'utf8');
    const read = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    return {
      passed: read('pass'),
      failed: read('fail') + read('cancelled'),
      skipped: read('skipped') + read('todo'),
    };
  } catch {
    return { passed: 0, failed: status ? 1 : 0, skipped: 0 };
  }
}
