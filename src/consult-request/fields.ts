// The form's fields as data: one row per field says which `fields` token shows it, its payload
// key, its control, its options, when it shows and how it is checked. The element renders
// from it, validate.ts checks from it and payload.ts builds from it. No DOM here.
import type { Catalog } from '../i18n/en.js';

/** What the form holds, keyed by payload key. */
export interface Values {
  name: string;
  email: string;
  phone: string;
  contactMethod: string;
  message: string;
  consent: boolean;
}

export type Key = keyof Values;
export type Control = 'text' | 'email' | 'tel' | 'textarea' | 'radio' | 'checkbox';
/** The name of a sentence in the catalog (its strings, not its functions). */
type Sentence = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];

export interface FieldSpec {
  /** The payload key; also the control's `name` and `id`. */
  readonly key: Key;
  /** The `fields` token that shows it; without one the field is always there. */
  readonly token?: string;
  readonly control: Control;
  /** The values of a choice, in the order shown. */
  readonly options?: readonly string[];
  /** Shown only while this holds too, given the fields the tokens show. */
  readonly when?: (shown: ReadonlySet<Key>) => boolean;
  /** Required always (true) or while this holds. */
  readonly required?: boolean | ((v: Values) => boolean);
  /** A hint shown under the label. */
  readonly hint?: Sentence;
  /** The message for a required field left empty. */
  readonly missing?: Sentence;
  /** Checks a field that holds something; returns the message's name, or nothing when right. */
  readonly check?: (value: string) => 'emailInvalid' | 'phoneInvalid' | undefined;
  /** Longest allowed value (the control's `maxlength`). */
  readonly max?: number;
  /** The `autocomplete` token, so AutoFill knows the field. */
  readonly autocomplete?: string;
}

export const MAX_MESSAGE = 2000;
export const PHONE_DIGITS = { min: 7, max: 15 };
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether the client asked to be reached by phone, so the phone number is the required one. */
export const wantsPhone = (v: Values): boolean => v.contactMethod === 'phone' || v.contactMethod === 'text';

const badPhone = (value: string): boolean => {
  const digits = value.replace(/\D/g, '').length;
  return digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max || /[^\d\s().+-]/.test(value);
};

/** Every field, in the order of the form and of the payload. */
export const FIELDS: readonly FieldSpec[] = [
  { key: 'name', control: 'text', autocomplete: 'name', required: true, missing: 'nameMissing' },
  {
    key: 'email',
    control: 'email',
    autocomplete: 'email',
    required: (v) => !wantsPhone(v),
    missing: 'emailMissing',
    check: (value) => (EMAIL.test(value) ? undefined : 'emailInvalid'),
  },
  {
    key: 'phone',
    token: 'phone',
    control: 'tel',
    autocomplete: 'tel',
    required: wantsPhone,
    missing: 'phoneMissing',
    check: (value) => (badPhone(value) ? 'phoneInvalid' : undefined),
  },
  { key: 'contactMethod', token: 'contact-method', control: 'radio', options: ['email', 'phone', 'text'], when: (shown) => shown.has('phone') },
  { key: 'message', token: 'message', control: 'textarea', max: MAX_MESSAGE, hint: 'messageHint' },
  { key: 'consent', control: 'checkbox', required: true, missing: 'consentMissing' },
];

/** What an untouched form holds: only the contact method is preselected. */
export const emptyValues = (): Values => ({ name: '', email: '', phone: '', contactMethod: 'email', message: '', consent: false });

/** The default of the `fields` attribute. */
export const DEFAULT_FIELDS = 'phone contact-method message';

/** The fields a `fields` value shows (space- or comma-separated tokens), in table order. */
export function shownFields(fields: string): Set<Key> {
  const tokens = new Set(fields.split(/[\s,]+/));
  const byToken = new Set(FIELDS.filter((f) => !f.token || tokens.has(f.token)).map((f) => f.key));
  return new Set(FIELDS.filter((f) => byToken.has(f.key) && (!f.when || f.when(byToken))).map((f) => f.key));
}

/** Whether a field must be filled in, given what the form holds now. */
export const isRequired = (f: FieldSpec, v: Values): boolean => (typeof f.required === 'function' ? f.required(v) : !!f.required);
