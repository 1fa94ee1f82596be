// validate.ts and failure.ts on their own, in Node: field rules, server errors, what a failure says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../src/consult-request/validate.js';
import { failureText, readFailure, serverErrors } from '../../src/consult-request/failure.js';
import { cleanValues } from '../../src/consult-request/payload.js';
import { emptyValues } from '../../src/consult-request/fields.js';
import { en } from '../../src/i18n/en.js';

const all = new Set(['phone', 'contactMethod', 'message']);
const v = (o: object) =>
  cleanValues({ ...emptyValues(), name: 'Ana', email: 'ana@example.org', consent: true, ...o }, all);

test('validate(): a complete form passes; each missing required field gets its own message', () => {
  assert.deepEqual(validate(v({})), {});
  assert.deepEqual(validate(v({ name: ' ', email: '', consent: false })), {
    name: 'Please enter your name.',
    email: 'Please enter your email, so we can reply.',
    consent: 'Please tick this box so we may contact you.',
  });
});

test('validate(): a phone instead of an email when the client chose phone or text', () => {
  assert.deepEqual(validate(v({ email: '', contactMethod: 'phone' })), {
    phone: 'Please enter a phone number, so we can call or text you.',
  });
  assert.deepEqual(validate(v({ email: '', contactMethod: 'text' })), {
    phone: 'Please enter a phone number, so we can call or text you.',
  });
  assert.deepEqual(validate(v({ email: '', contactMethod: 'text', phone: '+1 (503) 555-0142' })), {});
  assert.deepEqual(
    validate(v({ email: 'bad', contactMethod: 'text', phone: '+1 (503) 555-0142' })),
    { email: 'Please check this email address (like name@example.com).' },
    'an email given is still checked',
  );
});

test('validate(): the shape of an email', () => {
  for (const email of [
    'ana',
    'ana@',
    'ana@example',
    'a b@example.org',
    '@example.org',
    'ana@@example.org',
    'ana@example..org',
    'ana@.example.org',
    'ana@example.org.',
  ])
    assert.deepEqual(
      validate(v({ email })),
      { email: 'Please check this email address (like name@example.com).' },
      email,
    );
  for (const email of ['ana.ruiz+consult@mail.example.org', 'a@b.co', 'ñ@ejemplo.es'])
    assert.deepEqual(validate(v({ email })), {}, email);
});

test('validate(): a phone number has 7 to 15 digits and only phone punctuation', () => {
  const bad = 'Please enter a phone number with 7 to 15 digits.';
  for (const phone of ['123456', '555-CALL-NOW', '1234567890123456', '503#555#0142', '503/555/0142'])
    assert.deepEqual(validate(v({ phone })), { phone: bad }, phone);
  for (const phone of ['1234567', '123456789012345', '503.555.0142', '+1 (503) 555-0142', '503-555-0142'])
    assert.deepEqual(validate(v({ phone })), {}, phone);
});

test('validate(): in the catalog it is given', () => {
  const t = {
    ...en,
    nameMissing: 'N',
    phoneInvalid: ({ min, max }: { min: number; max: number }) => `P${min}-${max}`,
  };
  assert.deepEqual(validate(v({ name: '', phone: '12' }), t), { name: 'N', phone: 'P7-15' });
});

test('serverErrors(): [{field, message}] (Formspree) and {field: [message]} (Rails, Laravel); others go to general', () => {
  const fields = new Set(['name', 'email']);
  assert.deepEqual(
    serverErrors(
      {
        errors: [
          { field: 'email', message: 'Bad', code: 'X' },
          { message: 'General' },
          { field: 'email', message: 'Second' },
        ],
      },
      fields,
    ),
    {
      fields: { email: 'Bad' },
      general: ['General'],
    },
  );
  assert.deepEqual(serverErrors({ errors: { name: ['Too short', 'Really'], other: 'Nope' } }, fields), {
    fields: { name: 'Too short Really' },
    general: ['Nope'],
  });
  assert.deepEqual(serverErrors({ errors: [{ field: 'phone', message: 'Not shown' }] }, fields), {
    fields: {},
    general: ['Not shown'],
  });
  for (const body of [
    null,
    undefined,
    'text',
    3,
    { errors: 3 },
    { errors: 'x' },
    { errors: [null, { field: 'name' }, { field: 'name', message: '' }, { field: 'name', message: 5 }] },
    {},
  ])
    assert.deepEqual(serverErrors(body, fields), { fields: {}, general: [] }, JSON.stringify(body));
});

test('failureText(): says what happened, that nothing is lost, and what to do', () => {
  assert.equal(
    failureText({ type: 'http', status: 500, body: null }, [], 'en'),
    en.failedHttp({ status: 500 }),
  );
  assert.match(
    failureText({ type: 'http', status: 500, body: null }, [], 'en'),
    /error 500\)\. Everything you typed is still here/,
  );
  assert.equal(failureText({ type: 'offline' }, [], 'en'), en.failedOffline);
  assert.equal(failureText({ type: 'timeout' }, [], 'en'), en.failedTimeout);
  assert.equal(failureText({ type: 'network' }, [], 'en'), en.failedNetwork);
  assert.equal(failureText({ type: 'aborted' }, [], 'en'), en.failedNetwork);
  assert.equal(
    failureText({ type: 'http', status: 400, body: null }, ['Subject missing.', 'And more.'], 'en'),
    'Subject missing. And more.',
  );
  assert.equal(failureText({ type: 'http', status: 429, body: null }, ['ignored'], 'en'), en.rateLimitedNow);
});

test('failureText(): a 429 says when to try again: now, in seconds (under 90), or at a clock time', () => {
  const http = (retryAt?: number) => ({ type: 'http' as const, status: 429, body: null, retryAt });
  assert.equal(failureText(http(1000), [], 'en', 1000), en.rateLimitedNow);
  assert.equal(failureText(http(1400), [], 'en', 1000), en.rateLimitedFor({ wait: 1 }), 'rounded up');
  assert.match(failureText(http(1400), [], 'en', 1000), /try again in 1 second\.$/);
  assert.match(failureText(http(31000), [], 'en', 1000), /try again in 30 seconds\.$/);
  assert.match(failureText(http(90000), [], 'en', 1000), /try again in 89 seconds\.$/);
  assert.equal(
    failureText(http(91000), [], 'en-US', 1000),
    en.rateLimitedUntil({ at: new Date(91000), locale: 'en-US' }),
    '90 seconds is a clock time',
  );
  const at = Date.UTC(2026, 0, 1, 15, 41);
  assert.equal(
    failureText(http(at), [], 'en-US', at - 91000),
    en.rateLimitedUntil({ at: new Date(at), locale: 'en-US' }),
  );
  assert.match(failureText(http(at), [], 'en-US', at - 11 * 60000), /try again at \d{1,2}:41/);
});

test('readFailure(): the event detail, the sentence, the per-field messages and the retry time', () => {
  const fields = new Set(['name', 'email']);
  assert.deepEqual(
    readFailure({ type: 'http', status: 422, body: { errors: { email: ['Bounced'] } } }, fields, 'en'),
    {
      detail: { kind: 'http', status: 422 },
      notice: en.checkFields,
      errors: { email: 'Bounced' },
      retryAt: 0,
    },
  );
  assert.deepEqual(
    readFailure(
      {
        type: 'http',
        status: 400,
        body: { errors: [{ message: 'Own words' }, { field: 'name', message: 'N' }] },
      },
      fields,
      'en',
    ),
    {
      detail: { kind: 'http', status: 400 },
      notice: 'Own words',
      errors: { name: 'N' },
      retryAt: 0,
    },
  );
  assert.deepEqual(
    readFailure(
      { type: 'http', status: 500, body: { errors: { email: ['not read on a 500'] } } },
      fields,
      'en',
    ).errors,
    {},
  );
  assert.deepEqual(
    readFailure({ type: 'http', status: 429, body: null, retryAt: 5000 }, fields, 'en', en, 1000),
    {
      detail: { kind: 'http', status: 429 },
      notice: en.rateLimitedFor({ wait: 4 }),
      errors: {},
      retryAt: 5000,
    },
  );
  assert.equal(
    readFailure({ type: 'http', status: 503, body: null, retryAt: 5000 }, fields, 'en').retryAt,
    0,
    'only a 429 blocks a retry',
  );
  assert.deepEqual(readFailure({ type: 'timeout' }, fields, 'en').detail, { kind: 'timeout' });
  assert.deepEqual(readFailure({ type: 'offline' }, fields, 'en').detail, { kind: 'network' });
  assert.deepEqual(readFailure({ type: 'network' }, fields, 'en'), {
    detail: { kind: 'network' },
    notice: en.failedNetwork,
    errors: {},
    retryAt: 0,
  });
});

test('en catalog: sentences with numbers and names', () => {
  assert.equal(en.ctaLabel({ minutes: 20 }), 'Book a free 20-minute consultation');
  assert.equal(en.dialogTitle({ minutes: 30 }), 'Request a free 30-minute consultation');
  assert.equal(en.messageCount({ used: 8, max: 2000 }), '8 / 2000');
  assert.equal(en.messageNearLimit({ under: 100 }), 'Fewer than 100 characters left.');
  assert.equal(en.phoneInvalid({ min: 7, max: 15 }), 'Please enter a phone number with 7 to 15 digits.');
  assert.match(
    en.successNext({ minutes: 20, by: 'email' }),
    /^You will hear back by email to arrange your free 20-minute consultation\./,
  );
  assert.match(
    en.successNext({ minutes: 45, by: 'phone' }),
    /^You will hear back by phone to arrange your free 45-minute/,
  );
  assert.match(en.successNext({ minutes: 20, by: 'text' }), /^You will hear back by text message to/);
  assert.match(en.rateLimitedFor({ wait: 1 }), /in 1 second\.$/);
  assert.match(en.rateLimitedFor({ wait: 2 }), /in 2 seconds\.$/);
  assert.match(
    en.rateLimitedUntil({ at: new Date(Date.UTC(2026, 0, 1, 15, 41)), locale: 'en-GB' }),
    /at \d{2}:41\.$/,
  );
});

test('en catalog: every entry says something (a blank sentence is a broken form)', () => {
  const sample = {
    minutes: 20,
    used: 8,
    max: 2000,
    under: 100,
    min: 7,
    status: 500,
    wait: 3,
    at: new Date(Date.UTC(2026, 0, 1, 15, 41)),
    locale: 'en-US',
    by: 'email' as const,
    label: 'Your name',
    answer: 'Ana',
  };
  // Every leaf: a string, or what a sentence function returns; objects and lists are walked.
  const texts: [string, unknown][] = [];
  const walk = (key: string, entry: unknown): void => {
    if (typeof entry === 'function') texts.push([key, (entry as (a: typeof sample) => unknown)(sample)]);
    else if (entry && typeof entry === 'object')
      for (const [k, v] of Object.entries(entry)) walk(`${key}.${k}`, v);
    else texts.push([key, entry]);
  };
  for (const [key, entry] of Object.entries(en)) walk(key, entry);
  assert.ok(texts.length >= 40, 'the whole catalog');
  for (const [key, text] of texts) {
    assert.equal(typeof text, 'string', key);
    assert.ok((text as string).trim().length > 1, `${key} is not blank`);
  }
  assert.deepEqual(Object.keys(en.contactMethodOptions), ['email', 'phone', 'text']);
});

test('validate(): passes a complete form', () => assert.deepEqual(validate(v({})), {}));

test('validate(): requires a name and consent', () => {
  assert.deepEqual(Object.keys(validate(v({ name: ' ', consent: false }))), ['name', 'consent']);
});

test('validate(): needs an email, or a phone when the client chose phone or text', () => {
  assert.deepEqual(Object.keys(validate(v({ email: '' }))), ['email']);
  assert.deepEqual(Object.keys(validate(v({ email: '', contactMethod: 'phone' }))), ['phone']);
  assert.deepEqual(validate(v({ email: '', contactMethod: 'text', phone: '+1 (503) 555-0142' })), {});
});

test('validate(): checks the shape of an email and a phone number', () => {
  for (const email of ['ana', 'ana@', 'ana@example', 'a b@example.org', '@example.org'])
    assert.deepEqual(Object.keys(validate(v({ email }))), ['email'], email);
  for (const phone of ['12345', '555-CALL-NOW', '1234567890123456'])
    assert.deepEqual(Object.keys(validate(v({ phone }))), ['phone'], phone);
  assert.deepEqual(validate(v({ email: 'ana.ruiz+consult@mail.example.org', phone: '503.555.0142' })), {});
});

test('serverErrors(): reads [{field, message}] (Formspree)', () => {
  const fields = new Set(['name', 'email']);
  assert.deepEqual(
    serverErrors({ errors: [{ field: 'email', message: 'Bad', code: 'X' }, { message: 'General' }] }, fields),
    { fields: { email: 'Bad' }, general: ['General'] },
  );
});

test('serverErrors(): reads {field: [message]} (Rails, Laravel)', () => {
  const fields = new Set(['name', 'email']);
  assert.deepEqual(serverErrors({ errors: { name: ['Too short', 'Really'], other: 'Nope' } }, fields), {
    fields: { name: 'Too short Really' },
    general: ['Nope'],
  });
});

test('serverErrors(): ignores anything else', () => {
  const fields = new Set(['name', 'email']);
  for (const body of [null, 'text', { errors: 3 }, { errors: [null, { field: 'name' }] }, {}])
    assert.deepEqual(serverErrors(body, fields), { fields: {}, general: [] });
});

test('failureText(): says what happened, that nothing is lost, and what to do: each case', () => {
  assert.equal(
    failureText({ type: 'http', status: 500, body: null }, [], 'en'),
    'The server could not take your request (error 500). Everything you typed is still here; please try again.',
  );
  assert.ok(
    failureText({ type: 'http', status: 429, body: null, retryAt: 31000 }, [], 'en', 1000).includes(
      'try again in 30 seconds.',
    ),
  );
  assert.match(
    failureText(
      { type: 'http', status: 429, body: null, retryAt: Date.UTC(2026, 0, 1, 15, 41) },
      [],
      'en-US',
      Date.UTC(2026, 0, 1, 15, 30),
    ),
    /try again at \d{1,2}:41/,
  );
  assert.ok(
    failureText({ type: 'http', status: 429, body: null }, [], 'en').includes('you can try again now.'),
  );
  assert.equal(
    failureText({ type: 'http', status: 400, body: null }, ['Subject missing.'], 'en'),
    'Subject missing.',
  );
});
