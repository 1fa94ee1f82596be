// The form's field table, read from its source (src/consult-request/fields.ts), so the inbox
// checks exactly the questions the form asks: one place for them, not a copy. That module
// imports types only, so esbuild (a dev dependency, as the whole demo is) strips them and Node
// runs what is left, with nothing built first.

import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../../src/consult-request/fields.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });

/** @typedef {import('../../src/consult-request/fields.js').FieldSpec} Field */
/** @type {{ FIELDS: readonly Field[] }} */
const fields = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** Every field, in the order of the form and of the payload. */
export const { FIELDS } = fields;
