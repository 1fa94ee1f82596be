// Reading a failed send, in one place: a server's `{errors:[…]}` body, whether trying again can
// help (a dead end), the sentence the status region says, the field messages and the retry time.
// No DOM here.
import { en } from '../i18n/en.js';
import type { Catalog } from '../i18n/catalog.js';
import type { ConsultErrorDetail } from './events.js';
import type { Key, Values } from './fields.js';
import type { Outcome } from './send.js';
import type { Errors, Field } from './validate.js';

/** A Retry-After further away than this (one hour) is, for a client waiting on the page, a dead end. */
const PATIENCE = 60 * 60 * 1000;
/** Statuses no retry fixes: the form needs a login (401), is refused (403), gone (404, 410) or not a form (405). */
const DEAD_STATUSES = [401, 403, 404, 405, 410];
/** Formspree's form-level codes: the form is missing, switched off, refusing, or reads nothing of what we send. */
const DEAD_CODES = ['FORM_NOT_FOUND', 'PROJECT_NOT_FOUND', 'INACTIVE', 'BLOCKED', 'EMPTY'];
/** Formspree's codes for a field the form itself demands. */
const REQUIRED_CODES = ['REQUIRED_FIELD_MISSING', 'REQUIRED_FIELD_EMPTY'];

/**
 * Reads `{errors:[{field,message}]}` (Formspree and most JSON APIs) or
 * `{errors:{field:[message]}}` (Rails, Laravel). Messages for fields that are not in
 * `fields` go to `general`.
 */
export function serverErrors(
  body: unknown,
  fields: ReadonlySet<string>,
): { fields: Errors; general: string[] } {
  const out: { fields: Errors; general: string[] } = { fields: {}, general: [] };
  const errors = (body as { errors?: unknown } | null)?.errors;
  const list: [unknown, unknown][] = Array.isArray(errors)
    ? errors.map((x) => [x?.field, x?.message])
    : errors && typeof errors === 'object'
      ? Object.entries(errors).map(([k, m]) => [k, Array.isArray(m) ? m.join(' ') : m])
      : [];
  for (const [field, message] of list) {
    if (typeof message !== 'string' || !message) continue;
    if (typeof field === 'string' && fields.has(field)) out.fields[field as Field] ??= message;
    else out.general.push(message);
  }
  return out;
}

/** The `code`s in a Formspree-style `{errors:[{code, field?}]}` body, with the field each names. */
const codes = (body: unknown): { code?: unknown; field?: unknown }[] => {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? errors.filter((e) => e && typeof e === 'object') : [];
};

/**
 * Whether a failure is one that trying again will not fix, so the client is offered the
 * practice's other ways (dead-end.ts): a status that means the form is gone or refusing,
 * a Retry-After over an hour away, a second 429 in a row, a server error or no answer
 * after the client already tried again (`before` is the same submission's previous failure),
 * or a Formspree answer that the form is missing, inactive, blocked, reads nothing we send,
 * or demands a field this form does not have (`fields`: the keys we send).
 */
export function isDeadEnd(
  o: Outcome,
  before: Outcome | undefined,
  fields: ReadonlySet<string>,
  now = Date.now(),
): boolean {
  if (o.type === 'network' || o.type === 'timeout') return !!before;
  if (o.type !== 'http') return false;
  if (DEAD_STATUSES.includes(o.status) || (o.retryAt ?? now) - now > PATIENCE) return true;
  if (o.status === 429) return before?.type === 'http' && before.status === 429;
  if (o.status >= 500) return !!before;
  return codes(o.body).some(
    ({ code, field }) =>
      DEAD_CODES.includes(code as string) ||
      (REQUIRED_CODES.includes(code as string) && !fields.has(field as string)),
  );
}

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
  // The event's kind when no status came back.
  let kind: ConsultErrorDetail['kind'];
  if (o.type === 'timeout') kind = 'timeout';
  else if (o.type === 'too-large') kind = 'validation';
  else kind = 'network';
  return {
    detail: o.type === 'http' ? { kind: 'http', status: o.status } : { kind },
    notice: failureText(o, general, locale, now, t),
    errors,
    retryAt: (o.type === 'http' && o.status === 429 && o.retryAt) || 0,
  };
}

/** The text field holding the most, for a request too large to send. */
export function longest(v: Values): Key {
  return (['name', 'email', 'phone', 'message'] as const).reduce((a, b) =>
    v[b].length > v[a].length ? b : a,
  );
}
