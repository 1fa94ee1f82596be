// failure.ts's dead-end rules in Node: which failures trying again will not fix, so the client is
// offered the practice's other ways; and the cases of reading a failure the other tests leave out
// (a request too large, a 413, a clock time in the client's language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureText, isDeadEnd, longest, readFailure } from '../../src/consult-request/failure.js';
import { emptyValues } from '../../src/consult-request/fields.js';
import type { Outcome } from '../../src/consult-request/send.js';
import { en } from '../../src/i18n/en.js';

const fields = new Set(['name', 'email', 'message']);
const http = (status: number, body: unknown = null, retryAt?: number): Outcome => ({
  type: 'http',
  status,
  body,
  retryAt,
});
const NOW = Date.UTC(2026, 0, 1, 12, 0);
const dead = (o: Outcome, before?: Outcome) => isDeadEnd(o, before, fields, NOW);

test('isDeadEnd(): no answer or a timeout is a dead end only on the second try', () => {
  for (const type of ['network', 'timeout'] as const) {
    assert.equal(dead({ type }), false, `${type}, first`);
    assert.equal(dead({ type }, { type: 'network' }), true, `${type}, again`);
  }
  for (const type of ['offline', 'aborted', 'too-large'] as const)
    assert.equal(dead({ type }, { type: 'network' }), false, `${type}: the client can act on it`);
});

test('isDeadEnd(): a form that needs a login, is refused, gone or not a form is a dead end at once', () => {
  for (const status of [401, 403, 404, 405, 410]) assert.equal(dead(http(status)), true, String(status));
  for (const status of [400, 408, 409, 413, 422]) assert.equal(dead(http(status)), false, String(status));
});

test('isDeadEnd(): a Retry-After over an hour away, or a second 429 in a row', () => {
  assert.equal(dead(http(429, null, NOW + 61 * 60 * 1000)), true, 'an hour and a minute');
  assert.equal(dead(http(429, null, NOW + 59 * 60 * 1000)), false, 'under an hour');
  assert.equal(dead(http(429, null, NOW + 60 * 60 * 1000)), false, 'an hour exactly is still worth the wait');
  assert.equal(dead(http(503, null, NOW + 2 * 60 * 60 * 1000)), true, 'any status with a far Retry-After');
  assert.equal(dead(http(429)), false, 'a first 429');
  assert.equal(dead(http(429), http(429)), true, 'a second 429');
  assert.equal(dead(http(429), http(500)), false, 'a 429 after another failure');
  assert.equal(dead(http(429), { type: 'network' }), false);
});

test('isDeadEnd(): a server error only after the client already tried again', () => {
  assert.equal(dead(http(500)), false);
  assert.equal(dead(http(502), http(500)), true);
  assert.equal(dead(http(500), http(500)), true, '500 itself is a server error');
  assert.equal(dead(http(599), { type: 'timeout' }), true);
});

test("isDeadEnd(): Formspree's form-level codes, and a required field this form does not have", () => {
  for (const code of ['FORM_NOT_FOUND', 'PROJECT_NOT_FOUND', 'INACTIVE', 'BLOCKED', 'EMPTY'])
    assert.equal(dead(http(400, { errors: [{ code }] })), true, code);
  for (const code of ['REQUIRED_FIELD_MISSING', 'REQUIRED_FIELD_EMPTY']) {
    assert.equal(dead(http(422, { errors: [{ code, field: 'company' }] })), true, `${code}, a field we lack`);
    assert.equal(dead(http(422, { errors: [{ code, field: 'email' }] })), false, `${code}, a field we have`);
  }
  assert.equal(dead(http(400, { errors: [{ code: 'TYPE_EMAIL', field: 'email' }] })), false);
  assert.equal(dead(http(400, { errors: [null, 'FORM_NOT_FOUND', { field: 'x' }] })), false);
  assert.equal(dead(http(400, { errors: { code: 'FORM_NOT_FOUND' } })), false, 'codes come in a list');
  assert.equal(dead(http(400, 'FORM_NOT_FOUND')), false);
});

test('a request too large: its own sentence, and a validation error (the client can shorten it)', () => {
  assert.deepEqual(readFailure({ type: 'too-large' }, fields, 'en'), {
    detail: { kind: 'validation' },
    notice: en.tooLarge,
    errors: {},
    retryAt: 0,
  });
  assert.equal(failureText(http(413), [], 'en'), en.tooLarge, "a server's 413 says the same");
  assert.deepEqual(readFailure(http(413), fields, 'en').detail, { kind: 'http', status: 413 });
  assert.equal(failureText(http(414), [], 'en'), en.failedHttp({ status: 414 }));
});

test("failureText(): a far retry time is written in the client's language, and an unusable locale still gives one", () => {
  const at = Date.UTC(2026, 0, 1, 15, 41);
  const o = http(429, null, at);
  const before = at - 11 * 60 * 1000;
  assert.match(failureText(o, [], 'fr-CA', before), /15 h 41/);
  assert.match(failureText(o, [], 'en-US', before), /3:41/);
  // A browser under a POSIX locale reports "C", which Intl refuses.
  assert.match(failureText(o, [], 'C', before), /41/);
});

test('longest(): the text field holding the most, for the message of a request too large', () => {
  const values = { ...emptyValues(), name: 'Ana', email: 'ana@example.org', phone: '503', message: 'Hi' };
  assert.equal(longest(values), 'email');
  assert.equal(longest({ ...values, message: 'x'.repeat(40) }), 'message');
  assert.equal(longest({ ...values, email: '', name: 'Ana Ruiz', phone: '503 555 01' }), 'phone');
  assert.equal(longest(emptyValues()), 'name', 'all empty: the first');
});
