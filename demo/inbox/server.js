// The inbox on its own, without Vite: `node demo/inbox/server.js [port]` (default 8787).
// Useful to post to the inbox from a page on another port (a cross-origin request with CORS).

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createInboxHandler } from './http.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 8787);
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const handler = createInboxHandler({ dataDir, log: (line) => console.log(line) });

createServer((req, res) =>
  handler(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'Not found.' }));
  }),
).listen(port, '127.0.0.1', () => console.log(`inbox listening on http://127.0.0.1:${port}/api/consult`));
