// Where Debian's packages put each engine, and what installs it.
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const browsers = [
  { name: 'Chromium', files: ['/usr/bin/chromium'], packages: ['chromium'] },
  { name: 'Firefox ESR', files: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  {
    name: 'WebKitGTK',
    files: ['/usr/bin/WebKitWebDriver', MINIBROWSER, '/usr/bin/Xvfb', '/usr/bin/xauth'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
];

/** Chromium flags that keep it headless and off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** puppeteer.launch() options for that Chromium, as the bench's scripts start it. */
export const CHROMIUM_LAUNCH = { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS };
