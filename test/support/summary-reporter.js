// A web-test-runner reporter that counts results per engine and prints one
// closing line, `tests: N passed, N failed`, that CI reads. The line is also written to
// SUMMARY_FILE so that run-tests.js can repeat it after web-test-runner's own last words.
import { writeFileSync } from 'node:fs';
function count(suite, tally) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, tally);
}

// The launchers name the browser binaries; say which engine each one is.
const ENGINE_NAMES = { Chrome: 'Chromium', Firefox: 'Firefox ESR', MiniBrowser: 'WebKitGTK' };

export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const perBrowser = new Map();
      for (const session of sessions) {
        const name = ENGINE_NAMES[session.browser.name] ?? session.browser.name;
        const tally = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, tally);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && !hasFailedTest(session.testResults)) tally.failed += 1;
        perBrowser.set(name, tally);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      console.log('\nResults per engine:');
      for (const [name, t] of perBrowser) {
        console.log(`  ${name.padEnd(12)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
        total.passed += t.passed;
        total.failed += t.failed;
        total.skipped += t.skipped;
      }
      const line = `tests: ${total.passed} passed, ${total.failed} failed`;
      console.log(line);
      if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, line + '\n');
    },
  };
}

function hasFailedTest(suite) {
  if (!suite) return false;
  return suite.tests.some((t) => !t.passed && !t.skipped) || suite.suites.some(hasFailedTest);
}
