// One consultation request, from raw body to answer: decode, validate, store (or find the
// earlier copy of a retried submission). No HTTP objects here, so any Node server can use it.

import { parseBody } from './parse.js';
import { validatePayload, validateSealed } from './validate.js';

/**
 * @typedef {{ status: number, body: unknown, summary: string }} Outcome
 *   `summary` is a one-line note for the terminal: status, id, counts. Never field values.
 */

/**
 * @param {{ contentType: string | undefined, body: Uint8Array, store: import('./store.js').Store, now?: Date }} request
 * @returns {Promise<Outcome>}
 */
export async function handleConsult({ contentType, body, store, now = new Date() }) {
  const parsed = await parseBody(contentType, body);
  if (!parsed.ok) {
    return {
      status: parsed.status,
      body: { errors: parsed.errors },
      summary: `${parsed.status} refused: ${describe(parsed.errors)}`,
    };
  }

  // A sealed request (`seal-to`) carries the id, the sealed text and the hidden fields only.
  const errors =
    'sealed' in parsed.payload ? validateSealed(parsed.payload) : validatePayload(parsed.payload);
  if (errors.length) {
    return {
      status: 422,
      body: { errors },
      summary: `422 refused (${parsed.encoding}): ${describe(errors)}`,
    };
  }

  const id = /** @type {string} */ (parsed.payload.id);
  const { created, record } = store.add({
    receivedAt: now.toISOString(),
    encoding: parsed.encoding,
    contentType: String(contentType),
    payload: parsed.payload,
  });
  if (!created) {
    // A retry of a submission already stored: same answer, no second line.
    return {
      status: 200,
      body: { ok: true, id, duplicate: true, receivedAt: record.receivedAt },
      summary: `200 duplicate ${id} (${parsed.encoding}), not stored again`,
    };
  }
  return {
    status: 201,
    body: { ok: true, id, receivedAt: record.receivedAt },
    summary: `201 stored ${id} (${parsed.encoding}); ${store.count()} in the inbox`,
  };
}

/** Field names only, e.g. "email, consent" or "2 general". @param {import('./parse.js').FieldError[]} errors */
function describe(errors) {
  // Key names come from the client too: keep them printable and short for the terminal.
  const fields = errors.map((e) =>
    e.field === null ? 'body' : e.field.replace(/[^\w.:-]/g, '?').slice(0, 40),
  );
  return `${errors.length} error${errors.length === 1 ? '' : 's'} (${[...new Set(fields)].join(', ')})`;
}
