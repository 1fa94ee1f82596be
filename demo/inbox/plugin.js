// The Vite dev-server plugin that puts the local inbox behind `npm start`.

import { join } from 'node:path';
import { createInboxHandler } from './http.js';

/**
 * @param {{ dataDir?: string }} [options] dataDir defaults to demo/data under the project root
 * @returns {import('vite').Plugin}
 */
export function demoInbox(options = {}) {
  return {
    name: 'demo-inbox',
    apply: 'serve',
    // Each stored request rewrites demo/data/inbox.jsonl; nothing there is part of the app.
    config: () => ({ server: { watch: { ignored: ['**/demo/data/**'] } } }),
    configureServer(server) {
      const dataDir = options.dataDir ?? join(server.config.root, 'demo', 'data');
      const logger = server.config.logger;
      server.middlewares.use(
        createInboxHandler({ dataDir, log: (line) => logger.info(line, { timestamp: true }) }),
      );
    },
  };
}
