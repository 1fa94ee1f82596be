// Checking what the client typed against the field table, in the catalog's words. No DOM here.
import { en } from '../i18n/en.js';
import type { Catalog } from '../i18n/catalog.js';
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
