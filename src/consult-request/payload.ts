// Building the payload from what the client typed, and encoding it. No DOM here.
import type { ConsultPayload } from './events.js';
import { FIELDS, type Values } from './fields.js';

export type Encoding = 'json' | 'form' | 'multipart';

/**
 * Trims, removes control characters (a message keeps its line breaks, as `\n`)
 * and normalises to NFC, so "é" typed two ways arrives as one.
 */
export const clean = (value: string, multiline = false): string =>
  value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(multiline ? /[\0-\x09\x0b-\x1f\x7f-\x9f]/g : /[\0-\x1f\x7f-\x9f]/g, '')
    .normalize('NFC')
    .trim();

/**
 * The values as they will be sent: text cleaned, a choice kept only when it is one of its
 * options, and every optional field that is not in `shown` emptied (a yes-or-no left out).
 */
export function cleanValues(v: Values, shown: ReadonlySet<string>): Values {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const value = v[f.key];
    const hidden = (!!f.token || !!f.when) && !shown.has(f.key);
    const allowed = (x: unknown) => !f.options || f.options.includes(String(x));
    if (f.control === 'checkbox') out[f.key] = hidden ? undefined : !!value;
    else if (f.control === 'checkboxes')
      out[f.key] = hidden || !Array.isArray(value) ? [] : f.options!.filter((o) => value.includes(o));
    else if (hidden || typeof value !== 'string') out[f.key] = '';
    else
      out[f.key] =
        f.control === 'radio' || f.control === 'select'
          ? allowed(value)
            ? value
            : ''
          : clean(value, f.control === 'textarea');
  }
  return out as unknown as Values;
}

export interface Context {
  id: string;
  therapist?: string;
  page: string;
  submittedAt: string;
  locale: string;
  /** `accepting="waitlist"`: the request is to join the waitlist. */
  waitlist?: boolean;
  /** Hidden inputs and captcha tokens, in document order. They never replace our own keys. */
  extra: Iterable<[string, string]>;
}

/**
 * The payload, keys in the documented order (the fields' order), absent answers omitted. A
 * yes-or-no that was shown is sent either way (`voicemailOk: false` means "please do not").
 */
export function buildPayload(v: Values, c: Context): ConsultPayload {
  const p: Record<string, string | string[] | boolean | undefined> = { id: c.id };
  for (const f of FIELDS) {
    const value = v[f.key];
    if (f.key === 'consent') p.consent = true;
    else if (
      f.required === true ||
      typeof value === 'boolean' ||
      (Array.isArray(value) ? value.length : value)
    )
      p[f.key] = value;
  }
  if (c.waitlist) p.waitlist = true;
  if (c.therapist) p.therapist = c.therapist;
  Object.assign(p, { page: c.page, submittedAt: c.submittedAt, locale: c.locale });
  for (const [key, value] of c.extra) if (!(key in p)) p[key] = value;
  return p as ConsultPayload;
}

export interface Encoded {
  body: string | URLSearchParams | FormData;
  headers: Record<string, string>;
}

/**
 * `json` sets Content-Type (so the request is preflighted). `form` and `multipart`
 * set no header at all: the browser writes `application/x-www-form-urlencoded;charset=UTF-8`
 * or `multipart/form-data; boundary=…`, and the request stays a CORS "simple request".
 */
export function encode(payload: ConsultPayload, encoding: Encoding): Encoded {
  if (encoding === 'json')
    return { body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } };
  const body = encoding === 'form' ? new URLSearchParams() : new FormData();
  // A list (`times`) repeats its key, as a form with several ticked boxes of one name would.
  for (const [key, value] of Object.entries(payload))
    for (const one of [value].flat()) if (one != null) body.append(key, String(one));
  return { body, headers: {} };
}
