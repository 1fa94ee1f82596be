// A web-test-runner reporter that counts results per engine and writes them as JSON to
// RESULTS_FILE, for run-tests.js to print with the Node tests' counts after the run.
import { writeFileSync } from 'node:fs';

// The launchers name the browser binaries; say which engine each one is.
const ENGINE_NAMES = { Chrome: 'Chromium', Firefox: 'Firefox ESR', MiniBrowser: 'WebKitGTK' };

function count(suite, tally) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, tally);
}

export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const engines = {};
      for (const session of sessions) {
        const name = ENGINE_NAMES[session.browser.name] ?? session.browser.name;
        const tally = (engines[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = tally.failed;
        count(session.testResults, tally);
        // A file that failed to load, or threw outside any test, counts as one failure.
        if (!session.passed && tally.failed === before) tally.failed += 1;
        // The browser itself went away under this file: run-tests.js runs the engine again, once.
        if (session.errors?.some((e) => /browser disconnected/i.test(e?.message ?? ''))) tally.crashed = true;
      }
      if (process.env.RESULTS_FILE) writeFileSync(process.env.RESULTS_FILE, JSON.stringify(engines));
    },
  };
}
