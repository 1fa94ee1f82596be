// A tiny static server for the bench: test/bench/** and dist/** exactly as they are on disk
// (no dev-server transforms, no compression, `Cache-Control: no-store`), plus /noop, the
// endpoint the bench forms point at (204 to anything). 127.0.0.1 on a random port.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALLOWED = ['test/bench/', 'dist/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Starts the server; resolves to { origin, close(), notFound } (the paths it answered 404). */
export function startServer() {
  const notFound = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/noop') {
      req.resume();
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    const rel = normalize(path).replace(/^[/\\]+/, '');
    if (rel.includes('..') || !ALLOWED.some((dir) => rel.split(sep).join('/').startsWith(dir))) {
      notFound.add(path);
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(ROOT + rel);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound.add(path);
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        notFound,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
