// What a therapist sets on the setup page, its defaults, and how it lives in the page's URL
// fragment (so a bookmark brings it back and a directory can link to the page preconfigured).
// No DOM here: the fragment is read and written as a string.
import { catalogs } from './strings/index.js';
import {
  DEFAULT_FIELDS as FORM_DEFAULT_FIELDS,
  TOKENS,
  tokensOf,
  type Token,
} from '../consult-request/fields.js';
import type { Encoding as FormEncoding } from '../consult-request/payload.js';

/** Where the form's requests go: each service has its own endpoint shape and needs. */
export type ServiceId = 'formspree' | 'apps-script' | 'netlify' | 'basin' | 'own';
/** How the widget appears on the therapist's page. */
export type Look = 'intro' | 'button' | 'card';
/** Where the script comes from. */
export type Host = 'cdn' | 'self';
/** The form's encodings this page offers (`multipart` is for servers that ask for it by name). */
export type Encoding = Exclude<FormEncoding, 'multipart'>;

export interface Settings {
  name: string;
  credentials: string;
  practice: string;
  location: string;
  photo: string;
  minutes: number;
  look: Look;
  /** The widgets' language (`lang`), not the setup page's. */
  lang: string;
  /** ISO 3166-1 alpha-2, for the crisis notice's numbers. */
  country: string;
  /** `fields` tokens, in the order the form shows them. */
  fields: string[];
  /** Licensed regions for the `region` question, e.g. `OR WA`. */
  regions: string;
  privacy: string;
  contactEmail: string;
  contactPhone: string;
  /** Taking new clients: `yes`, `waitlist` or `no` (`accepting`). */
  accepting: Accepting;
  /** With `no`: a page offered instead (`elsewhere-href`). */
  elsewhere: string;
  /** Fees as the therapist writes them, and the plans taken (`fees`, `insurance`). */
  fees: string;
  insurance: string;
  /** The card says a sliding scale is offered (`sliding-scale`). */
  slidingScale: boolean;
  /** A group practice's clinicians, `id=Label; …` (`clinicians`). */
  clinicians: string;
  /** `#rrggbb`, or empty for the widgets' own accent. */
  accent: string;
  service: ServiceId;
  /** What the therapist pasted: a form link or id, a web app URL, a server URL, a Netlify form name. */
  endpoint: string;
  /** "My own server" only: the other services fix their encoding. */
  encoding: Encoding;
  /** The email subject the form services use (`_subject`). */
  subject: string;
  /** How long the form waits for the endpoint, in ms (0: the element's default). */
  timeout: number;
  host: Host;
  /** Self-hosted: where the therapist put the downloaded module. */
  selfUrl: string;
  /** The setup page's own language. */
  ui: string;
  /**
   * Sealed requests (the "keep requests private" step): a key made on this page from a recovery
   * code made here. Never read from or written to the fragment, so a link cannot plant a key.
   */
  seal?: Seal;
}

export interface Seal {
  /** The `seal-to` value. */
  to: string;
  /** The `opener-href` value: the opener beside this page. */
  opener: string;
  fingerprint: string;
}

export type Accepting = 'yes' | 'waitlist' | 'no';
export const ACCEPTING: readonly Accepting[] = ['yes', 'waitlist', 'no'];
export const SERVICES: readonly ServiceId[] = ['formspree', 'apps-script', 'netlify', 'basin', 'own'];
export const LOOKS: readonly Look[] = ['intro', 'button', 'card'];
export const LANGUAGES = ['en', 'es', 'fr'] as const;
/** The countries the crisis notice knows by name (src/shared/crisis.ts); any other gets the generic notice. */
export const COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'FR', 'DE', 'NL', 'MX'] as const;
const isToken = (token: string): token is Token => TOKENS.has(token);
/** The form's `fields` tokens by default (fields.ts). */
export const DEFAULT_FIELDS: readonly Token[] = tokensOf(FORM_DEFAULT_FIELDS).filter(isToken);
/** The form's optional questions (its `fields` tokens, fields.ts): its defaults first, then the others in the form's order. */
export const FIELD_TOKENS: readonly Token[] = [
  ...new Set([...DEFAULT_FIELDS, ...[...TOKENS].filter(isToken)]),
];

/** The email subject a form in `lang` starts with, in that language (a subject the therapist has not changed follows it). */
export const defaultSubject = (lang: string): string => (catalogs[lang] ?? catalogs.en).defaultSubject;

export const defaults = (): Settings => ({
  name: '',
  credentials: '',
  practice: '',
  location: '',
  photo: '',
  minutes: 20,
  look: 'intro',
  lang: 'en',
  country: 'US',
  fields: [...DEFAULT_FIELDS],
  regions: '',
  privacy: '',
  contactEmail: '',
  contactPhone: '',
  accepting: 'yes',
  elsewhere: '',
  fees: '',
  insurance: '',
  slidingScale: false,
  clinicians: '',
  accent: '',
  service: 'formspree',
  endpoint: '',
  encoding: 'json',
  subject: defaultSubject('en'),
  timeout: 0,
  host: 'cdn',
  selfUrl: '/relational-widgets.js',
  ui: 'en',
});

/**
 * The fragment keys, documented in the README ("The setup page"). Each setting has one short
 * key; values are URL-encoded; a key left out means the default.
 */
export const KEYS: Record<Exclude<keyof Settings, 'seal'>, string> = {
  name: 'name',
  credentials: 'cred',
  practice: 'practice',
  location: 'location',
  photo: 'photo',
  minutes: 'minutes',
  look: 'look',
  lang: 'lang',
  country: 'country',
  fields: 'fields',
  regions: 'regions',
  privacy: 'privacy',
  contactEmail: 'contact-email',
  contactPhone: 'contact-phone',
  accepting: 'accepting',
  elsewhere: 'elsewhere-href',
  fees: 'fees',
  insurance: 'insurance',
  slidingScale: 'sliding-scale',
  clinicians: 'clinicians',
  accent: 'accent',
  service: 'service',
  endpoint: 'endpoint',
  encoding: 'encoding',
  subject: 'subject',
  timeout: 'timeout',
  host: 'host',
  selfUrl: 'self-url',
  ui: 'ui',
};

/** Longest value kept from the fragment, so a hostile link cannot make the page build megabytes of snippet. */
const MAX = 500;

const oneOf = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const wholeNumber = (value: string, min: number, max: number, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** Settings from a fragment (`#name=Ana&look=card`, with or without the `#`); unknown keys and bad values give the defaults. */
export function fromFragment(fragment: string): Settings {
  const s = defaults();
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const get = (key: keyof typeof KEYS): string | null => {
    const v = params.get(KEYS[key]);
    return v === null ? null : v.slice(0, MAX);
  };
  for (const key of [
    'name',
    'credentials',
    'practice',
    'location',
    'photo',
    'regions',
    'privacy',
    'contactEmail',
    'contactPhone',
    'endpoint',
    'subject',
    'selfUrl',
    'elsewhere',
    'fees',
    'insurance',
    'clinicians',
  ] as const) {
    const v = get(key);
    if (v !== null) s[key] = v;
  }
  const v = (key: keyof typeof KEYS) => get(key) ?? '';
  s.minutes = wholeNumber(v('minutes'), 1, 240, s.minutes);
  s.timeout = wholeNumber(v('timeout'), 0, 120000, s.timeout);
  s.look = oneOf(v('look'), LOOKS, s.look);
  s.accepting = oneOf(v('accepting'), ACCEPTING, s.accepting);
  s.slidingScale = v('slidingScale') === 'true';
  s.lang = oneOf(v('lang'), LANGUAGES, 'en');
  if (get('subject') === null) s.subject = defaultSubject(s.lang);
  s.ui = oneOf(v('ui'), LANGUAGES, 'en');
  s.country = /^[A-Z]{2}$/.test(v('country')) ? v('country') : s.country;
  s.service = oneOf(v('service'), SERVICES, s.service);
  s.encoding = oneOf(v('encoding'), ['json', 'form'] as const, s.encoding);
  s.host = oneOf(v('host'), ['cdn', 'self'] as const, s.host);
  s.accent = /^#[0-9a-f]{6}$/i.test(v('accent')) ? v('accent').toLowerCase() : '';
  const fields = get('fields');
  if (fields !== null) s.fields = FIELD_TOKENS.filter((t) => fields.split(/[\s,]+/).includes(t));
  return s;
}

/** The fragment for these settings, listing only what differs from the defaults (so a fresh page has an empty fragment). */
export function toFragment(s: Settings): string {
  const d = { ...defaults(), subject: defaultSubject(s.lang) };
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    const value = key === 'fields' ? s.fields.join(' ') : String(s[key]);
    const fallback = key === 'fields' ? d.fields.join(' ') : String(d[key]);
    if (value !== fallback) params.set(KEYS[key], value);
  }
  return params.toString();
}

/** The `therapist` id sent with each request: the name in lowercase ASCII words joined by hyphens (`Ana Ruiz, PsyD` gives `ana-ruiz-psyd`). */
export function therapistId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
