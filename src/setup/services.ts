// What each form service needs from the embed: the endpoint built from what the therapist
// pasted, the encoding, and the hidden fields it reads. What each service documents is
// in the README ("Real services' answers", "Recipes"); no DOM here.
import type { Encoding, ServiceId, Settings } from './settings.js';
import { FIELDS, type FieldSpec } from '../consult-request/fields.js';

export interface Hidden {
  name: string;
  value: string;
}

export interface Route {
  /** The `endpoint` attribute, or '' when what was pasted cannot make one. */
  endpoint: string;
  encoding: Encoding;
  /** Light-DOM `<input type="hidden">` children of `<consult-request>`. */
  hidden: Hidden[];
  /** Netlify: the form's name (`form-name`), for the static copy its build needs. */
  netlifyName?: string;
  /** False when the endpoint lives on the therapist's own site (a relative URL): a test from here cannot reach it. */
  testable: boolean;
}

/** Formspree's and Basin's form ids: letters and digits. */
const FORM_ID = /^[A-Za-z0-9]{4,40}$/;

/**
 * A form service's endpoint from a pasted link or a bare id: `https://formspree.io/f/xyzabcde`,
 * `formspree.io/f/xyzabcde` and `xyzabcde` all give the first. Anything else is kept as pasted
 * (an address of a test server, say) and checked like any endpoint.
 */
function formLink(pasted: string, base: string): string {
  const s = pasted.trim();
  if (FORM_ID.test(s)) return `${base}${s}`;
  const bare = s.replace(/^https?:\/\//, '');
  const host = base.replace(/^https:\/\//, '');
  if (bare.startsWith(host) && FORM_ID.test(bare.slice(host.length).replace(/\/$/, '')))
    return `https://${bare.replace(/\/$/, '')}`;
  return s;
}

/** The Netlify form's name: letters, digits and hyphens, or `consultation`. */
export function netlifyName(pasted: string): string {
  const name = pasted
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'consultation';
}

export function route(s: Settings): Route {
  const subject: Hidden[] = s.subject.trim() ? [{ name: '_subject', value: s.subject.trim() }] : [];
  const kinds: Record<ServiceId, () => Route> = {
    // Formspree answers CORS and JSON; `_gotcha` is its honeypot (left empty by people).
    formspree: () => ({
      endpoint: formLink(s.endpoint, 'https://formspree.io/f/'),
      encoding: 'json',
      hidden: [...subject, { name: '_gotcha', value: '' }],
      testable: true,
    }),
    // Apps Script does not answer the CORS preflight, so only a "simple request" (form-encoded) gets through.
    'apps-script': () => ({ endpoint: s.endpoint.trim(), encoding: 'form', hidden: [], testable: true }),
    // Netlify takes a same-origin, form-encoded POST that names the form.
    netlify: () => {
      const name = netlifyName(s.endpoint);
      return {
        endpoint: '/',
        encoding: 'form',
        hidden: [{ name: 'form-name', value: name }],
        netlifyName: name,
        testable: false,
      };
    },
    // Basin works cross-origin and answers JSON; its honeypot is the field named in its spam settings.
    basin: () => ({
      endpoint: formLink(s.endpoint, 'https://usebasin.com/f/'),
      encoding: 'json',
      hidden: [...subject, { name: '_gotcha', value: '' }],
      testable: true,
    }),
    own: () => {
      const endpoint = s.endpoint.trim();
      return { endpoint, encoding: s.encoding, hidden: [], testable: !/^\.{0,2}\//.test(endpoint) };
    },
  };
  return kinds[s.service]();
}

/** What else a request may carry: `clinician` with `clinicians`, `waitlist` with `accepting="waitlist"`. */
export interface MoreKeys {
  clinicians?: boolean;
  waitlist?: boolean;
}

/**
 * The payload keys a request carries with these optional questions (README, "Payload"), in the
 * payload's order, for the static form copy Netlify's build reads to learn the fields and the
 * Apps Script's columns: a key left out here is an answer those services drop, so they come
 * from the form's own field table (fields.ts), the fields these tokens show.
 */
export function payloadKeys(fields: readonly string[], more: MoreKeys = {}): string[] {
  const asked = (f: FieldSpec) =>
    f.key === 'clinician' ? !!more.clinicians : !f.token || fields.includes(f.token);
  const answers = FIELDS.filter(asked).map((f) => f.key);
  const waitlist = more.waitlist ? ['waitlist'] : [];
  return ['id', ...answers, ...waitlist, 'therapist', 'page', 'submittedAt', 'locale'];
}

/** What a sealed request carries in clear (README, "Sealed requests"), besides the hidden fields. */
export const SEALED_KEYS = ['id', 'therapist', 'sealed', 'open'];

/**
 * The Apps Script a therapist pastes into their Google Sheet (Extensions, Apps Script): each
 * request becomes a row, with the columns these questions send (sealed: one sealed column).
 */
export function appsScript(fields: readonly string[], more: MoreKeys = {}, sealed = false): string {
  const keys = sealed ? SEALED_KEYS : payloadKeys(fields, more).filter((k) => k !== 'consent');
  return `// Deploy: Deploy > New deployment > Web app; Execute as: Me; Who has access: Anyone.
const COLUMNS = ${JSON.stringify(keys)};

function doPost(e) {
  const sheet = SpreadsheetApp.getActive().getSheets()[0];
  if (sheet.getLastRow() === 0) sheet.appendRow(COLUMNS);
  sheet.appendRow(COLUMNS.map((key) => e.parameter[key] || ''));
  return ContentService.createTextOutput(JSON.stringify({ ok: true }))
    .setMimeType(ContentService.MimeType.JSON);
}
`;
}
