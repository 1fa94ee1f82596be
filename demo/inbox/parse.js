// Reading and decoding a consultation request body: a capped stream read, then one of the
// three encodings the element sends (json, form, multipart). No Vite, no framework: plain
// Node 20 and the WHATWG Request/FormData it ships with.

import { FIELDS } from './fields.js';

/** Keys a form may repeat, one value each time (a group of boxes, such as `times`): they become a list. */
export const LIST_KEYS = new Set(FIELDS.filter((f) => f.control === 'checkboxes').map((f) => f.key));

/** Bodies larger than this are refused with 413 (the payload is a few hundred bytes). */
export const BODY_LIMIT = 32 * 1024;

/**
 * @typedef {{ field: string | null, message: string }} FieldError
 * @typedef {'json' | 'form' | 'multipart'} Encoding
 * @typedef {{ ok: true, encoding: Encoding, payload: Record<string, unknown> }} Parsed
 * @typedef {{ ok: false, status: 400 | 413 | 415 | 422, errors: FieldError[] }} Refused
 */

/**
 * Reads a request body into memory, but never more than `limit` bytes: a declared
 * Content-Length past the limit is refused before reading, and a chunked body that grows
 * past it stops being read at that point.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<{ ok: true, body: Buffer } | { ok: false, reason: 'too-large' }>}
 *   Rejects when the client goes away mid-body.
 */
export function readBody(req, limit = BODY_LIMIT) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ ok: true, body: Buffer.concat(chunks, size) });
    };
    /** @param {Error} error */
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => onError(new Error('client aborted the request'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * The media type of a Content-Type header, lower-cased, without parameters.
 * @param {string | undefined} contentType
 */
export function mediaType(contentType) {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Which of the three encodings a Content-Type names, or null for anything else.
 * @param {string | undefined} contentType
 * @returns {Encoding | null}
 */
export function encodingOf(contentType) {
  const type = mediaType(contentType);
  if (type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'multipart/form-data') return 'multipart';
  return null;
}

/** @param {string} message @returns {Refused} */
const badRequest = (message) => ({ ok: false, status: 400, errors: [{ field: null, message }] });

/**
 * Decodes a body into a flat payload object. Form and multipart values stay strings, as
 * they arrived, except a repeated list key, which becomes an array as in JSON; JSON keeps
 * its types (validation decides what is acceptable).
 *
 * @param {string | undefined} contentType the request's Content-Type header
 * @param {Uint8Array} body
 * @returns {Promise<Parsed | Refused>}
 */
export async function parseBody(contentType, body) {
  const encoding = encodingOf(contentType);
  if (!encoding) {
    return {
      ok: false,
      status: 415,
      errors: [
        {
          field: null,
          message: 'Send application/json, application/x-www-form-urlencoded or multipart/form-data.',
        },
      ],
    };
  }

  if (encoding === 'json') {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      return {
        ok: false,
        status: 415,
        errors: [{ field: null, message: 'JSON must be sent as UTF-8.' }],
      };
    }
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return badRequest('The body is not valid UTF-8.');
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return badRequest('The body is not valid JSON.');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return badRequest('The body must be a JSON object.');
    }
    return { ok: true, encoding, payload: /** @type {Record<string, unknown>} */ (value) };
  }

  let form;
  try {
    form = await new Request('http://inbox.invalid/', {
      method: 'POST',
      headers: { 'content-type': /** @type {string} */ (contentType) },
      body,
    }).formData();
  } catch {
    return badRequest(
      encoding === 'multipart'
        ? 'The multipart body could not be read (is the boundary right?).'
        : 'The form body could not be read.',
    );
  }

  /** @type {Record<string, unknown>} */
  const payload = {};
  /** @type {FieldError[]} */
  const errors = [];
  for (const [key, value] of form) {
    if (typeof value !== 'string') {
      errors.push({ field: key, message: 'Files are not accepted.' });
    } else if (LIST_KEYS.has(key)) {
      payload[key] = [.../** @type {string[]} */ (payload[key] ?? []), value];
    } else if (Object.hasOwn(payload, key)) {
      if (!errors.some((e) => e.field === key)) {
        errors.push({ field: key, message: 'This field was sent more than once.' });
      }
    } else {
      payload[key] = value;
    }
  }
  if (errors.length) return { ok: false, status: 422, errors };
  return { ok: true, encoding, payload };
}
