// What the status region says after a failed send, in the catalog's words. No DOM here.
import { en, type Catalog } from '../i18n/en.js';
import type { ConsultErrorDetail } from './events.js';
import type { Outcome } from './send.js';
import { serverErrors, type Errors } from './validate.js';

/**
 * The locale if `Intl` takes it, else the engine's own: a browser under a POSIX locale reports
 * `navigator.language` "C", and `Intl` throws on it (the send would then never settle).
 * WebKitGTK then has no default of its own either, so English is the last resort.
 */
function usable(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return new Intl.DateTimeFormat().resolvedOptions().locale || 'en';
  }
}

/**
 * The sentence for a failed send. `general` holds a server's own messages that no field can show;
 * `locale` is the client's, for the clock time of a Retry-After.
 */
export function failureText(
  o: Outcome,
  general: string[],
  locale: string,
  now = Date.now(),
  t: Catalog = en,
): string {
  if (o.type === 'offline') return t.failedOffline;
  if (o.type === 'timeout') return t.failedTimeout;
  if (o.type === 'too-large' || (o.type === 'http' && o.status === 413)) return t.tooLarge;
  if (o.type !== 'http') return t.failedNetwork;
  if (o.status === 429) {
    const wait = Math.ceil(((o.retryAt ?? now) - now) / 1000);
    if (wait < 1) return t.rateLimitedNow;
    return wait < 90
      ? t.rateLimitedFor({ wait })
      : t.rateLimitedUntil({ at: new Date(o.retryAt!), locale: usable(locale) });
  }
  if (general.length) return general.join(' ');
  return t.failedHttp({ status: o.status });
}

/** A failed send as the element shows it. */
export interface Failure {
  detail: ConsultErrorDetail;
  /** What the status region says. */
  notice: string;
  /** A server's per-field messages (400 and 422). */
  errors: Errors;
  /** After a 429: no retry before this time (ms since epoch), else 0. */
  retryAt: number;
}

/** Reads a failed send: the event's detail, the sentence, the server's per-field messages, when to retry. */
export function readFailure(
  o: Outcome,
  fields: ReadonlySet<string>,
  locale: string,
  t: Catalog = en,
  now = Date.now(),
): Failure {
  let errors: Errors = {};
  const general: string[] = [];
  if (o.type === 'http' && (o.status === 400 || o.status === 422)) {
    const found = serverErrors(o.body, fields);
    errors = found.fields;
    general.push(...found.general);
    if (!general.length && Object.keys(errors).length) general.push(t.checkFields);
  }
  return {
    detail:
      o.type === 'http'
        ? { kind: 'http', status: o.status }
        : { kind: o.type === 'timeout' ? 'timeout' : o.type === 'too-large' ? 'validation' : 'network' },
    notice: failureText(o, general, locale, now, t),
    errors,
    retryAt: (o.type === 'http' && o.status === 429 && o.retryAt) || 0,
  };
}
