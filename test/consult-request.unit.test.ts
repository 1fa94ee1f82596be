// The plain modules behind <consult-request>, on their own: no element, no server.
import { expect } from '@open-wc/testing';
import { clean, cleanValues, buildPayload, encode } from '../src/consult-request/payload.js';
import { emptyValues } from '../src/consult-request/fields.js';
import { validate } from '../src/consult-request/validate.js';
import { endpointURL, retryAt } from '../src/consult-request/send.js';
import { failureText, serverErrors } from '../src/consult-request/failure.js';

const BASE = 'https://therapist.example/contact/?q=1';
const all = new Set(['phone', 'contactMethod', 'message']);

describe('<consult-request> modules', () => {
  describe('payload', () => {
    it('clean(): trims, drops control characters (a message keeps line breaks), NFC', () => {
      expect(clean('  Jose\u0301\u0007  ')).to.equal('Jos\u00e9');
      expect(clean('a\nb\tc')).to.equal('abc');
      expect(clean(' a\r\nb\u0000\u009f \n', true)).to.equal('a\nb');
      expect(clean(' \u00a0 ')).to.equal('');
    });

    it('cleanValues(): leaves out the optional fields that are not shown', () => {
      const v = { ...emptyValues(), name: ' Ana ', phone: '503', message: 'hi', contactMethod: 'text' };
      expect(cleanValues(v, new Set(['message']))).to.include({
        name: 'Ana',
        phone: '',
        contactMethod: '',
        message: 'hi',
      });
    });

    it('buildPayload(): documented order, empty optional fields omitted, hidden fields last and never replacing ours', () => {
      const p = buildPayload(
        { name: 'Ana', email: 'a@b.co', phone: '', contactMethod: 'email', message: '', consent: true },
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
      expect(Object.keys(p)).to.deep.equal([
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
      expect(p).to.include({ id: 'i', name: 'Ana', consent: true, _subject: 'S' });
    });

    it('encode(): json has its Content-Type; form and multipart set no header (a CORS simple request)', () => {
      // clinician: '' as cleanValues() leaves it on a form without clinicians.
      const p = buildPayload(
        { ...emptyValues(), name: 'Ana', consent: true, clinician: '' },
        { id: 'i', page: 'p', submittedAt: 't', locale: 'l', extra: [] },
      );
      const j = encode(p, 'json');
      expect(j.headers).to.deep.equal({ 'Content-Type': 'application/json' });
      expect(JSON.parse(j.body as string)).to.deep.equal(p);
      const f = encode(p, 'form');
      expect(f.headers).to.deep.equal({});
      expect(String(f.body)).to.equal(
        'id=i&name=Ana&contactMethod=email&consent=true&page=p&submittedAt=t&locale=l',
      );
      const m = encode(p, 'multipart');
      expect(m.body).to.be.instanceOf(FormData);
      expect(m.headers).to.deep.equal({});
    });
  });

  describe('validate', () => {
    const v = (o: object) =>
      cleanValues({ ...emptyValues(), name: 'Ana', email: 'ana@example.org', consent: true, ...o }, all);
    it('passes a complete form', () => expect(validate(v({}))).to.deep.equal({}));
    it('requires a name and consent', () => {
      expect(Object.keys(validate(v({ name: ' ', consent: false })))).to.deep.equal(['name', 'consent']);
    });
    it('needs an email, or a phone when the client chose phone or text', () => {
      expect(validate(v({ email: '' }))).to.have.keys('email');
      expect(validate(v({ email: '', contactMethod: 'phone' }))).to.have.keys('phone');
      expect(validate(v({ email: '', contactMethod: 'text', phone: '+1 (503) 555-0142' }))).to.deep.equal({});
    });
    it('checks the shape of an email and a phone number', () => {
      for (const email of ['ana', 'ana@', 'ana@example', 'a b@example.org', '@example.org'])
        expect(validate(v({ email })), email).to.have.keys('email');
      for (const phone of ['12345', '555-CALL-NOW', '1234567890123456'])
        expect(validate(v({ phone })), phone).to.have.keys('phone');
      expect(
        validate(v({ email: 'ana.ruiz+consult@mail.example.org', phone: '503.555.0142' })),
      ).to.deep.equal({});
    });
  });

  describe('serverErrors', () => {
    const fields = new Set(['name', 'email']);
    it('reads [{field, message}] (Formspree)', () => {
      expect(
        serverErrors(
          { errors: [{ field: 'email', message: 'Bad', code: 'X' }, { message: 'General' }] },
          fields,
        ),
      ).to.deep.equal({
        fields: { email: 'Bad' },
        general: ['General'],
      });
    });
    it('reads {field: [message]} (Rails, Laravel)', () => {
      expect(
        serverErrors({ errors: { name: ['Too short', 'Really'], other: 'Nope' } }, fields),
      ).to.deep.equal({
        fields: { name: 'Too short Really' },
        general: ['Nope'],
      });
    });
    it('ignores anything else', () => {
      for (const body of [null, 'text', { errors: 3 }, { errors: [null, { field: 'name' }] }, {}])
        expect(serverErrors(body, fields)).to.deep.equal({ fields: {}, general: [] });
    });
  });

  describe('endpointURL (also used for success-redirect)', () => {
    it('accepts https:, same-origin paths, and http: on localhost', () => {
      for (const ok of [
        'https://formspree.io/f/abc',
        'https://script.google.com/macros/s/x/exec?a=1',
        '/api/consult',
        './consult',
        '../consult',
        'http://localhost:3000/x',
        'http://127.0.0.1:8787/',
        'http://[::1]/x',
      ])
        expect(endpointURL(ok, BASE)?.href, ok).to.be.a('string');
      expect(endpointURL('/api', 'http://site.example/page')?.href).to.equal('http://site.example/api');
      expect(endpointURL('//evil.example/x', 'http://site.example/')).to.equal(undefined);
    });
    it('refuses everything else', () => {
      for (const bad of [
        null,
        undefined,
        '',
        '  ',
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:text/html,x',
        'ftp://example.org/x',
        'http://example.com/x',
        'not a url',
        'consult',
        'https://',
        'https:// x',
        '/a b',
        'java\nscript:x',
        '\\\\evil',
      ])
        expect(endpointURL(bad, BASE), String(bad)).to.equal(undefined);
    });
  });

  describe('retryAt', () => {
    it('reads delta seconds and HTTP dates, and nothing else', () => {
      expect(retryAt('120', 1000)).to.equal(121000);
      expect(retryAt('Wed, 21 Oct 2026 07:28:00 GMT', 0)).to.equal(Date.UTC(2026, 9, 21, 7, 28));
      expect(retryAt('Wed, 21 Oct 2015 07:28:00 GMT', Date.now() + 5)).to.be.at.least(Date.now());
      for (const bad of [null, '', 'soon', '-5']) expect(retryAt(bad, 0), String(bad)).to.equal(undefined);
    });
  });

  describe('failureText', () => {
    it('says what happened, that nothing is lost, and what to do', () => {
      expect(failureText({ type: 'http', status: 500, body: null }, [], 'en')).to.equal(
        'The server could not take your request (error 500). Everything you typed is still here; please try again.',
      );
      expect(
        failureText({ type: 'http', status: 429, body: null, retryAt: 31000 }, [], 'en', 1000),
      ).to.contain('try again in 30 seconds.');
      expect(
        failureText(
          { type: 'http', status: 429, body: null, retryAt: Date.UTC(2026, 0, 1, 15, 41) },
          [],
          'en-US',
          Date.UTC(2026, 0, 1, 15, 30),
        ),
      ).to.match(/try again at \d{1,2}:41/);
      expect(failureText({ type: 'http', status: 429, body: null }, [], 'en')).to.contain(
        'you can try again now.',
      );
      expect(failureText({ type: 'http', status: 400, body: null }, ['Subject missing.'], 'en')).to.equal(
        'Subject missing.',
      );
    });
  });
});
