// The form's fields as data: one row per field says which `fields` token shows it, its payload
// key, its control, its options, when it shows and how it is checked. The element renders
// from it, validate.ts checks from it and payload.ts builds from it; the types below (the
// values, the payload, what every catalog must say) are derived from it, and so are the setup
// page's questions (src/setup/) and the demo inbox's checks (demo/inbox/). No DOM here.
import type { Catalog } from '../i18n/catalog.js';

/** `radio` and `checkboxes` are groups (a fieldset and its legend); `checkbox` is one box, a yes or no. */
export type Control = 'text' | 'email' | 'tel' | 'textarea' | 'radio' | 'checkboxes' | 'select' | 'checkbox';

/**
 * Any field's value by payload key, as a row's `when` and `required` read it (`Values` is
 * derived from the rows, so the rows themselves see this wider type).
 */
export interface Answers {
  readonly [key: string]: string | boolean | readonly string[] | undefined;
}

/** What decides whether a field shows, besides its token. */
export interface ShowContext {
  /** The fields whose tokens are in `fields` (and the ones that are always there). */
  byToken: ReadonlySet<string>;
  /** The values as the client typed them. */
  values: Answers;
  /** The `regions` codes. */
  regions: readonly string[];
  /** The `clinicians` ids. */
  clinicians?: readonly string[];
}
/** The name of a sentence in the catalog (its strings, not its functions). */
type Sentence = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];

export interface FieldSpec<K extends string = Key, T extends string = Token> {
  /** The payload key; also the control's `name` and `id`. */
  readonly key: K;
  /** The `fields` token that shows it; without one the field is always there. */
  readonly token?: T;
  readonly control: Control;
  /** What an untouched form holds (default: nothing). */
  readonly initial?: string;
  /** The values of a choice, in the order shown. */
  readonly options?: readonly string[];
  /** Shown only while this holds too. */
  readonly when?: (c: ShowContext) => boolean;
  /** Required always (true) or while this holds. */
  readonly required?: boolean | ((v: Answers) => boolean);
  /** A hint shown under the label. */
  readonly hint?: Sentence;
  /** The message for a required field left empty. */
  readonly missing?: Sentence;
  /** Checks a field that holds something; returns the message's name, or nothing when right. */
  readonly check?: (value: string) => 'emailInvalid' | 'phoneInvalid' | undefined;
  /** Longest allowed value (the control's `maxlength`). */
  readonly max?: number;
  /** The `autocomplete` token, so AutoFill knows the field (default `off`). */
  readonly autocomplete?: string;
}

export const MAX_MESSAGE = 2000;
export const PHONE_DIGITS = { min: 7, max: 15 };
/** Longest short answer (a name, pronouns, an insurer). */
const SHORT = 100;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether the client asked to be reached by phone, so the phone number is the required one. */
export const wantsPhone = (v: Answers): boolean => v.contactMethod === 'phone' || v.contactMethod === 'text';

const badPhone = (value: string): boolean => {
  const digits = value.replace(/\D/g, '').length;
  return digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max || /[^\d\s().+-]/.test(value);
};

// (`phone` is a contact field: its value is always text.)
const hasPhone = ({ byToken, values }: ShowContext): boolean =>
  byToken.has('phone') && !!(values.phone as string).trim();

/**
 * Every field, in the order of the form and of the payload. A new optional question is one row
 * here (its key, its `fields` token, its control and options), its label and options in each
 * catalog (src/i18n, `<key>Label` and `<key>Options`) and the setup page's (src/setup/strings,
 * `questions`), and its rows in the README's "Intake fields" and "Payload" tables: `tsc` names
 * a missing sentence, and test/unit/fields.test.ts a missing table row.
 */
const ROWS = [
  { key: 'name', control: 'text', autocomplete: 'name', required: true, missing: 'nameMissing' },
  { key: 'preferredName', token: 'pronouns', control: 'text', autocomplete: 'nickname', max: SHORT },
  { key: 'pronouns', token: 'pronouns', control: 'text', max: SHORT },
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
  {
    key: 'contactMethod',
    token: 'contact-method',
    control: 'radio',
    initial: 'email',
    options: ['email', 'phone', 'text'],
    when: (c) => c.byToken.has('phone'),
  },
  { key: 'voicemailOk', token: 'voicemail', control: 'checkbox', when: hasPhone },
  { key: 'textOk', token: 'voicemail', control: 'checkbox', when: hasPhone },
  // A group practice's clinicians (`clinicians`; their ids are the options), whoever is available first by default.
  { key: 'clinician', control: 'radio', initial: 'any', when: (c) => !!c.clinicians?.length },
  {
    key: 'times',
    token: 'times',
    control: 'checkboxes',
    options: ['mornings', 'afternoons', 'evenings', 'weekends'],
  },
  { key: 'clientStatus', token: 'client-status', control: 'radio', options: ['new', 'returning'] },
  {
    key: 'sessionFor',
    token: 'session-for',
    control: 'radio',
    options: ['individual', 'couple', 'family', 'child'],
  },
  { key: 'format', token: 'format', control: 'radio', options: ['in-person', 'online', 'either'] },
  // The options are the `regions` codes; without any, the field cannot show (a console error says so).
  {
    key: 'region',
    token: 'region',
    control: 'select',
    hint: 'regionHint',
    when: (c) => c.regions.length > 0,
  },
  {
    key: 'payment',
    token: 'payment',
    control: 'radio',
    options: ['insurance', 'self-pay', 'sliding-scale', 'unsure'],
  },
  {
    key: 'insurer',
    token: 'payment',
    control: 'text',
    hint: 'insurerHint',
    max: SHORT,
    when: (c) => c.values.payment === 'insurance',
  },
  {
    key: 'referral',
    token: 'referral',
    control: 'select',
    options: ['search', 'directory', 'friend', 'clinician', 'insurer', 'other'],
  },
  { key: 'message', token: 'message', control: 'textarea', max: MAX_MESSAGE, hint: 'messageHint' },
  { key: 'consent', control: 'checkbox', required: true, missing: 'consentMissing' },
] as const satisfies readonly FieldSpec<string, string>[];

export const FIELDS: readonly FieldSpec[] = ROWS;

type Row = (typeof ROWS)[number];
/** A payload key of the form's fields. */
export type Key = Row['key'];
/** A `fields` token. */
export type Token = Extract<Row, { token: string }>['token'];
/** The row of a key. */
type RowOf<K extends Key> = Extract<Row, { key: K }>;
/** A choice whose options are fixed in its row (not `region`'s nor `clinician`'s, which the site owner names). */
type FixedChoice = Extract<Row, { options: readonly string[] }>;
/** What a control holds: a list for a group of boxes, yes or no for one box, else text. */
type Held<C extends Control> = C extends 'checkboxes' ? string[] : C extends 'checkbox' ? boolean : string;
/** The fields every caller passes; the others are the intake answers. */
type Contact = 'name' | 'email' | 'phone' | 'contactMethod' | 'message' | 'consent';

/**
 * What the form holds, keyed by payload key. The intake answers are optional here so that a
 * caller may pass the contact fields alone; an element's values always hold them all.
 */
export type Values = { [K in Contact]: Held<RowOf<K>['control']> } & {
  [K in Exclude<Key, Contact>]?: Held<RowOf<K>['control']>;
};

/** A field's answer as sent: a fixed choice is one of its options (a list of them for boxes), yes or no for one box, else text. */
type Sent<R extends Row> = R extends FixedChoice
  ? R['control'] extends 'checkboxes'
    ? R['options'][number][]
    : R['options'][number]
  : Held<R['control']>;
/** The answers a request carries, each only when given (`ConsultPayload`, events.ts, adds the rest). */
export type PayloadAnswers = { [K in Exclude<Key, 'name' | 'consent'>]?: Sent<RowOf<K>> };

/**
 * What every catalog says about the fields: each one's label (`<key>Label`), and the label of
 * each option of a fixed choice (`<key>Options`). Every catalog is typed by the English one
 * (`Catalog`), and form-fields.ts reads the labels through this type, so a question without
 * its sentences fails `tsc` there, naming the missing key.
 */
export type FieldSentences = { [K in Key as `${K}Label`]: string } & {
  [R in FixedChoice as `${R['key']}Options`]: Readonly<Record<R['options'][number], string>>;
};

/** Every `fields` token. */
export const TOKENS: ReadonlySet<string> = new Set(FIELDS.flatMap((f) => f.token ?? []));

/**
 * What an untouched form holds: nothing chosen except the contact method, email. The yes-or-no
 * boxes are unset until shown (cleanValues then reads an untouched one as no).
 */
export function emptyValues(): Values {
  const v: Record<string, unknown> = { consent: false };
  for (const f of FIELDS) {
    if (f.control === 'checkboxes') v[f.key] = [];
    else if (f.control !== 'checkbox') v[f.key] = f.initial ?? '';
  }
  return v as unknown as Values;
}

/** The default of the `fields` attribute. */
export const DEFAULT_FIELDS = 'phone contact-method message';

/** The `fields` attribute as tokens (space- or comma-separated). */
export const tokensOf = (fields: string): string[] => fields.split(/[\s,]+/).filter(Boolean);

/** The fields on show, in table order: named by a token (or always there), and their `when` holds. */
export function shownFields(
  fields: string,
  values: Values = emptyValues(),
  regions: readonly string[] = [],
  clinicians: readonly string[] = [],
): Set<Key> {
  const tokens = new Set(tokensOf(fields));
  const byToken = new Set(FIELDS.filter((f) => !f.token || tokens.has(f.token)).map((f) => f.key));
  return new Set(
    FIELDS.filter(
      (f) => byToken.has(f.key) && (!f.when || f.when({ byToken, values, regions, clinicians })),
    ).map((f) => f.key),
  );
}

/** The row of a payload key. */
export const fieldOf = (key: string): FieldSpec | undefined => FIELDS.find((f) => f.key === key);

/** Whether a field must be filled in, given what the form holds now. */
export const isRequired = (f: FieldSpec, v: Values): boolean =>
  typeof f.required === 'function' ? f.required(v) : !!f.required;
