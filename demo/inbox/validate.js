// What a careful server checks in a consultation request, with messages meant to be shown to
// the person who filled the form (the element places each one at the field it names).
// Field names are the payload keys (README, "Payload"); the intake answers' keys, options and
// kinds come from the form's own field table (fields.js), so a new question is checked here too.

import { FIELDS } from './fields.js';

/** @typedef {import('./parse.js').FieldError} FieldError */

/** The fields checked one by one below (`name`, `email`, …); every other field is an intake answer, checked by its kind. */
const CONTACT = new Set(['name', 'email', 'phone', 'contactMethod', 'message', 'consent']);
const intake = FIELDS.filter((f) => !CONTACT.has(f.key));
/** @param {(f: import('./fields.js').Field) => boolean} kind @returns {Record<string, readonly string[]>} */
const optionsOf = (kind) => Object.fromEntries(intake.filter(kind).map((f) => [f.key, f.options ?? []]));

/** The intake questions with one answer from a fixed list (README, "Intake fields"). */
export const CHOICES = optionsOf((f) => !!f.options && f.control !== 'checkboxes');
/** The intake questions with any answers of a fixed list (`times`): each once, a JSON array (the form encodings repeat the key). */
export const LISTS = optionsOf((f) => f.control === 'checkboxes');
/** The answers that are yes or no: JSON booleans, or "true"/"false" in the form encodings. */
export const FLAGS = [...intake.filter((f) => f.control === 'checkbox').map((f) => f.key), 'waitlist'];
/** The short free-text intake answers, and their longest length (the form's `maxlength`). */
const SHORT_TEXT = intake.filter((f) => f.control === 'text').map((f) => [f.key, f.max ?? 100]);
/** A subdivision code as `regions` holds it: `OR`, `NSW`, or with its country, `CA-BC`. */
const REGION = /^([A-Z]{2}-)?[A-Z0-9]{1,3}$/;

/** The payload keys the contract defines (README, "Payload"); anything else is a hidden field or captcha token. */
export const KNOWN_KEYS = new Set([
  'id',
  ...FIELDS.map((f) => f.key),
  'waitlist',
  'therapist',
  'page',
  'submittedAt',
  'locale',
]);

export const MESSAGE_MAX = 2000;
const HIDDEN_MAX_COUNT = 20;
const HIDDEN_VALUE_MAX = 8000; // captcha tokens run to a few kilobytes

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARS = /^[+\d\s().\-/]*(?:(?:ext\.?|x)\s*\d+)?$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const HIDDEN_KEY = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;
// C0 controls and DEL; the message may keep line breaks and tabs. (Matching them is the point.)
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex */

/** @param {unknown} value */
const isBlank = (value) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** Characters as a person counts them (code points, not UTF-16 units). @param {string} s */
const length = (s) => [...s].length;

/**
 * Checks a decoded payload. Returns every problem found (empty when the request is
 * acceptable), so the client can be shown all of them at once.
 *
 * @param {Record<string, unknown>} payload
 * @returns {FieldError[]}
 */
export function validatePayload(payload) {
  /** @type {FieldError[]} */
  const errors = [];
  /** @param {string} field @param {string} message */
  const fail = (field, message) => errors.push({ field, message });

  // Every value is text, except consent and the yes-or-no answers, which JSON sends as
  // booleans, and `times`, a list (checked below).
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'consent' || key in LISTS || FLAGS.includes(key)) continue;
    if (typeof value !== 'string') fail(key, 'This must be text.');
  }
  /** @param {string} key */
  const text = (key) => (typeof payload[key] === 'string' ? /** @type {string} */ (payload[key]) : undefined);
  const bad = new Set(errors.map((e) => e.field));

  const id = text('id');
  if (!bad.has('id')) {
    if (isBlank(id)) fail('id', 'The submission id is missing.');
    else if (!UUID.test(/** @type {string} */ (id))) fail('id', 'The submission id must be a UUID.');
  }

  const name = text('name');
  if (!bad.has('name')) {
    if (isBlank(name)) fail('name', 'Please enter your name.');
    else if (length(/** @type {string} */ (name)) > 200)
      fail('name', 'Please keep your name under 200 characters.');
    else if (CONTROL.test(/** @type {string} */ (name)))
      fail('name', 'Your name contains characters that are not allowed.');
  }

  const email = text('email');
  const emailGiven = !bad.has('email') && !isBlank(email);
  if (emailGiven) {
    const value = /** @type {string} */ (email).trim();
    if (value.length > 254 || !EMAIL.test(value)) {
      fail('email', 'Please enter an email address like name@example.com.');
    }
  }

  const phone = text('phone');
  const phoneGiven = !bad.has('phone') && !isBlank(phone);
  if (phoneGiven) {
    const value = /** @type {string} */ (phone).trim();
    const digits = value.replace(/\D/g, '').length;
    if (value.length > 40 || digits < 7 || digits > 20 || !PHONE_CHARS.test(value)) {
      fail('phone', 'Please enter a phone number the therapist can call or text.');
    }
  }

  const method = text('contactMethod');
  if (
    !bad.has('contactMethod') &&
    !isBlank(method) &&
    !['email', 'phone', 'text'].includes(/** @type {string} */ (method))
  ) {
    fail('contactMethod', 'Please choose email, phone or text.');
  }

  // A way to reach the person: a phone when they asked to be called or texted, else an email.
  if (method === 'phone' || method === 'text') {
    if (!bad.has('phone') && !phoneGiven) {
      fail(
        'phone',
        `Please add a phone number so the therapist can ${method === 'text' ? 'text' : 'call'} you.`,
      );
    }
  } else if (!bad.has('email') && !emailGiven) {
    fail('email', 'Please add an email address so the therapist can reply.');
  }

  const message = text('message');
  if (!bad.has('message') && message !== undefined) {
    if (length(message) > MESSAGE_MAX) fail('message', 'Please keep the message under 2,000 characters.');
    else if (CONTROL_IN_TEXT.test(message))
      fail('message', 'The message contains characters that are not allowed.');
  }

  // JSON sends `true`; form and multipart send the text "true" (a bare checkbox sends "on").
  const consent = payload.consent;
  if (!(consent === true || consent === 'true' || consent === 'on')) {
    fail('consent', 'Please confirm that you agree to be contacted about your request.');
  }

  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = text(key);
    if (!bad.has(key) && value !== undefined && !allowed.includes(value))
      fail(key, `Please choose one of: ${allowed.join(', ')}.`);
  }

  const region = text('region');
  if (!bad.has('region') && region !== undefined && !REGION.test(region))
    fail('region', 'Please choose where you will be during sessions.');

  for (const [key, max] of SHORT_TEXT) {
    const value = text(key);
    if (bad.has(key) || value === undefined) continue;
    if (length(value) > max) fail(key, `Please keep this under ${max} characters.`);
    else if (CONTROL.test(value)) fail(key, 'This contains characters that are not allowed.');
  }
  if (payload.insurer !== undefined && payload.payment !== 'insurance')
    fail('insurer', 'An insurer goes with payment by insurance only.');

  for (const [key, allowed] of Object.entries(LISTS)) {
    const value = payload[key];
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [];
    if (!list.length || list.some((t) => !allowed.includes(t)) || new Set(list).size !== list.length)
      fail(key, `Please choose any of: ${allowed.join(', ')}.`);
  }

  for (const key of FLAGS) {
    const value = payload[key];
    if (value !== undefined && ![true, false, 'true', 'false'].includes(/** @type {any} */ (value)))
      fail(key, 'This must be yes (true) or no (false).');
  }

  // `clinician`: an id of the practice's `clinicians` (a-z, 0-9, -) or `any`.
  const clinician = text('clinician');
  if (!bad.has('clinician') && clinician !== undefined && !/^[a-z0-9-]{1,100}$/.test(clinician))
    fail('clinician', 'Please choose whom you would like to see.');

  const therapist = text('therapist');
  if (
    !bad.has('therapist') &&
    therapist !== undefined &&
    (length(therapist) > 100 || CONTROL.test(therapist))
  ) {
    fail('therapist', 'The therapist id must be under 100 characters of plain text.');
  }

  const page = text('page');
  if (!bad.has('page')) {
    if (isBlank(page)) fail('page', 'The page address is missing.');
    else if (!isPageUrl(/** @type {string} */ (page))) {
      fail('page', 'The page address must be an http(s) URL without a query string or fragment.');
    }
  }

  const submittedAt = text('submittedAt');
  if (!bad.has('submittedAt')) {
    if (isBlank(submittedAt)) fail('submittedAt', 'The submission time is missing.');
    else if (
      !ISO_DATE_TIME.test(/** @type {string} */ (submittedAt)) ||
      Number.isNaN(Date.parse(/** @type {string} */ (submittedAt)))
    ) {
      fail('submittedAt', 'The submission time must be an ISO 8601 date and time.');
    }
  }

  const locale = text('locale');
  if (
    !bad.has('locale') &&
    locale !== undefined &&
    locale !== '' &&
    (locale.length > 35 || !LOCALE.test(locale))
  ) {
    fail('locale', 'The locale must be a language tag such as en-US.');
  }

  // Hidden fields and captcha tokens: a bounded number of short, plainly named text values.
  const hidden = Object.keys(payload).filter((key) => !KNOWN_KEYS.has(key));
  if (hidden.length > HIDDEN_MAX_COUNT) {
    errors.push({ field: null, message: `At most ${HIDDEN_MAX_COUNT} extra fields are accepted.` });
  }
  for (const key of hidden) {
    if (bad.has(key)) continue;
    if (!HIDDEN_KEY.test(key)) fail(key, 'This field name is not accepted.');
    else if (length(/** @type {string} */ (payload[key])) > HIDDEN_VALUE_MAX)
      fail(key, 'This value is too long.');
  }

  return errors;
}

/** @param {string} value */
function isPageUrl(value) {
  if (value.includes('?') || value.includes('#')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A sealed request's `sealed`: base64url of `enc || ct`, at least the 65-byte key and the 16-byte tag. */
const SEALED = /^B[A-P][\w-]{106,}$/;

/**
 * Checks a sealed request (`<consult-request seal-to>`, README "Sealed requests"): what a relay
 * can check is the id, the sealed text's shape, and that nothing the client typed came in clear.
 *
 * @param {Record<string, unknown>} payload
 * @returns {FieldError[]}
 */
export function validateSealed(payload) {
  /** @type {FieldError[]} */
  const errors = [];
  const { id, sealed, therapist, open } = payload;
  if (typeof id !== 'string' || !UUID.test(id))
    errors.push({ field: 'id', message: 'The submission id must be a UUID.' });
  if (typeof sealed !== 'string' || !SEALED.test(sealed) || sealed.length > 40000)
    errors.push({ field: 'sealed', message: 'The sealed request is not one the form makes.' });
  if (
    therapist !== undefined &&
    (typeof therapist !== 'string' || length(therapist) > 100 || CONTROL.test(therapist))
  )
    errors.push({
      field: 'therapist',
      message: 'The therapist id must be under 100 characters of plain text.',
    });
  if (open !== undefined && (typeof open !== 'string' || open.length > 45000 || !/^https?:\/\//.test(open)))
    errors.push({ field: 'open', message: 'The opening link must be an http(s) address.' });
  for (const key of KNOWN_KEYS)
    if (!['id', 'therapist'].includes(key) && key in payload)
      errors.push({ field: key, message: 'A sealed request carries this only inside the seal.' });
  return errors;
}
