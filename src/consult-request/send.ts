// One POST to the site owner's endpoint, with a timeout and an abort signal, returning a
// typed outcome instead of throwing. No DOM here.
import type { Encoded } from './payload.js';

export type Outcome =
  | { type: 'ok'; status: number; body: unknown }
  | {
      type: 'http';
      status: number;
      body: unknown;
      /** When a retry is allowed (ms since epoch), from Retry-After. */ retryAt?: number;
    }
  | { type: 'network' | 'timeout' | 'offline' | 'aborted' | 'too-large' };

/** The largest body we send (32 KB): many services refuse more, often with a 413 and no other word. */
export const MAX_BODY = 32 * 1024;

const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/**
 * The endpoint (or `success-redirect`) as a URL, or undefined when it is refused: `https:` URLs,
 * same-origin relative URLs (starting with `/`, `./` or `../`), and `http:` only on localhost.
 */
export function endpointURL(raw: string | null | undefined, base: string): URL | undefined {
  const s = raw?.trim() ?? '';
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(s);
  // eslint-disable-next-line no-control-regex -- a control character makes the address unusable
  if (!s || /[\s\0-\x1f\\]/.test(s) || !(absolute || /^\.{0,2}\//.test(s))) return;
  try {
    const u = new URL(s, base);
    const sameOrigin = !absolute && u.origin === new URL(base).origin;
    if (
      (u.protocol === 'https:' && u.hostname) ||
      (u.protocol === 'http:' && (LOCAL.test(u.hostname) || sameOrigin))
    )
      return u;
  } catch {
    /* refused below */
  }
  return;
}

/** Retry-After as a time (ms since epoch): delta seconds or an HTTP date. */
export function retryAt(header: string | null, now = Date.now()): number | undefined {
  if (!header) return;
  const t = /^\s*\d+\s*$/.test(header)
    ? now + Number(header) * 1000
    : /[a-z]/i.test(header)
      ? Date.parse(header)
      : NaN;
  return Number.isNaN(t) ? undefined : Math.max(t, now);
}

/**
 * POSTs once. Any 2xx is `ok` whatever its body; any other status is `http`. No cookies go
 * with it, only the origin goes as referrer, and `Accept: application/json` (a safelisted
 * header) asks services such as Formspree for JSON instead of a redirect.
 */
export async function send(
  url: URL,
  { body, headers }: Encoded,
  timeout: number,
  signal: AbortSignal,
): Promise<Outcome> {
  if (!navigator.onLine) return { type: 'offline' };
  if ((await new Response(body).blob()).size > MAX_BODY) return { type: 'too-large' };
  // One controller that both the timer and the caller's signal abort (the caller's may have
  // aborted already, while the body was read). Not AbortSignal.timeout(), which WebKitGTK fired
  // late, nor AbortSignal.any(), whose signal WebKitGTK sometimes let go of: the timer fired and
  // the fetch hung on (1 in 30 aborts; src/MAINTAINING.md).
  const timer = new AbortController();
  const clock = setTimeout(() => timer.abort(), timeout);
  signal.addEventListener('abort', () => timer.abort());
  if (signal.aborted) timer.abort();
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { Accept: 'application/json', ...headers },
      credentials: 'omit',
      referrerPolicy: 'strict-origin',
      signal: timer.signal,
    });
    const { ok, status } = response;
    // The body as JSON, as text when it is not JSON, or null when empty.
    let answer: unknown = (await response.text()) || null;
    try {
      answer = JSON.parse(answer as string);
    } catch {
      /* not JSON: keep the text */
    }
    return ok
      ? { type: 'ok', status, body: answer }
      : { type: 'http', status, body: answer, retryAt: retryAt(response.headers.get('Retry-After')) };
  } catch {
    if (signal.aborted) return { type: 'aborted' };
    if (timer.signal.aborted) return { type: 'timeout' };
    return { type: !navigator.onLine ? 'offline' : 'network' };
  } finally {
    clearTimeout(clock);
  }
}
