// A web-test-runner command that reaches Chromium's DevTools protocol from a test, for what only
// the protocol can do: real autofill (Autofill.trigger), the accessibility tree (Accessibility),
// forced colours (Emulation.setEmulatedMedia).
//
//   executeServerCommand('cdp', { method, params, event?, timeout? })
//
// sends one command on the test page's own DevTools session (one per test page, so the object
// ids of one call stay valid for the next) and answers `{ result, event }`, `event` being the
// first notification of that name after the command (`null` when none came within `timeout` ms).
// In Firefox and WebKitGTK it answers `{ unsupported: true }`.
const sessions = new Map();

export function cdpCommands() {
  return {
    name: 'cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name))
        return { unsupported: true };
      let client = sessions.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, client);
      }
      const { method, params = {}, event, timeout = 5000 } = payload;
      const notified = event && new Promise((resolve) => client.once(event, resolve));
      const result = await client.send(method, params);
      const got = notified
        ? await Promise.race([notified, new Promise((resolve) => setTimeout(() => resolve(null), timeout))])
        : undefined;
      return { result, event: got };
    },
  };
}
