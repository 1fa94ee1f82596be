// The inbox's HTTP surface as one connect-style handler `(req, res, next)`, usable by Vite's
// dev server (see plugin.js) or a bare `http.createServer` (see server.js).
//
//   POST    /api/consult          accept a request (json, form or multipart): 201, or 200 for a retry
//   POST    /api/consult/slow     the same after ~6 s
//   POST    /api/consult/slower   the same after 20 s (past the element's default 15 s timeout)
//   POST    /api/consult/fail     500 with a JSON body
//   POST    /api/consult/busy     429 with Retry-After: 30
//   POST    /api/consult/garbage  502 with an HTML body (not JSON)
//   OPTIONS /api/consult*         CORS preflight, for pages on other localhost ports
//   GET     /api/inbox            what arrived, newest first (same origin only)
//   DELETE  /api/inbox            empty the inbox (same origin only)

import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleConsult } from './consult.js';
import { BODY_LIMIT, readBody } from './parse.js';
import { createStore } from './store.js';

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * @typedef {import('node:http').IncomingMessage & { originalUrl?: string }} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {{
 *   dataDir: string,
 *   log?: (line: string) => void,
 *   bodyLimit?: number,
 *   delays?: { slow?: number, slower?: number },
 * }} InboxOptions
 */

/**
 * @param {InboxOptions} options
 * @returns {(req: Req, res: Res, next: (error?: unknown) => void) => void}
 */
export function createInboxHandler({ dataDir, log = () => {}, bodyLimit = BODY_LIMIT, delays = {} }) {
  const store = createStore(join(dataDir, 'inbox.jsonl'));
  const slow = delays.slow ?? 6_000;
  const slower = delays.slower ?? 20_000;

  /** @type {Record<string, (req: Req, res: Res) => Promise<void>>} */
  const consultRoutes = {
    '/api/consult': (req, res) => accept(req, res, 0),
    '/api/consult/slow': (req, res) => accept(req, res, slow),
    '/api/consult/slower': (req, res) => accept(req, res, slower),
    '/api/consult/fail': async (req, res) => {
      await discard(req, bodyLimit);
      log('[inbox] 500 from /api/consult/fail (demo failure)');
      json(res, 500, { error: 'The inbox failed on purpose (demo of a server error). Nothing was stored.' });
    },
    '/api/consult/busy': async (req, res) => {
      await discard(req, bodyLimit);
      log('[inbox] 429 from /api/consult/busy (demo rate limit)');
      json(
        res,
        429,
        { error: 'Too many requests (demo). Try again in 30 seconds.' },
        { 'Retry-After': '30' },
      );
    },
    '/api/consult/garbage': async (req, res) => {
      await discard(req, bodyLimit);
      log('[inbox] 502 from /api/consult/garbage (demo HTML error page)');
      send(
        res,
        502,
        'text/html; charset=utf-8',
        '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1><p>nginx</p>\n',
      );
    },
  };

  /**
   * @param {Req} req @param {Res} res @param {number} delay
   */
  async function accept(req, res, delay) {
    const read = await readBody(req, bodyLimit);
    if (!read.ok) {
      log(`[inbox] 413 refused: body over ${bodyLimit} bytes`);
      res.setHeader('Connection', 'close');
      // Stop listening to a client that keeps sending; give the answer a moment to leave first.
      res.once('finish', () => setTimeout(() => req.socket?.destroy(), 1_000).unref());
      json(res, 413, {
        errors: [{ field: null, message: `The request is larger than ${bodyLimit / 1024} KB.` }],
      });
      return;
    }
    if (delay && !(await waitUnlessGone(res, delay))) {
      log(`[inbox] client gave up on ${pathOf(req)} before the answer; nothing stored`);
      return;
    }
    const outcome = await handleConsult({ contentType: req.headers['content-type'], body: read.body, store });
    log(`[inbox] ${outcome.summary}${delay ? ` after ${delay / 1000} s` : ''}`);
    json(res, outcome.status, outcome.body);
  }

  return function inbox(req, res, next) {
    const path = pathOf(req);

    if (path === '/demo/data' || path.startsWith('/demo/data/')) {
      // The raw file holds what people typed; the inbox page reads it through /api/inbox.
      json(res, 404, { error: 'Not found.' });
      return;
    }

    if (path === '/api/inbox') {
      if (!sameOrigin(req))
        return json(res, 403, { error: 'The inbox is readable from its own origin only.' });
      if (req.method === 'GET' || req.method === 'HEAD') return json(res, 200, { entries: store.list() });
      if (req.method === 'DELETE') {
        const cleared = store.clear();
        log(`[inbox] cleared ${cleared} entr${cleared === 1 ? 'y' : 'ies'}`);
        return json(res, 200, { ok: true, cleared });
      }
      return json(res, 405, { error: 'Use GET or DELETE.' }, { Allow: 'GET, HEAD, DELETE' });
    }

    const route = consultRoutes[path];
    if (!route) {
      if (path.startsWith('/api/')) return json(res, 404, { error: 'No such endpoint.' });
      return next();
    }

    const origin = req.headers.origin;
    if (origin !== undefined && !LOCALHOST_ORIGIN.test(origin) && !sameOrigin(req)) {
      return json(res, 403, { error: 'This demo inbox answers pages on localhost only.' });
    }
    if (origin !== undefined) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      // Retry-After is not a CORS-safelisted response header: without this a cross-origin
      // page cannot read it from the 429.
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    }
    res.setHeader('Vary', 'Origin');

    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept, Idempotency-Key');
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Cache-Control', 'no-store');
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'POST') {
      return json(res, 405, { error: 'Use POST.' }, { Allow: 'POST, OPTIONS' });
    }
    if (req.headers['content-encoding'] && req.headers['content-encoding'] !== 'identity') {
      return json(res, 415, {
        errors: [{ field: null, message: 'Compressed request bodies are not accepted.' }],
      });
    }

    route(req, res).catch((error) => {
      // The client went away mid-body, or a bug: answer if we still can, never echo the body.
      log(`[inbox] ${path} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
      if (!res.headersSent && !res.destroyed)
        json(res, 500, { error: 'The inbox could not handle this request.' });
    });
  };
}

/** @param {Req} req */
function pathOf(req) {
  const raw = req.originalUrl ?? req.url ?? '/';
  try {
    return new URL(raw, 'http://inbox.invalid').pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '/';
  }
}

/** A request with no Origin (curl, a same-origin GET), or one whose Origin is this host. @param {Req} req */
function sameOrigin(req) {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Waits `ms`, or less if the client closes the connection first (it aborted or timed out).
 * @param {Res} res @param {number} ms @returns {Promise<boolean>} false when the client left
 */
async function waitUnlessGone(res, ms) {
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  try {
    await sleep(ms, undefined, { signal: gone.signal });
    return true;
  } catch {
    return false;
  } finally {
    res.off('close', onClose);
  }
}

/** Reads and drops a body (capped), so the connection stays usable. @param {Req} req @param {number} limit */
async function discard(req, limit) {
  try {
    await readBody(req, limit);
  } catch {
    // The client left; the answer will go nowhere, which is fine.
  }
}

/**
 * @param {Res} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers]
 */
function json(res, status, body, headers = {}) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

/**
 * @param {Res} res @param {number} status @param {string} type @param {string} text @param {Record<string, string>} [headers]
 */
function send(res, status, type, text, headers = {}) {
  if (res.destroyed) return;
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}
