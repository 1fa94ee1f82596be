// The bench's two local origins, plain node:http static servers on 127.0.0.1 (random ports):
//
//   the HOST (the therapist's site): test/bench/** and dist/** as they are on disk (no
//     transforms, no compression, `Cache-Control: no-store`), plus /noop, the endpoint the
//     bench forms point at (204 to anything);
//   the MODULE host (another origin, as a CDN is): dist/** with CORS and Timing-Allow-Origin,
//     and two ways of being a bad guest's host:
//       /late/<ms>/dist/…   answers after <ms> milliseconds (the headers too);
//       /hang/dist/…        accepts the connection, reads the request and never answers.
//     A module URL's host decides nothing else: same bytes, same headers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

function listen(server, sockets) {
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );
}

const close = (server, sockets) =>
  new Promise((done) => {
    for (const socket of sockets) socket.destroy(); // the hanging requests, and keep-alive ones
    server.close(done);
  });

async function sendFile(req, res, rel, allowed, notFound, headers = {}) {
  const clean = normalize(rel).replace(/^[/\\]+/, '');
  const posix = clean.split(sep).join('/');
  if (clean.includes('..') || !allowed.some((dir) => posix.startsWith(dir))) {
    notFound.add(req.url);
    res.writeHead(404, headers).end('not found');
    return;
  }
  try {
    const body = await readFile(ROOT + clean);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(clean)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    notFound.add(req.url);
    res.writeHead(404, headers).end('not found');
  }
}

/** Starts both servers; resolves to { origin, moduleOrigin, close(), notFound, hanging() }. */
export async function startServers() {
  const notFound = new Set();
  const hostSockets = new Set();
  const moduleSockets = new Set();
  let hangingNow = 0;

  const host = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/noop') {
      req.resume();
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    sendFile(req, res, path, ['test/bench/', 'dist/', 'node_modules/web-vitals/dist/'], notFound);
  });

  const cors = { 'Access-Control-Allow-Origin': '*', 'Timing-Allow-Origin': '*' };
  const moduleHost = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/hang/')) {
      hangingNow++;
      req.resume();
      res.on('close', () => hangingNow--);
      return; // never answered; the socket is destroyed when the page goes or the bench ends
    }
    const late = /^\/late\/(\d+)(\/.*)$/.exec(path);
    const rel = late ? late[2] : path;
    const send = () => sendFile(req, res, rel, ['dist/'], notFound, cors);
    if (late) setTimeout(send, Number(late[1]));
    else send();
  });

  const origin = await listen(host, hostSockets);
  const moduleOrigin = await listen(moduleHost, moduleSockets);
  return {
    origin,
    moduleOrigin,
    notFound,
    hanging: () => hangingNow,
    close: () => Promise.all([close(host, hostSockets), close(moduleHost, moduleSockets)]),
  };
}
