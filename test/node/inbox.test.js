// Node's own test runner (npm test runs test/node/ before the browser tests).
// Checks the inbox logic without a server: decoding, validation, de-duplication, storage.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { handleConsult } from '../../demo/inbox/consult.js';
import { parseBody } from '../../demo/inbox/parse.js';
import { createStore } from '../../demo/inbox/store.js';
import { validatePayload } from '../../demo/inbox/validate.js';
import { FIELDS } from '../../demo/inbox/fields.js';

const dir = mkdtempSync(join(tmpdir(), 'inbox-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const valid = () => ({
  id: crypto.randomUUID(),
  name: 'Sam Lee',
  email: 'sam@example.org',
  consent: true,
  therapist: 'ana-ruiz',
  page: 'https://example.org/contact',
  submittedAt: new Date().toISOString(),
  locale: 'en-US',
});
const fields = (/** @type {{ field: string | null }[]} */ errors) => errors.map((e) => e.field);
const utf8 = (/** @type {string} */ s) => new TextEncoder().encode(s);

describe('parseBody', () => {
  it('decodes the three encodings to the same keys', async () => {
    const payload = { ...valid(), consent: 'true', _subject: 'New consultation request' };
    const form = new URLSearchParams(payload);
    const multipart = new FormData();
    for (const [k, v] of Object.entries(payload)) multipart.append(k, v);
    const request = new Request('http://x/', { method: 'POST', body: multipart });

    const json = await parseBody('application/json', utf8(JSON.stringify(payload)));
    const urlencoded = await parseBody(
      'application/x-www-form-urlencoded;charset=UTF-8',
      utf8(form.toString()),
    );
    const parts = await parseBody(
      request.headers.get('content-type') ?? undefined,
      new Uint8Array(await request.arrayBuffer()),
    );
    for (const [parsed, encoding] of [
      [json, 'json'],
      [urlencoded, 'form'],
      [parts, 'multipart'],
    ]) {
      assert.ok(parsed.ok);
      assert.equal(parsed.encoding, encoding);
      assert.deepEqual(parsed.payload, payload);
    }
  });

  it('refuses other content types, bad JSON, non-objects, files and repeated keys', async () => {
    assert.equal((await parseBody('text/plain', utf8('hi'))).status, 415);
    assert.equal((await parseBody(undefined, utf8('hi'))).status, 415);
    assert.equal((await parseBody('application/json', utf8('{"a":'))).status, 400);
    assert.equal((await parseBody('application/json', utf8('[1]'))).status, 400);
    assert.equal((await parseBody('application/json', new Uint8Array([0x7b, 0xff, 0x7d]))).status, 400);
    assert.equal((await parseBody('multipart/form-data', utf8('x'))).status, 400);
    const repeated = await parseBody('application/x-www-form-urlencoded', utf8('name=a&name=b'));
    assert.deepEqual(repeated, {
      ok: false,
      status: 422,
      errors: [{ field: 'name', message: 'This field was sent more than once.' }],
    });
    const withFile = new FormData();
    withFile.append('upload', new Blob(['x']), 'x.txt');
    const req = new Request('http://x/', { method: 'POST', body: withFile });
    const file = await parseBody(
      req.headers.get('content-type') ?? undefined,
      new Uint8Array(await req.arrayBuffer()),
    );
    assert.equal(file.status, 422);
  });
});

const intake = () => ({
  preferredName: 'Sammy',
  pronouns: 'they/them',
  voicemailOk: true,
  textOk: false,
  times: ['mornings', 'weekends'],
  clientStatus: 'new',
  sessionFor: 'family',
  format: 'either',
  region: 'OR',
  payment: 'insurance',
  insurer: 'Regence',
  referral: 'directory',
});

describe('intake answers', () => {
  it('decode from all three encodings to the same answers, `times` as a list', async () => {
    const answers = { ...valid(), ...intake() };
    const flat = () => {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(answers)) for (const one of [v].flat()) form.append(k, String(one));
      return form;
    };
    const multipart = new FormData();
    for (const [k, v] of flat()) multipart.append(k, v);
    const request = new Request('http://x/', { method: 'POST', body: multipart });
    const json = await parseBody('application/json', utf8(JSON.stringify(answers)));
    const form = await parseBody('application/x-www-form-urlencoded', utf8(flat().toString()));
    const parts = await parseBody(
      request.headers.get('content-type') ?? undefined,
      new Uint8Array(await request.arrayBuffer()),
    );
    assert.ok(json.ok && form.ok && parts.ok);
    assert.deepEqual(json.payload.times, ['mornings', 'weekends']);
    for (const parsed of [form, parts]) {
      assert.deepEqual(parsed.payload.times, ['mornings', 'weekends']);
      assert.equal(parsed.payload.voicemailOk, 'true');
      assert.equal(parsed.payload.textOk, 'false');
      assert.deepEqual(validatePayload(parsed.payload), []);
    }
    assert.deepEqual(validatePayload(json.payload), []);
    const once = await parseBody('application/x-www-form-urlencoded', utf8('times=evenings'));
    assert.ok(once.ok);
    assert.deepEqual(once.payload.times, ['evenings']);
  });

  it('are all optional', () => {
    assert.deepEqual(validatePayload(valid()), []);
  });

  it('names each wrong answer by its key', () => {
    const errors = validatePayload({
      ...valid(),
      clientStatus: 'old',
      sessionFor: 'dog',
      format: 'phone',
      region: 'Oregon, please',
      payment: 'cash',
      insurer: 'x'.repeat(101),
      times: ['mornings', 'mornings'],
      voicemailOk: 'yes',
      textOk: 1,
      preferredName: 'a\u0007b',
      pronouns: ['she'],
      referral: 'tv',
    });
    assert.deepEqual(fields(errors).sort(), [
      'clientStatus',
      'format',
      'insurer',
      'insurer',
      'payment',
      'preferredName',
      'pronouns',
      'referral',
      'region',
      'sessionFor',
      'textOk',
      'times',
      'voicemailOk',
    ]);
  });

  it('take an insurer only with payment by insurance, and times only from the list', () => {
    assert.deepEqual(fields(validatePayload({ ...valid(), payment: 'self-pay', insurer: 'Aetna' })), [
      'insurer',
    ]);
    assert.deepEqual(fields(validatePayload({ ...valid(), times: ['noon'] })), ['times']);
    assert.deepEqual(fields(validatePayload({ ...valid(), times: [] })), ['times']);
    assert.deepEqual(fields(validatePayload({ ...valid(), region: 'CA-BC' })), []);
  });
});

describe('every question of the form (its field table, src/consult-request/fields.ts)', () => {
  const contact = ['name', 'email', 'phone', 'contactMethod', 'message', 'consent'];
  const choices = FIELDS.filter((f) => f.options && !contact.includes(f.key));

  it('is a question the inbox knows: each of its options accepted, anything else refused by its key', () => {
    assert.ok(choices.length >= 6, 'the table has its choices');
    for (const f of choices) {
      const one = (/** @type {string} */ option) => (f.control === 'checkboxes' ? [option] : option);
      for (const option of f.options ?? [])
        assert.deepEqual(validatePayload({ ...valid(), [f.key]: one(option) }), [], `${f.key}: ${option}`);
      assert.deepEqual(fields(validatePayload({ ...valid(), [f.key]: one('none-of-these') })), [f.key]);
    }
  });

  it('decodes a group of boxes to a list even when a form encoding sends one box', async () => {
    for (const f of FIELDS.filter((f) => f.control === 'checkboxes')) {
      const parsed = await parseBody('application/x-www-form-urlencoded', utf8(`${f.key}=${f.options?.[0]}`));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.payload[f.key], [f.options?.[0]], f.key);
    }
  });
});

describe('validatePayload', () => {
  it('accepts a complete payload, with hidden fields', () => {
    assert.deepEqual(validatePayload({ ...valid(), _subject: 'Hello', 'g-recaptcha-response': 'token' }), []);
    const { email: _email, ...noEmail } = valid();
    assert.deepEqual(validatePayload({ ...noEmail, contactMethod: 'text', phone: '+1 (503) 555-0134' }), []);
  });

  it('names each field that is wrong, by its payload key', () => {
    const errors = validatePayload({
      id: '123',
      name: '   ',
      email: 'not-an-email',
      contactMethod: 'pigeon',
      consent: false,
      page: 'https://example.org/contact?ref=ad',
      submittedAt: 'yesterday',
      message: 'x'.repeat(2001),
    });
    assert.deepEqual(fields(errors), [
      'id',
      'name',
      'email',
      'contactMethod',
      'message',
      'consent',
      'page',
      'submittedAt',
    ]);
  });

  it('requires a phone when the contact method is phone or text, else an email', () => {
    const { email: _email, ...noEmail } = valid();
    assert.deepEqual(fields(validatePayload(noEmail)), ['email']);
    assert.deepEqual(fields(validatePayload({ ...valid(), contactMethod: 'phone' })), ['phone']);
    assert.deepEqual(fields(validatePayload({ ...valid(), contactMethod: 'text', phone: '12' })), ['phone']);
  });

  it('counts the message in characters and accepts exactly 2,000', () => {
    assert.deepEqual(validatePayload({ ...valid(), message: '😊'.repeat(2000) }), []);
    assert.deepEqual(fields(validatePayload({ ...valid(), message: 'é'.repeat(2001) })), ['message']);
  });

  it('takes consent as true in JSON and as "true" in form encodings, nothing else', () => {
    for (const consent of [true, 'true', 'on'])
      assert.deepEqual(validatePayload({ ...valid(), consent }), []);
    for (const consent of [false, 'false', 'yes', 1, undefined]) {
      assert.deepEqual(fields(validatePayload({ ...valid(), consent })), ['consent']);
    }
  });

  it('refuses values that are not text', () => {
    assert.deepEqual(fields(validatePayload({ ...valid(), name: ['a'], extra: { a: 1 } })), [
      'name',
      'extra',
    ]);
  });
});

describe('handleConsult', () => {
  it('stores one JSON line per submission and answers a retry with the first record', async () => {
    const store = createStore(join(dir, 'nested', 'inbox.jsonl'));
    const payload = valid();
    const body = utf8(JSON.stringify(payload));
    const first = await handleConsult({ contentType: 'application/json', body, store });
    const retry = await handleConsult({ contentType: 'application/json', body, store });
    assert.equal(first.status, 201);
    assert.deepEqual(first.body, {
      ok: true,
      id: payload.id,
      receivedAt: /** @type {any} */ (first.body).receivedAt,
    });
    assert.equal(retry.status, 200);
    assert.equal(/** @type {any} */ (retry.body).receivedAt, /** @type {any} */ (first.body).receivedAt);

    const lines = readFileSync(store.file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    const record = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(record), ['receivedAt', 'encoding', 'contentType', 'payload']);
    assert.deepEqual(record.payload, payload);
    // A fresh store on the same file still knows the id (de-duplication survives a restart).
    assert.equal(
      (await handleConsult({ contentType: 'application/json', body, store: createStore(store.file) })).status,
      200,
    );
  });

  it('answers 422 in the element’s error shape and stores nothing; the summary holds no values', async () => {
    const store = createStore(join(dir, 'refused.jsonl'));
    const outcome = await handleConsult({
      contentType: 'application/json',
      body: utf8(JSON.stringify({ ...valid(), email: 'secret-at-example' })),
      store,
    });
    assert.equal(outcome.status, 422);
    assert.deepEqual(outcome.body, {
      errors: [{ field: 'email', message: 'Please enter an email address like name@example.com.' }],
    });
    assert.equal(store.count(), 0);
    assert.ok(!outcome.summary.includes('secret'));
  });

  it('lists newest first and clears', async () => {
    const store = createStore(join(dir, 'list.jsonl'));
    const a = valid();
    const b = valid();
    await handleConsult({ contentType: 'application/json', body: utf8(JSON.stringify(a)), store });
    await handleConsult({ contentType: 'application/json', body: utf8(JSON.stringify(b)), store });
    assert.deepEqual(
      store.list().map((r) => r.payload.id),
      [b.id, a.id],
    );
    assert.equal(store.clear(), 2);
    assert.deepEqual(store.list(), []);
  });
});

describe('validatePayload: waitlist and clinician', () => {
  it('takes waitlist as a boolean (true, or "true" in the form encodings) and a clinician id or any', () => {
    for (const extra of [
      { waitlist: true },
      { waitlist: 'true' },
      { clinician: 'any' },
      { clinician: 'kofi-mensah' },
    ]) {
      assert.deepEqual(fields(validatePayload({ ...valid(), ...extra })), [], JSON.stringify(extra));
    }
  });
  it('refuses a waitlist that is not a boolean and a clinician that is not an id', () => {
    assert.deepEqual(fields(validatePayload({ ...valid(), waitlist: 'soon' })), ['waitlist']);
    assert.deepEqual(fields(validatePayload({ ...valid(), clinician: '<b>Ana</b>' })), ['clinician']);
  });
});
