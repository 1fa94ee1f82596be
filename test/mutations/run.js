// npm run mutate:browser: breaks the product on purpose, one patch at a time, and checks that the
// browser tests notice. Each test/mutations/*.patch starts with comment lines:
//   # breaks: what a person would meet
//   # test: test/x.test.ts[,test/y.test.ts]     the files that must fail
// then a diff against src/ (git apply). The patch is applied to the working tree, the named files
// run (Chromium unless BROWSERS says otherwise, through test/support/run-tests.js, which rebuilds
// dist/ first), and the patch is taken out again, whatever happened. Ends with caught/missed per
// patch, and fails when any breakage went unnoticed or no longer applies.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/mutations';
const only = process.argv[2];
const patches = readdirSync(dir)
  .filter((f) => f.endsWith('.patch') && (!only || f.includes(only)))
  .sort();
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });

const dirty = git('status', '--porcelain', '--', 'src').stdout.trim();
if (dirty) {
  console.error(`src/ has uncommitted changes; commit or stash them first:\n${dirty}`);
  process.exit(2);
}

let applied = null;
const takeOut = () => {
  if (applied) git('apply', '-R', applied);
  applied = null;
};
process.on('SIGINT', () => (takeOut(), process.exit(130)));

const results = [];
for (const name of patches) {
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8');
  const breaks = /^# breaks: (.+)$/m.exec(text)?.[1] ?? name;
  const tests = /^# test: (.+)$/m.exec(text)?.[1]?.trim();
  if (!tests) {
    results.push({ name, breaks, result: 'no "# test:" line' });
    continue;
  }
  const check = git('apply', '--check', file);
  if (check.status !== 0) {
    results.push({ name, breaks, result: `does not apply: ${check.stderr.trim().split('\n')[0]}` });
    continue;
  }
  git('apply', file);
  applied = file;
  console.log(`\n### ${name}: ${breaks}\n### running ${tests}`);
  const started = Date.now();
  let run;
  try {
    run = spawnSync(process.execPath, ['test/support/run-tests.js'], {
      encoding: 'utf8',
      env: { ...process.env, BROWSERS: process.env.BROWSERS ?? 'chromium', TEST_FILES: tests },
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    takeOut();
  }
  const output = `${run.stdout}${run.stderr}`;
  // ❌: a browser test (web-test-runner); ✖: a Node test (node:test's spec reporter).
  const failing = [
    ...new Set([...output.matchAll(/(?:❌|✖) (.+)/g)].map((m) => m[1].replace(/ \([\d.]+ms\)$/, '').trim())),
  ].filter((t) => t !== 'failing tests:');
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name, breaks, result: run.status !== 0 ? 'caught' : 'MISSED', failing, seconds });
  console.log(
    run.status !== 0
      ? `caught in ${seconds} s by:\n  ${failing.join('\n  ') || '(the run failed)'}`
      : `MISSED: ${tests} passed with the product broken`,
  );
}

console.log('\nBrowser mutations:');
for (const r of results)
  console.log(`  ${r.result.padEnd(7)} ${r.name}: ${r.breaks}${r.seconds ? ` (${r.seconds} s)` : ''}`);
const caught = results.filter((r) => r.result === 'caught').length;
console.log(`${caught} of ${results.length} caught`);
process.exit(caught === results.length ? 0 : 1);
