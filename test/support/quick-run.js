// `npm run test:quick -- test/consult-request.test.ts [more files] [--watch]`: the inner loop.
// Runs only the named browser test files, in Chromium unless BROWSERS names other engines, with no
// build and no Node tests. The test files import the elements from src/ and web-test-runner
// compiles them on the fly (the esbuild plugin in web-test-runner.config.js), so an edit under
// src/ shows in the next run at once; `--watch` re-runs on every save.
// What this leaves out, `npm test` keeps: the build, the Node tests (test/node, test/unit), and
// the tests that load the built module (dist/, served at /raw/dist/) against a fresh build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const files = [...args.filter((a) => !a.startsWith('-')), ...(process.env.TEST_FILES?.split(',') ?? [])];
const flags = args.filter((a) => a.startsWith('-'));
if (files.length === 0) {
  console.error('Name the test files: npm run test:quick -- test/consult-request.test.ts [--watch]');
  process.exit(2);
}

// A few files also load the built module (/raw/dist/…): those tests judge whatever dist/ holds.
const loadsBuild = files.filter((f) => existsSync(f) && readFileSync(f, 'utf8').includes('/raw/dist/'));
if (loadsBuild.length) {
  const state = buildState();
  if (state)
    console.warn(
      `Note: ${loadsBuild.join(', ')} load the built module too, and dist/ ${state}: ` +
        'those tests judge the old build (`npm run build` first, or use `npm run test:only`).',
    );
}

const engines = process.env.BROWSERS ?? 'chromium';
const wtr = [
  'node_modules/@web/test-runner/dist/bin.js',
  '--config',
  'test/web-test-runner.config.js',
  ...flags,
];
// WebKitGTK's MiniBrowser needs a display even headless; Chromium and Firefox do not.
const [command, commandArgs] =
  engines.includes('webkit') && !process.env.DISPLAY
    ? ['xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...wtr]]
    : [process.execPath, wtr];
const run = spawnSync(command, commandArgs, {
  stdio: 'inherit',
  env: { ...process.env, BROWSERS: engines, TEST_FILES: files.join(',') },
});
process.exit(run.status ?? 1);

/** Why dist/ may not match src/ ('is missing', 'is older than src/x.ts'), or null when it is current. */
function buildState() {
  const all = (path) =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => all(join(path, name))) : [path];
  if (!existsSync('dist/custom-elements.json')) return 'is missing or incomplete';
  const built = Math.min(...all('dist').map((f) => statSync(f).mtimeMs));
  const newer = all('src').find((f) => !f.endsWith('.md') && statSync(f).mtimeMs > built);
  return newer ? `is older than ${newer}` : null;
}
