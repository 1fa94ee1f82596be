// Checking what the client typed against the field table, in the catalog's words, and reading
// a server's per-field errors. No DOM here.
import { en, type Catalog } from '../i18n/en.js';
import { FIELDS, PHONE_DIGITS, isRequired, type Key, type Values } from './fields.js';

export type Field = Key;
export type Errors = Partial<Record<Field, string>>;

/**
 * Checks cleaned values (fields that are not shown are empty, so they pass): a required field
 * must hold something, and one that holds something must have the right shape. One message
 * per field at most. (Lengths are held by the controls' `maxlength`.)
 */
export function validate(v: Values, t: Catalog = en): Errors {
  const e: Errors = {};
  for (const f of FIELDS) {
    const value = v[f.key];
    if (!value) {
      if (f.missing && isRequired(f, v)) e[f.key] = t[f.missing];
    } else if (typeof value === 'string' && f.check) {
      const problem = f.check(value);
      if (problem === 'phoneInvalid') e[f.key] = t.phoneInvalid(PHONE_DIGITS);
      else if (problem) e[f.key] = t[problem];
    }
  }
  return e;
}

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
