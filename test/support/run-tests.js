// `npm test`'s last step: web-test-runner in all three engines, under a virtual display
// when there is none (WebKitGTK's MiniBrowser needs one even when nothing is shown).
// Ends with the closing line `tests: N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'relational-tests-'));
const summaryFile = join(dir, 'summary.txt');
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'test/web-test-runner.config.js', ...process.argv.slice(2)];
const [command, args] = process.env.DISPLAY
  ? [process.execPath, wtr]
  : ['xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...wtr]];

const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, SUMMARY_FILE: summaryFile } });
child.on('exit', (code, signal) => {
  let summary = '';
  try {
    summary = readFileSync(summaryFile, 'utf8').trim();
  } catch {
    summary = 'tests: 0 passed, 1 failed';
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n${summary}`);
  const failed = !/ 0 failed$/.test(summary);
  process.exit(code || (signal || failed ? 1 : 0));
});
