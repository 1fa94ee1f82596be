// "Send a test request": one clearly marked test submission to the therapist's real endpoint,
// sent the way the form sends (same headers, no cookies, origin-only referrer), and, when it
// fails in a way a browser hides (a CORS refusal and an unanswered preflight both look like a
// bare network error), at most two follow-up probes to tell which it was. Nothing else leaves
// the page. The DOM-free classification is `classify()`.
import { endpointURL } from '../consult-request/send.js';
import type { Encoding } from './settings.js';
import type { Hidden } from './services.js';

export type Diagnosis =
  | { kind: 'delivered'; status: number; at: number; ms: number; via?: string }
  | { kind: 'redirect'; status: number; to: string }
  | { kind: 'html'; status: number }
  | { kind: 'preflight'; status: number }
  | { kind: 'cors' }
  | { kind: 'unreachable' }
  | { kind: 'not-found'; status: number; code?: string }
  | { kind: 'forbidden'; status: number; code?: string }
  | { kind: 'rate'; status: number }
  | { kind: 'invalid'; status: number; messages: string[] }
  | { kind: 'server'; status: number }
  | { kind: 'http'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'refused-url'; reason: 'empty' | 'http' | 'scheme' | 'address' }
  | { kind: 'local' };

export type DiagnosisKind = Diagnosis['kind'];

/** What one request showed: a response the page may read, or why there was none. */
export type Seen =
  | {
      type: 'response';
      status: number;
      redirected: boolean;
      url: string;
      contentType: string;
      body: unknown;
      ms: number;
      at: number;
    }
  | { type: 'network' }
  | { type: 'timeout' };

export interface TestRequest {
  endpoint: string;
  encoding: Encoding;
  hidden: Hidden[];
  /** The name field's text: it says this is a test from the setup page. */
  name: string;
  message: string;
  therapist: string;
  locale: string;
  /** ms; the form's own default is 15 s. */
  timeout: number;
}

/** Why an endpoint the form would refuse is refused, before anything is sent. */
export function refusal(endpoint: string, base: string): Diagnosis | undefined {
  const s = endpoint.trim();
  if (!s) return { kind: 'refused-url', reason: 'empty' };
  if (endpointURL(s, base)) return;
  if (/^http:\/\//i.test(s)) return { kind: 'refused-url', reason: 'http' };
  if (/^[a-z][a-z\d+.-]*:/i.test(s)) return { kind: 'refused-url', reason: 'scheme' };
  return { kind: 'refused-url', reason: 'address' };
}

/** The error codes and messages of a Formspree-style answer: `{ error, errors: [{ code, field?, message }] }`. */
function serviceErrors(body: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  if (body && typeof body === 'object') {
    const { error, errors } = body as { error?: unknown; errors?: unknown };
    if (Array.isArray(errors))
      for (const e of errors) {
        if (typeof e?.code === 'string') codes.push(e.code);
        if (typeof e?.message === 'string') messages.push(e.field ? `${e.field}: ${e.message}` : e.message);
      }
    else if (errors && typeof errors === 'object')
      for (const [field, list] of Object.entries(errors))
        for (const m of [list].flat()) if (typeof m === 'string') messages.push(`${field}: ${m}`);
    if (!messages.length && typeof error === 'string') messages.push(error);
  }
  return { codes, messages: messages.map((m) => m.slice(0, 200)).slice(0, 5) };
}

const isHTML = (contentType: string) => /\btext\/html\b/i.test(contentType);

/** The diagnosis of a response the page could read. */
export function classify(seen: Extract<Seen, { type: 'response' }>, requested: string): Diagnosis {
  const { status, body } = seen;
  const { codes, messages } = serviceErrors(body);
  const moved = seen.redirected && new URL(seen.url).origin !== new URL(requested).origin;
  if (status >= 200 && status < 300) {
    if (seen.redirected && isHTML(seen.contentType))
      return { kind: 'redirect', status, to: new URL(seen.url).origin };
    if (isHTML(seen.contentType)) return { kind: 'html', status };
    return {
      kind: 'delivered',
      status,
      at: seen.at,
      ms: seen.ms,
      via: moved ? new URL(seen.url).origin : undefined,
    };
  }
  const code = codes[0];
  if (status === 404 || code === 'FORM_NOT_FOUND' || code === 'PROJECT_NOT_FOUND')
    return { kind: 'not-found', status, code };
  if (status === 401 || status === 403) return { kind: 'forbidden', status, code };
  if (status === 429) return { kind: 'rate', status };
  if (status === 400 || status === 422) return { kind: 'invalid', status, messages };
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'http', status };
}

/** The test payload: the documented keys (README, "Payload"), the name saying it is a test. */
function payload(t: TestRequest): Record<string, string> {
  const p: Record<string, string> = {
    id: crypto.randomUUID(),
    name: t.name,
    email: 'setup-test@example.com',
    message: t.message,
    consent: 'true',
    page: location.origin + location.pathname,
    submittedAt: new Date().toISOString(),
    locale: t.locale,
  };
  if (t.therapist) p.therapist = t.therapist;
  for (const h of t.hidden) if (!(h.name in p)) p[h.name] = h.value;
  return p;
}

/** One POST as `<consult-request>` makes it: `Accept: application/json`, no cookies, the origin only as referrer. */
async function post(
  url: URL,
  body: Record<string, string>,
  encoding: Encoding,
  timeout: number,
): Promise<Seen> {
  const json = encoding === 'json';
  const start = performance.now();
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: json
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      body: json ? JSON.stringify({ ...body, consent: true }) : new URLSearchParams(body),
      credentials: 'omit',
      referrerPolicy: 'strict-origin',
      signal: timer,
    });
    const raw = await response.text();
    let parsed: unknown = raw || null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      /* not JSON: keep the text */
    }
    return {
      type: 'response',
      status: response.status,
      redirected: response.redirected,
      url: response.url || url.href,
      contentType: response.headers.get('Content-Type') ?? '',
      body: parsed,
      ms: Math.round(performance.now() - start),
      at: Date.now(),
    };
  } catch {
    // Engines differ in the error a timed-out signal gives (TimeoutError, AbortError): ask the signal.
    return timer.aborted ? { type: 'timeout' } : { type: 'network' };
  }
}

/**
 * Whether the server answers at all when the page does not ask to read the answer: an opaque
 * GET, which carries nothing of the form. Resolves for a server that simply sends no CORS
 * headers; rejects for a refused connection or an unknown host.
 */
async function reachable(url: URL, timeout: number): Promise<boolean> {
  try {
    await fetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeout),
    });
    return true;
  } catch {
    return false;
  }
}

/** Sends the test and says what happened. */
export async function testEndpoint(t: TestRequest): Promise<Diagnosis> {
  const refused = refusal(t.endpoint, location.href);
  if (refused) return refused;
  const url = endpointURL(t.endpoint, location.href)!;
  const body = payload(t);
  const first = await post(url, body, t.encoding, t.timeout);
  if (first.type === 'response') return classify(first, url.href);
  if (first.type === 'timeout') return { kind: 'timeout', seconds: Math.round(t.timeout / 1000) };
  // A bare network error. With JSON, the browser asked permission first (the preflight): a
  // form-encoded request needs none, so if that one gets an answer, the preflight was the problem.
  if (t.encoding === 'json') {
    const simple = await post(url, { ...body, id: crypto.randomUUID() }, 'form', t.timeout);
    if (simple.type === 'response') {
      // A web page or a redirect to one is the bigger problem (some engines also refuse to follow
      // a preflighted request's redirect, so it first looks like a preflight failure).
      const seen = classify(simple, url.href);
      return seen.kind === 'redirect' || seen.kind === 'html'
        ? seen
        : { kind: 'preflight', status: simple.status };
    }
  }
  return (await reachable(url, t.timeout)) ? { kind: 'cors' } : { kind: 'unreachable' };
}
