// web-test-runner: every test file in Chromium, Firefox ESR and WebKitGTK, from Debian's packages.
// Run through `npm test` (test/support/run-tests.js), which provides the display WebKitGTK needs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, MINIBROWSER } from './support/browsers.js';
import { startWebKitDriver } from './support/webkit-driver.js';
import { summaryReporter } from './support/summary-reporter.js';
import { startEndpointServer } from './support/endpoint-server.js';
import { rawPages } from './support/raw-pages.js';
import { startFakeServices } from './support/fake-services.js';
import { createInboxHandler } from '../demo/inbox/http.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cdpCommands } from './support/cdp-commands.js';
import { sealCommands } from './support/seal-commands.js';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];

if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS } }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        // Firefox's form-history list (what earlier tests typed) can open over the field below
        // and take a click meant for the page; a fresh visitor has no history.
        extraPrefsFirefox: { 'browser.formfill.enable': false },
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
}

// <consult-request>'s tests post to a real server on another origin (another, random, port);
// they learn its address from the virtual module /test/support/origins.js. The same recorder also
// answers /__endpoint/… on the test page's own origin, for same-origin (relative) endpoints.
const endpoint = await startEndpointServer();
const origins = {
  name: 'endpoint-origin',
  serve(context) {
    if (context.path === '/test/support/origins.js')
      return { body: `export const ENDPOINT = '${endpoint.origin}';`, type: 'js' };
  },
};

// The setup page's tests (test/setup*.test.ts) talk to fake form services on yet another origin.
const services = await startFakeServices();
const fakeServices = {
  name: 'fake-services-origin',
  serve(context) {
    if (context.path === '/test/support/fake-origins.js')
      return {
        body: `export const SERVICES = '${services.origin}';\nexport const CLOSED = '${services.closedOrigin}';`,
        type: 'js',
      };
  },
};

const rootDir = fileURLToPath(new URL('..', import.meta.url));

// The demo's local inbox (demo/inbox, what `npm start` serves) at /api/…, on the test page's own
// origin, for the language pages' end-to-end tests (test/i18n.pages.test.ts). It stores in a
// temporary folder, removed when the run ends (the requests in it are test data, but a machine
// that runs the tests all day should not collect hundreds of folders).
const inboxDir = mkdtempSync(join(tmpdir(), 'wtr-inbox-'));
process.on('exit', () => rmSync(inboxDir, { recursive: true, force: true }));
const inbox = createInboxHandler({ dataDir: inboxDir });
const localInbox = (ctx, next) => {
  if (!ctx.path.startsWith('/api/')) return next();
  ctx.respond = false;
  inbox(ctx.req, ctx.res, () => {});
};

export default {
  rootDir,
  // test/unit/ holds the Node unit tests (node:test, run by run-tests.js), not browser tests.
  files: process.env.TEST_FILES?.split(',') ?? ['test/**/*.test.ts', 'test/**/*.test.html', '!test/unit/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  browsers,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // Hostile host pages (test/hostile.test.ts): `hostile-csp*.html` arrive with a strict Content Security
    // Policy and Trusted Types required; `-tt` pages also allow only the `lit-html` policy (the name the
    // README documents), `-two-copies` pages allow it twice ('allow-duplicates').
    rawPages(rootDir, (file) => {
      if (!/^hostile-csp[\w-]*\.html$/.test(file)) return {};
      const policy = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        `connect-src ${endpoint.origin}`,
        "img-src 'self'",
        "require-trusted-types-for 'script'",
      ];
      if (file.includes('-tt'))
        policy.push(`trusted-types lit-html${file.includes('-two-copies') ? " 'allow-duplicates'" : ''}`);
      return { 'Content-Security-Policy': policy.join('; ') };
    }),
    endpoint.middleware,
    localInbox,
  ],
  plugins: [
    origins,
    fakeServices,
    cdpCommands(),
    sealCommands(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
