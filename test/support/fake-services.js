// Fake form services on another origin, for the setup page's tests (test/setup*.test.ts). Each
// answers as the real one does in the case the page must diagnose (each service's documented
// answers, as the comments below give them), and records what reached it.
//
//   /t/<tag>/formspree/f/<id>        Formspree-like: CORS, JSON with `Accept: application/json`.
//                                    ids: any (200 {ok, next}), missing (404 FORM_NOT_FOUND),
//                                    blocked (403 BLOCKED), empty (422 EMPTY)
//   /t/<tag>/apps-script/macros/s/<id>/exec
//                                    Apps-Script-like: OPTIONS gets a 405 with no CORS headers; a POST
//                                    gets a 302 to another origin (localhost instead of 127.0.0.1),
//                                    which answers JSON with `Access-Control-Allow-Origin: *`
//   /t/<tag>/no-cors                 answers 200, never with CORS headers (OPTIONS included)
//   /t/<tag>/gone                    404, an HTML page (with CORS headers)
//   /t/<tag>/html-page               200, an HTML page (with CORS headers)
//   /t/<tag>/redirect-page           303 to a thank-you page on another origin (CORS headers on both)
//   /t/<tag>/hang                    never answers
//   GET /__log?tag=<tag>             what reached the services for a tag (method, path, content type, body)
import { createServer } from 'node:http';

export async function startFakeServices() {
  let log = [];
  const sockets = new Set();
  let port = 0;

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const origin = req.headers.origin;
      const cors = (extra = {}) => ({
        'Access-Control-Allow-Origin': origin ?? '*',
        Vary: 'Origin',
        ...extra,
      });
      const send = (status, headers, body = '') => res.writeHead(status, headers).end(body);
      const json = (status, body, headers = cors()) =>
        send(status, { 'Content-Type': 'application/json', ...headers }, JSON.stringify(body));
      const page = (status, title, headers = cors()) =>
        send(
          status,
          { 'Content-Type': 'text/html; charset=utf-8', ...headers },
          `<!doctype html><title>${title}</title><h1>${title}</h1>`,
        );

      if (url.pathname === '/__log')
        return json(
          200,
          log.filter((r) => r.tag === url.searchParams.get('tag')),
        );
      // The Apps Script answer, on the other origin the POST was redirected to.
      if (url.pathname === '/apps-script/echo')
        return json(200, { result: 'success' }, { 'Access-Control-Allow-Origin': '*' });
      if (url.pathname === '/thanks.html')
        return page(200, 'Thank you', { 'Access-Control-Allow-Origin': '*' });

      const [, t, tag, ...rest] = url.pathname.split('/');
      if (t !== 't' || !tag) return send(404, {});
      const path = rest.join('/');
      log.push({
        tag,
        method: req.method,
        path,
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      });

      if (path.startsWith('formspree/f/')) {
        if (req.method === 'OPTIONS')
          return send(
            204,
            cors({ 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type' }),
          );
        const id = path.slice('formspree/f/'.length);
        if (!/application\/json/.test(req.headers.accept ?? ''))
          return send(302, { Location: `http://localhost:${port}/thanks.html` });
        if (id === 'missing')
          return json(404, {
            error: 'Form not found',
            errors: [{ code: 'FORM_NOT_FOUND', message: 'Form not found' }],
          });
        if (id === 'blocked')
          return json(403, {
            error: 'This form has been blocked',
            errors: [{ code: 'BLOCKED', message: 'Form is blocked' }],
          });
        if (id === 'empty')
          return json(422, {
            error: 'Validation errors',
            errors: [{ code: 'EMPTY', message: 'Form submission is empty' }],
          });
        return json(200, { ok: true, next: '/thanks' });
      }
      if (path.startsWith('apps-script/')) {
        if (req.method === 'OPTIONS') return send(405, { 'Content-Type': 'text/html' }, 'Method not allowed');
        return send(302, {
          Location: `http://localhost:${port}/apps-script/echo?user_content_key=x`,
          'Access-Control-Allow-Origin': '*',
        });
      }
      if (path === 'no-cors') return json(200, { ok: true }, {});
      // The rest answer the preflight as a CORS-aware server does, so each shows its own answer.
      if (req.method === 'OPTIONS')
        return send(
          204,
          cors({ 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type' }),
        );
      if (path === 'gone') return page(404, 'Not Found');
      if (path === 'html-page') return page(200, 'Sign in');
      if (path === 'redirect-page')
        return send(303, cors({ Location: `http://localhost:${port}/thanks.html` }));
      if (path === 'hang') return undefined;
      return send(404, cors());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  port = server.address().port;

  // A port where nothing listens, for "nothing answered at this address".
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));

  return {
    origin: `http://127.0.0.1:${port}`,
    closedOrigin: `http://127.0.0.1:${closedPort}`,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
