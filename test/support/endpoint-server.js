// A real HTTP endpoint on another origin for <consult-request>'s tests: it records every request
// (method, url, headers, raw body) and answers as the last path segment asks.
//
//   POST /t/<tag>/<scenario>[?query]   scenarios below; <tag> keeps each test's requests apart
//   GET  /__requests?tag=<tag>         the recorded requests (OPTIONS preflights included), oldest first
//   DELETE /__requests                 forget everything
// The same routes are served on the test page's own origin under /__endpoint/ (same-origin posts).
//
// Scenarios: ok200, created201, nocontent204, text200, errors400-array, errors422-object, errors400-hostile,
// rate429 (?after=<seconds> or ?date=<seconds from now, as an HTTP date>), err500,
// unavailable503, not-json (502 with an HTML page), slow (?ms=), hang (never answers),
// drop (destroys the socket), no-cors (200 without CORS headers). Any scenario ending in
// `-once` behaves so for the first POST to that path and answers ok200 afterwards.
// Real services' answers: forbidden403, notfound404, gone410, too-large413, html200 (a thank-you
// page), formspree?status=&code=&field= (Formspree's error body), redirect301 (Web3Forms given a
// form-encoded post: 301 to a page on another origin that sends no CORS headers), redirect302
// (Apps Script: 302 to another origin whose answer allows any origin). The redirects go to the
// test page's own origin (/__endpoint/…), a real second origin.
import { createServer } from 'node:http';

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const scenarios = {
  ok200: (req, res) => json(res, 200, { ok: true }),
  created201: (req, res) => json(res, 201, { id: 'abc' }),
  nocontent204: (req, res) => res.writeHead(204).end(),
  text200: (req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Thanks!'),
  'errors400-array': (req, res) =>
    json(res, 400, {
      errors: [
        { field: 'email', message: 'That address bounced; please check it.', code: 'TYPE_EMAIL' },
        { field: '_subject', message: 'The form is missing a subject.', code: 'REQUIRED' },
      ],
    }),
  'errors422-object': (req, res) =>
    json(res, 422, {
      errors: {
        name: ['Please give your full name.'],
        phone: ['That number cannot receive texts.'],
        spam: ['Rejected by the filter.'],
      },
    }),
  rate429: (req, res, url) => {
    const after = url.searchParams.get('after');
    const date = url.searchParams.get('date');
    const retry = date ? new Date(Date.now() + Number(date) * 1000).toUTCString() : (after ?? '');
    json(res, 429, { error: 'Too many requests' }, retry ? { 'Retry-After': retry } : {});
  },
  // Markup where a message belongs, reporting itself if it ever runs (test/support/hostile-strings.ts).
  'errors400-hostile': (req, res) =>
    json(res, 400, {
      errors: [
        { field: 'email', message: `<img src=x onerror="__rwRan('server field message')">` },
        { message: `"><svg onload="__rwRan('server general message')"></svg>` },
      ],
    }),
  err500: (req, res) => json(res, 500, { error: 'Internal error' }),
  unavailable503: (req, res) =>
    res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable'),
  'not-json': (req, res) =>
    res
      .writeHead(502, { 'Content-Type': 'text/html' })
      .end('<html><body><h1>502 Bad Gateway</h1></body></html>'),
  slow: (req, res, url) =>
    setTimeout(() => json(res, 200, { ok: true }), Number(url.searchParams.get('ms') ?? 1000)),
  hang: () => {},
  drop: (req) => req.socket.destroy(),
  'no-cors': (req, res) => json(res, 200, { ok: true }),
  forbidden403: (req, res) => json(res, 403, { success: false, message: 'forbidden' }),
  notfound404: (req, res) =>
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not Found</body></html>'),
  gone410: (req, res) => res.writeHead(410).end(),
  'too-large413': (req, res) =>
    res
      .writeHead(413, { 'Content-Type': 'text/html' })
      .end('<html><body>413 Request Entity Too Large</body></html>'),
  html200: (req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><html><body><h1>Thank you!</h1></body></html>'),
  formspree: (req, res, url) => {
    const [code, field, status] = ['code', 'field', 'status'].map(
      (k) => url.searchParams.get(k) ?? undefined,
    );
    const message = field ? `${field} is invalid` : 'Form is not accepting submissions';
    json(res, Number(status ?? 422), { error: message, errors: [{ code, field, message }] });
  },
  redirect301: (req, res, url) => redirect(req, res, url, 301, 'thanks-page'),
  redirect302: (req, res, url) => redirect(req, res, url, 302, 'script-result'),
  'thanks-page': (req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Thanks, sent.</body></html>'),
  'script-result': (req, res) =>
    json(res, 200, { result: 'success' }, { 'Access-Control-Allow-Origin': '*' }),
};
const NO_CORS = ['no-cors', 'thanks-page', 'script-result'];

/** Redirects to `target` beside this path on the test page's own origin (another origin than ours). */
function redirect(req, res, url, status, target) {
  res
    .writeHead(status, {
      Location: `${req.headers.origin}/__endpoint${url.pathname.replace(/[^/]+$/, target)}`,
    })
    .end();
}

export async function startEndpointServer() {
  let log = [];
  const seen = new Set();
  const sockets = new Set();
  const handle = (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const origin = req.headers.origin;
      const segments = url.pathname.split('/').filter(Boolean);
      let scenario = segments.at(-1) ?? '';
      const cors = !NO_CORS.includes(scenario) && origin;
      if (cors) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Vary', 'Origin');
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      }
      if (url.pathname === '/__requests') {
        if (req.method === 'DELETE') log = [];
        const tag = url.searchParams.get('tag');
        const requests = log.filter((r) => !tag || r.tag === tag);
        if (req.method === 'OPTIONS') res.setHeader('Access-Control-Allow-Methods', 'GET, DELETE');
        return json(res, 200, requests);
      }
      log.push({
        tag: segments[0] === 't' ? segments[1] : undefined,
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (req.method === 'OPTIONS') {
        if (cors) {
          res.setHeader('Access-Control-Allow-Methods', 'POST');
          res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
        }
        return res.writeHead(204).end();
      }
      if (scenario.endsWith('-once')) {
        scenario = seen.has(url.pathname) ? 'ok200' : scenario.slice(0, -5);
        seen.add(url.pathname);
      }
      const answer = scenarios[scenario];
      if (answer) answer(req, res, url);
      else json(res, 404, { error: `No scenario "${scenario}"` });
    });
  };
  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Koa middleware for the test page's own server: `/__endpoint/…` is the same recorder, same-origin. */
    middleware(ctx, next) {
      if (!ctx.path.startsWith('/__endpoint/')) return next();
      ctx.respond = false;
      ctx.req.url = ctx.req.url.slice('/__endpoint'.length);
      handle(ctx.req, ctx.res);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
