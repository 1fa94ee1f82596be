// send.ts on its own, in Node: which endpoints are accepted, Retry-After, and one POST against a
// real local server for each outcome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY, endpointURL, retryAt, send } from '../../src/consult-request/send.js';

const BASE = 'https://therapist.example/contact/?q=1';

test('endpointURL(): https:, same-origin paths, and http: on localhost only', () => {
  for (const ok of [
    'https://formspree.io/f/abc',
    'https://script.google.com/macros/s/x/exec?a=1',
    '/api/consult',
    './consult',
    '../consult',
    'http://localhost:3000/x',
    'http://127.0.0.1:8787/',
    'http://[::1]/x',
    ' https://example.org/x ',
  ])
    assert.equal(typeof endpointURL(ok, BASE)?.href, 'string', ok);
  assert.equal(
    endpointURL('/api', 'http://site.example/page')?.href,
    'http://site.example/api',
    "http: on the page's own origin",
  );
  assert.equal(endpointURL('./consult', BASE)?.href, 'https://therapist.example/contact/consult');
  assert.equal(
    endpointURL('https://formspree.io/f/abc?x=1', BASE)?.href,
    'https://formspree.io/f/abc?x=1',
    'used as given',
  );
  for (const bad of [
    null,
    undefined,
    '',
    '  ',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'ftp://example.org/x',
    'http://example.com/x',
    'http://site.example/x',
    'not a url',
    'consult',
    'https://',
    'https:// x',
    '/a b',
    'java\nscript:x',
    '\\\\evil',
    'http://localhost.evil.example/',
    'http://notlocalhost/',
    'http://evil-127.0.0.1.example/',
    'https://exa\u0000mple.org',
    '/a\tb',
  ])
    assert.equal(endpointURL(bad, BASE), undefined, JSON.stringify(bad));
  assert.equal(
    endpointURL('http://site.example/x', 'http://site.example/page'),
    undefined,
    'an absolute http: URL is refused even on its own origin',
  );
  assert.equal(
    endpointURL('//other.example/x', 'http://site.example/page'),
    undefined,
    'a protocol-relative URL to another http: origin',
  );
  assert.equal(
    endpointURL('//other.example/x', BASE)?.href,
    'https://other.example/x',
    'on an https: page it is an https: URL like any other',
  );
});

test('retryAt(): delta seconds and HTTP dates, never in the past, nothing else', () => {
  assert.equal(retryAt('120', 1000), 121000);
  assert.equal(retryAt(' 0 ', 1000), 1000);
  assert.equal(retryAt('Wed, 21 Oct 2026 07:28:00 GMT', 0), Date.UTC(2026, 9, 21, 7, 28));
  const now = Date.UTC(2026, 0, 1);
  assert.equal(retryAt('Wed, 21 Oct 2015 07:28:00 GMT', now), now, 'a date in the past means now');
  for (const bad of [null, '', 'soon', '-5', '1.5', '12 34'])
    assert.equal(retryAt(bad, 0), undefined, String(bad));
});

// One local server; each path answers one way.
let origin = '';
let lastRequest: { method?: string; headers: IncomingMessage['headers']; body: string } | undefined;
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    lastRequest = { method: req.method, headers: req.headers, body };
    const path = req.url ?? '';
    if (path === '/json') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    else if (path === '/text') res.writeHead(201).end('Thanks!');
    else if (path === '/empty') res.writeHead(204).end();
    else if (path === '/rate') res.writeHead(429, { 'Retry-After': '30' }).end('{"error":"slow down"}');
    else if (path === '/500') res.writeHead(500).end('<h1>oops</h1>');
    else if (path === '/hang') setTimeout(() => res.end('late'), 2000).unref();
    else res.writeHead(404).end();
  });
});
before(async () => {
  Object.defineProperty(globalThis, 'navigator', {
    value: { onLine: true },
    configurable: true,
    writable: true,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const post = (path: string, timeout = 5000, signal = new AbortController().signal) =>
  send(
    new URL(path, origin),
    { body: '{"a":1}', headers: { 'Content-Type': 'application/json' } },
    timeout,
    signal,
  );

test('send(): any 2xx is ok, with the body as JSON, as text, or null when empty', async () => {
  assert.deepEqual(await post('/json'), { type: 'ok', status: 200, body: { ok: true } });
  assert.equal(lastRequest?.method, 'POST');
  assert.equal(lastRequest?.body, '{"a":1}');
  assert.equal(lastRequest?.headers.accept, 'application/json');
  assert.equal(lastRequest?.headers['content-type'], 'application/json');
  assert.equal(lastRequest?.headers.cookie, undefined);
  assert.deepEqual(await post('/text'), { type: 'ok', status: 201, body: 'Thanks!' });
  assert.deepEqual(await post('/empty'), { type: 'ok', status: 204, body: null });
});

test('send(): any other status is http, with its body and the Retry-After time', async () => {
  const before = Date.now();
  const rate = await post('/rate');
  assert.equal(rate.type, 'http');
  assert.ok(rate.type === 'http');
  assert.equal(rate.status, 429);
  assert.deepEqual(rate.body, { error: 'slow down' });
  assert.ok(
    rate.retryAt! >= before + 30000 && rate.retryAt! <= Date.now() + 30000,
    'Retry-After read as seconds from now',
  );
  assert.deepEqual(await post('/500'), {
    type: 'http',
    status: 500,
    body: '<h1>oops</h1>',
    retryAt: undefined,
  });
  assert.deepEqual(await post('/missing'), { type: 'http', status: 404, body: null, retryAt: undefined });
});

test('send(): timeout, abort, a refused connection and being offline are told apart', async () => {
  assert.deepEqual(await post('/hang', 100), { type: 'timeout' });
  const abort = new AbortController();
  const pending = post('/hang', 5000, abort.signal);
  abort.abort();
  assert.deepEqual(await pending, { type: 'aborted' });
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  assert.deepEqual(
    await send(
      new URL(`http://127.0.0.1:${port}/`),
      { body: '', headers: {} },
      5000,
      new AbortController().signal,
    ),
    { type: 'network' },
  );
  // The connection dropped because the device went offline: said as offline, not as a failure of the server.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => {
    (globalThis.navigator as { onLine: boolean }).onLine = false;
    throw new TypeError('Failed to fetch');
  };
  try {
    assert.deepEqual(await post('/json'), { type: 'offline' });
  } finally {
    globalThis.fetch = realFetch;
    (globalThis.navigator as { onLine: boolean }).onLine = true;
  }
  (globalThis.navigator as { onLine: boolean }).onLine = false;
  try {
    lastRequest = undefined;
    assert.deepEqual(await post('/json'), { type: 'offline' });
    assert.equal(lastRequest, undefined, 'nothing is sent while offline');
  } finally {
    (globalThis.navigator as { onLine: boolean }).onLine = true;
  }
});

test('endpointURL(): accepts https:, same-origin paths, and http: on localhost (also used for success-redirect)', () => {
  for (const ok of [
    'https://formspree.io/f/abc',
    'https://script.google.com/macros/s/x/exec?a=1',
    '/api/consult',
    './consult',
    '../consult',
    'http://localhost:3000/x',
    'http://127.0.0.1:8787/',
    'http://[::1]/x',
  ])
    assert.equal(typeof endpointURL(ok, BASE)?.href, 'string', ok);
  assert.equal(endpointURL('/api', 'http://site.example/page')?.href, 'http://site.example/api');
  assert.equal(endpointURL('//evil.example/x', 'http://site.example/'), undefined);
});

test('endpointURL(): refuses everything else', () => {
  for (const bad of [
    null,
    undefined,
    '',
    '  ',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'ftp://example.org/x',
    'http://example.com/x',
    'not a url',
    'consult',
    'https://',
    'https:// x',
    '/a b',
    'java\nscript:x',
    '\\\\evil',
  ])
    assert.equal(endpointURL(bad, BASE), undefined, String(bad));
});

test('retryAt(): reads delta seconds and HTTP dates, and nothing else: short cases', () => {
  assert.equal(retryAt('120', 1000), 121000);
  assert.equal(retryAt('Wed, 21 Oct 2026 07:28:00 GMT', 0), Date.UTC(2026, 9, 21, 7, 28));
  assert.ok(retryAt('Wed, 21 Oct 2015 07:28:00 GMT', Date.now() + 5)! >= Date.now());
  for (const bad of [null, '', 'soon', '-5']) assert.equal(retryAt(bad, 0), undefined, String(bad));
});

test('endpointURL(): only http: itself may use localhost, a bare path is not relative, and a colon in a path is no scheme', () => {
  for (const bad of ['ftp://localhost/x', 'ws://127.0.0.1:8080/', 'api/consult', 'consult/x'])
    assert.equal(endpointURL(bad, BASE), undefined, bad);
  assert.equal(endpointURL('/api/a:b', 'http://site.example/')?.href, 'http://site.example/api/a:b');
});

test('send(): a body over 32 KB is not sent; 32 KB exactly is', async () => {
  lastRequest = undefined;
  const signal = new AbortController().signal;
  const body = (n: number) => ({ body: 'x'.repeat(n), headers: {} });
  assert.deepEqual(await send(new URL('/json', origin), body(MAX_BODY + 1), 5000, signal), {
    type: 'too-large',
  });
  const reached = () => lastRequest;
  assert.equal(reached(), undefined, 'nothing reached the server');
  assert.equal((await send(new URL('/json', origin), body(MAX_BODY), 5000, signal)).type, 'ok');
  assert.equal(reached()?.body.length, MAX_BODY);
});
