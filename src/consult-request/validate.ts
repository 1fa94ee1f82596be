// Field rules and their messages, in our own plain words, and the reading of a server's
// per-field errors. No DOM here.
import type { Values } from './payload.js';

export type Field = keyof Values;
export type Errors = Partial<Record<Field, string>>;

export const MAX_MESSAGE = 2000;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether the client asked to be reached by phone, so the phone number is the required one. */
export const wantsPhone = (v: Values): boolean => v.contactMethod === 'phone' || v.contactMethod === 'text';

/**
 * Checks cleaned values. A way to reach the client is required: the email address, or the
 * phone number when they chose to be called or texted. One message per field at most.
 * (The message's length is held by the box's `maxlength`.)
 */
export function validate(v: Values): Errors {
  const e: Errors = {};
  const digits = v.phone.replace(/\D/g, '').length;
  if (!v.name) e.name = 'Please enter your name.';
  if (v.email ? !EMAIL.test(v.email) : !wantsPhone(v))
    e.email = v.email ? 'Please check this email address (like name@example.com).' : 'Please enter your email, so we can reply.';
  if (v.phone ? digits < 7 || digits > 15 || /[^\d\s().+-]/.test(v.phone) : wantsPhone(v))
    e.phone = v.phone ? 'Please enter a phone number with 7 to 15 digits.' : 'Please enter a phone number, so we can call or text you.';
  if (!v.consent) e.consent = 'Please tick this box so we may contact you.';
  return e;
}

/**
 * Reads `{errors:[{field,message}]}` (Formspree and most JSON APIs) or
 * `{errors:{field:[message]}}` (Rails, Laravel). Messages for fields that are not in
 * `fields` go to `general`.
 */
export function serverErrors(body: unknown, fields: ReadonlySet<string>): { fields: Errors; general: string[] } {
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
