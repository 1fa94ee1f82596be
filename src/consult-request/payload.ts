// Building the payload from what the client typed, and encoding it. No DOM here.
import type { ConsultPayload } from './events.js';

export type Encoding = 'json' | 'form' | 'multipart';

/** What the form holds. Every value is a string except consent. */
export interface Values {
  name: string;
  email: string;
  phone: string;
  contactMethod: string;
  message: string;
  consent: boolean;
}

export const emptyValues = (): Values => ({ name: '', email: '', phone: '', contactMethod: 'email', message: '', consent: false });

/**
 * Trims, removes control characters (a message keeps its line breaks, as `\n`)
 * and normalises to NFC, so "é" typed two ways arrives as one.
 */
export const clean = (value: string, multiline = false): string =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(multiline ? /[\0-\x09\x0b-\x1f\x7f-\x9f]/g : /[\0-\x1f\x7f-\x9f]/g, '')
    .normalize('NFC')
    .trim();

/** The values as they will be sent: cleaned, with the optional fields that are hidden left out. */
export function cleanValues(v: Values, shown: ReadonlySet<string>): Values {
  return {
    name: clean(v.name),
    email: clean(v.email),
    phone: shown.has('phone') ? clean(v.phone) : '',
    contactMethod: shown.has('contactMethod') ? v.contactMethod : '',
    message: shown.has('message') ? clean(v.message, true) : '',
    consent: v.consent,
  };
}

export interface Context {
  id: string;
  therapist?: string;
  page: string;
  submittedAt: string;
  locale: string;
  /** Hidden inputs and captcha tokens, in document order. They never replace our own keys. */
  extra: Iterable<[string, string]>;
}

/** The payload, keys in the documented order, empty optional fields omitted. */
export function buildPayload(v: Values, c: Context): ConsultPayload {
  const p: Record<string, string | boolean | undefined> = {
    id: c.id,
    name: v.name,
    email: v.email,
    phone: v.phone,
    contactMethod: v.contactMethod,
    message: v.message,
    consent: true,
    therapist: c.therapist,
    page: c.page,
    submittedAt: c.submittedAt,
    locale: c.locale,
  };
  for (const key of ['email', 'phone', 'contactMethod', 'message', 'therapist']) if (!p[key]) delete p[key];
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
  if (encoding === 'json') return { body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } };
  const body = encoding === 'form' ? new URLSearchParams() : new FormData();
  for (const [key, value] of Object.entries(payload)) if (value != null) body.append(key, String(value));
  return { body, headers: {} };
}
