// payload.ts and fields.ts on their own, in Node: cleaning, the payload's keys and order, encodings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, cleanValues, buildPayload, encode } from '../../src/consult-request/payload.js';
import {
  FIELDS,
  DEFAULT_FIELDS,
  emptyValues,
  shownFields,
  isRequired,
  wantsPhone,
  tokensOf,
  type Values,
} from '../../src/consult-request/fields.js';

const all = new Set(['phone', 'contactMethod', 'message']);
const context = {
  id: 'i',
  page: 'https://x.example/p',
  submittedAt: 'T',
  locale: 'es',
  extra: [] as [string, string][],
};
// No `clinicians` here: the clinician's default (`any`) is what cleanValues empties for a form without them.
const filled = (o: Partial<Values> = {}): Values => ({
  ...emptyValues(),
  clinician: '',
  name: 'Ana',
  email: 'a@b.co',
  consent: true,
  ...o,
});

test('clean(): trims, drops control characters (a message keeps line breaks as \\n), normalises to NFC', () => {
  assert.equal(clean('  Jose\u0301\u0007  '), 'Jos\u00e9');
  assert.equal(clean('a\nb\tc'), 'abc');
  assert.equal(clean(' a\r\nb\u0000\u009f \n', true), 'a\nb');
  assert.equal(clean('one\rtwo', true), 'one\ntwo');
  assert.equal(clean('one\r\ntwo\ttab', true), 'one\ntwotab');
  assert.equal(clean('del\u007f and c1\u0085'), 'del and c1');
  assert.equal(clean(' \u00a0 '), '');
  assert.equal(clean('keeps ümlauts, ñ and 漢字'), 'keeps ümlauts, ñ and 漢字');
});

test('cleanValues(): cleans text, keeps a valid choice, drops an unknown one, empties optional fields not shown', () => {
  const v = {
    ...emptyValues(),
    name: ' Ana\u0007 ',
    email: ' a@b.co ',
    phone: ' 503 ',
    message: ' hi\r\nthere ',
    contactMethod: 'text',
    consent: true,
  };
  assert.deepEqual(cleanValues(v, all), {
    ...cleanValues(emptyValues(), all),
    name: 'Ana',
    email: 'a@b.co',
    phone: '503',
    contactMethod: 'text',
    message: 'hi\nthere',
    consent: true,
  });
  const onlyMessage = cleanValues(v, new Set(['message']));
  assert.equal(onlyMessage.phone, '');
  assert.equal(onlyMessage.contactMethod, '');
  assert.equal(onlyMessage.message, 'hi\nthere');
  assert.equal(onlyMessage.name, 'Ana', 'a field without a token is always kept');
  assert.equal(cleanValues({ ...v, consent: false }, all).consent, false);
  assert.equal(
    cleanValues({ ...v, contactMethod: 'fax' }, all).contactMethod,
    '',
    'a value that is not one of the choices',
  );
});

test('buildPayload(): documented order, empty optional answers omitted, therapist only when set, hidden fields last and never replacing ours', () => {
  const p = buildPayload(filled(), {
    ...context,
    extra: [
      ['_subject', 'S'],
      ['id', 'evil'],
      ['name', 'evil'],
      ['page', 'evil'],
    ],
  });
  assert.deepEqual(Object.keys(p), [
    'id',
    'name',
    'email',
    'contactMethod',
    'consent',
    'page',
    'submittedAt',
    'locale',
    '_subject',
  ]);
  assert.deepEqual(p, {
    id: 'i',
    name: 'Ana',
    email: 'a@b.co',
    contactMethod: 'email',
    consent: true,
    page: 'https://x.example/p',
    submittedAt: 'T',
    locale: 'es',
    _subject: 'S',
  });
  const full = buildPayload(filled({ phone: '503 555 0142', message: 'Hi', contactMethod: 'text' }), {
    ...context,
    therapist: 'ana-ruiz',
  });
  assert.deepEqual(Object.keys(full), [
    'id',
    'name',
    'email',
    'phone',
    'contactMethod',
    'message',
    'consent',
    'therapist',
    'page',
    'submittedAt',
    'locale',
  ]);
  assert.equal(full.therapist, 'ana-ruiz');
  assert.equal(full.phone, '503 555 0142');
  const byPhone = buildPayload(filled({ email: '', phone: '503 555 0142', contactMethod: 'phone' }), context);
  assert.equal('email' in byPhone, false, 'an empty email is left out when the phone is the way to reply');
  assert.equal(buildPayload(filled({ name: '' }), context).name, '', 'a required key is always there');
});

test('encode(): json has its Content-Type; form and multipart set no header (a CORS simple request) and carry every key', async () => {
  const p = buildPayload(filled({ message: 'a&b=c' }), { ...context, extra: [['_subject', 'S']] });
  const j = encode(p, 'json');
  assert.deepEqual(j.headers, { 'Content-Type': 'application/json' });
  assert.deepEqual(JSON.parse(j.body as string), p);
  const f = encode(p, 'form');
  assert.deepEqual(f.headers, {});
  assert.ok(f.body instanceof URLSearchParams);
  assert.equal(
    String(f.body),
    'id=i&name=Ana&email=a%40b.co&contactMethod=email&message=a%26b%3Dc&consent=true&page=https%3A%2F%2Fx.example%2Fp&submittedAt=T&locale=es&_subject=S',
  );
  const m = encode(p, 'multipart');
  assert.deepEqual(m.headers, {});
  assert.ok(m.body instanceof FormData);
  assert.deepEqual(
    [...(m.body as FormData).entries()],
    Object.entries(p).map(([k, v]) => [k, String(v)]),
  );
  const withNull = encode({ ...p, extraKey: null } as unknown as typeof p, 'form');
  assert.equal(
    (withNull.body as URLSearchParams).has('extraKey'),
    false,
    'null values are not sent as "null"',
  );
});

test('fields: the table drives what shows, what is required and in which order', () => {
  const order = FIELDS.map((f) => f.key);
  assert.deepEqual(order.slice(0, 1), ['name']);
  assert.equal(order.at(-1), 'consent');
  assert.deepEqual(
    order.filter((k) => ['email', 'phone', 'contactMethod', 'message'].includes(k)),
    ['email', 'phone', 'contactMethod', 'message'],
  );
  assert.deepEqual(
    [...shownFields(DEFAULT_FIELDS)],
    ['name', 'email', 'phone', 'contactMethod', 'message', 'consent'],
  );
  assert.deepEqual([...shownFields('')], ['name', 'email', 'consent']);
  assert.deepEqual([...shownFields('message,phone')], ['name', 'email', 'phone', 'message', 'consent']);
  assert.deepEqual(
    [...shownFields('contact-method')],
    ['name', 'email', 'consent'],
    'contact-method needs phone',
  );
  assert.deepEqual(
    [...shownFields(' phone  contact-method ')],
    ['name', 'email', 'phone', 'contactMethod', 'consent'],
  );
  assert.deepEqual([...shownFields('Phone')], ['name', 'email', 'consent'], 'tokens are exact');
  const byKey = Object.fromEntries(FIELDS.map((f) => [f.key, f]));
  for (const method of ['phone', 'text']) {
    assert.equal(wantsPhone(filled({ contactMethod: method })), true);
    assert.equal(isRequired(byKey.phone!, filled({ contactMethod: method })), true);
    assert.equal(isRequired(byKey.email!, filled({ contactMethod: method })), false);
  }
  assert.equal(wantsPhone(filled()), false);
  assert.equal(isRequired(byKey.email!, filled()), true);
  assert.equal(isRequired(byKey.phone!, filled()), false);
  assert.equal(isRequired(byKey.name!, filled()), true);
  assert.equal(isRequired(byKey.message!, filled()), false);
  assert.deepEqual(byKey.contactMethod!.options, ['email', 'phone', 'text']);
  assert.equal(byKey.message!.max, 2000);
  assert.deepEqual(
    ['name', 'email', 'phone'].map((k) => byKey[k]!.autocomplete),
    ['name', 'email', 'tel'],
  );
  assert.deepEqual(
    [emptyValues().name, emptyValues().contactMethod, emptyValues().consent],
    ['', 'email', false],
  );
  assert.notEqual(emptyValues(), emptyValues(), 'a fresh object each time');
});

test('clinician and waitlist: the chosen id or any while clinicians are shown, nothing otherwise; waitlist only when set', () => {
  const v = { ...emptyValues(), name: 'Ana', email: 'a@b.co', consent: true };
  assert.equal(buildPayload(cleanValues(v, all), context).clinician, undefined, 'no clinicians: no key');
  const shown = new Set([...all, 'clinician']);
  assert.equal(buildPayload(cleanValues(v, shown), context).clinician, 'any', 'the default');
  assert.equal(buildPayload(cleanValues({ ...v, clinician: 'kofi' }, shown), context).clinician, 'kofi');
  assert.deepEqual([...shownFields('', v, [], ['kofi'])], ['name', 'email', 'clinician', 'consent']);
  assert.equal(buildPayload(v, { ...context, waitlist: true }).waitlist, true);
  assert.equal('waitlist' in buildPayload(v, { ...context, waitlist: false }), false);
  const f = new URLSearchParams(
    encode(buildPayload(cleanValues(v, shown), { ...context, waitlist: true }), 'form')
      .body as URLSearchParams,
  );
  assert.deepEqual([f.get('clinician'), f.get('waitlist')], ['any', 'true']);
});

test('clean(): trims, drops control characters (a message keeps line breaks), NFC: short cases', () => {
  assert.equal(clean('  Jose\u0301\u0007  '), 'Jos\u00e9');
  assert.equal(clean('a\nb\tc'), 'abc');
  assert.equal(clean(' a\r\nb\u0000\u009f \n', true), 'a\nb');
  assert.equal(clean(' \u00a0 '), '');
});

test('cleanValues(): leaves out the optional fields that are not shown', () => {
  const v = { ...emptyValues(), name: ' Ana ', phone: '503', message: 'hi', contactMethod: 'text' };
  const cleaned = cleanValues(v, new Set(['message']));
  assert.deepEqual(
    {
      name: cleaned.name,
      phone: cleaned.phone,
      contactMethod: cleaned.contactMethod,
      message: cleaned.message,
    },
    { name: 'Ana', phone: '', contactMethod: '', message: 'hi' },
  );
});

test('buildPayload(): documented order, empty optional fields omitted, hidden fields last and never replacing ours', () => {
  const p = buildPayload(
    { name: 'Ana', email: 'a@b.co', phone: '', contactMethod: 'email', message: '', consent: true } as Values,
    {
      id: 'i',
      page: 'https://x.example/p',
      submittedAt: 'T',
      locale: 'es',
      extra: [
        ['_subject', 'S'],
        ['id', 'evil'],
        ['name', 'evil'],
      ],
    },
  );
  assert.deepEqual(Object.keys(p), [
    'id',
    'name',
    'email',
    'contactMethod',
    'consent',
    'page',
    'submittedAt',
    'locale',
    '_subject',
  ]);
  const fields = p as unknown as Record<string, unknown>;
  assert.deepEqual(
    { id: fields.id, name: fields.name, consent: fields.consent, _subject: fields._subject },
    { id: 'i', name: 'Ana', consent: true, _subject: 'S' },
  );
});

test('encode(): json has its Content-Type; form and multipart set no header (a CORS simple request): short cases', () => {
  // clinician: '' as cleanValues() leaves it on a form without clinicians.
  const p = buildPayload(
    { ...emptyValues(), name: 'Ana', consent: true, clinician: '' },
    { id: 'i', page: 'p', submittedAt: 't', locale: 'l', extra: [] },
  );
  const j = encode(p, 'json');
  assert.deepEqual(j.headers, { 'Content-Type': 'application/json' });
  assert.deepEqual(JSON.parse(j.body as string), p);
  const f = encode(p, 'form');
  assert.deepEqual(f.headers, {});
  assert.equal(
    String(f.body),
    'id=i&name=Ana&contactMethod=email&consent=true&page=p&submittedAt=t&locale=l',
  );
  const m = encode(p, 'multipart');
  assert.ok(m.body instanceof FormData);
  assert.deepEqual(m.headers, {});
});

test('cleanValues(): times keeps only known choices, and none when not shown; a list choice outside its options is dropped', () => {
  const shown = new Set(['times', 'referral', 'message']);
  const v: Values = {
    ...emptyValues(),
    name: 'Ana\nRuiz',
    times: ['mornings', 'bogus', 'weekends'],
    referral: 'billboard',
    message: 'a\nb',
  };
  const cleaned = cleanValues(v, shown);
  assert.deepEqual(cleaned.times, ['mornings', 'weekends']);
  assert.equal(cleaned.referral, '', 'a select takes only its options');
  assert.equal(cleanValues({ ...v, referral: 'friend' }, shown).referral, 'friend');
  assert.equal(cleaned.name, 'AnaRuiz', 'a name has no line breaks');
  assert.equal(cleaned.message, 'a\nb', 'a message keeps them');
  assert.deepEqual(cleanValues(v, new Set(['message'])).times, [], 'times not shown');
  assert.deepEqual(cleanValues({ ...v, times: 'mornings' as never }, shown).times, [], 'not a list');
  assert.equal(cleanValues({ ...v, name: 42 as never }, shown).name, '', 'text that is not a string');
});

test('buildPayload(): a yes-or-no that was shown is sent either way (false means "please do not")', () => {
  const p = buildPayload(
    { ...filled(), phone: '503 555 0142', voicemailOk: false, textOk: true },
    context,
  ) as unknown as Record<string, unknown>;
  assert.equal(p.voicemailOk, false);
  assert.equal(p.textOk, true);
});

test('fields: tokens are read through spaces and commas alike; an empty form starts with no times', () => {
  assert.deepEqual(tokensOf(' phone,  message ,times'), ['phone', 'message', 'times']);
  assert.deepEqual(tokensOf(''), []);
  assert.deepEqual(emptyValues().times, []);
});
