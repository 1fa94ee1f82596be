// Real form services' answers, as the test server plays them (test/support/endpoint-server.js):
// redirects (Web3Forms, Apps Script), a thank-you page, Formspree's error codes, and bodies too
// large to take. What the client sees, and what the server got.
import { oneEvent } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import {
  $,
  button,
  click,
  errorOf,
  expect,
  fillAndSend,
  expectKept,
  fillValid,
  form,
  posts,
  recorded,
  settled,
  statusText,
} from './support/consult-request.js';

const MAY_HAVE_ARRIVED = en.failedNetwork;
const TOO_LARGE = en.tooLarge;
/** What each test types after name, email and consent. */
const TYPED = { message: 'Evenings, thanks' };

describe("<consult-request> and real services' answers", () => {
  it('Apps Script: a form-encoded POST answered 302 to another origin that allows any origin is a success, sent once', async () => {
    const { el, tag } = await form('redirect302', { encoding: 'form' });
    const success = oneEvent(el, 'consult-success');
    await fillAndSend(el, TYPED);
    expect((await success).detail).to.deep.equal({ status: 200, body: { result: 'success' } });
    expect(el.status).to.equal('success');
    expect(statusText(el)).to.equal('Your request was sent.');
    const all = await recorded(tag);
    // The POST, then the browser's GET of the page it was sent to.
    expect(all.map((r) => r.method)).to.deep.equal(['POST', 'GET']);
    expect(all[1].url).to.equal(`/t/${tag}/script-result`);
  });

  it('Web3Forms given a form-encoded POST: a 301 to a page we may not read says the request may have arrived, and a retry carries the same id', async () => {
    const { el, tag } = await form('redirect301', { encoding: 'form' });
    const error = oneEvent(el, 'consult-error');
    await fillAndSend(el, TYPED);
    expect((await error).detail).to.deep.equal({ kind: 'network' });
    expect(statusText(el)).to.equal(MAY_HAVE_ARRIVED);
    expectKept(el, TYPED);
    expect(await posts(tag)).to.have.length(1);
    await click(button(el));
    await settled(el);
    const sent = await posts(tag);
    expect(sent).to.have.length(2);
    const ids = sent.map((r) => new URLSearchParams(r.body).get('id'));
    expect(ids[0]).to.be.a('string');
    expect(ids[1]).to.equal(ids[0]);
  });

  it('200 with an HTML page (a service that ignores Accept: application/json): success, quietly', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const { el } = await form('html200');
      const success = oneEvent(el, 'consult-success');
      await fillAndSend(el, TYPED);
      expect((await success).detail.status).to.equal(200);
      expect(el.status).to.equal('success');
      expect($(el, '[part="success"]').textContent).to.contain('Thank you. Your request was sent.');
      expect(logged).to.have.length(0);
    } finally {
      console.error = original;
    }
  });

  describe('Formspree error codes', () => {
    for (const [code, field] of [
      ['TYPE_EMAIL', 'email'],
      ['REQUIRED_FIELD_EMPTY', 'name'],
      ['REQUIRED_FIELD_MISSING', 'email'],
    ]) {
      it(`${code} on "${field}": the message at that field, focus there, no dead end`, async () => {
        const { el } = await form(`formspree?status=422&code=${code}&field=${field}`, {
          'contact-email': 'ana@example.org',
        });
        await fillAndSend(el, TYPED);
        expect(errorOf(el, field)).to.be.a('string').and.not.equal('');
        expect($(el, `#${field}`).getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.querySelector('[part="dead-end"]')).to.equal(null);
        expectKept(el, TYPED);
      });
    }
    // FORM_NOT_FOUND, INACTIVE, BLOCKED, EMPTY and a required field this form lacks lead to the
    // dead-end offer: test/consult-request.dead-end.test.ts.
  });

  describe('too large', () => {
    it('a body over 32 KB is not sent: a clear message at the longest field, every value kept', async () => {
      const { el, tag } = await form('ok200');
      await fillValid(el);
      const message = $<HTMLTextAreaElement>(el, '#message');
      // Pasted past maxlength by a script or an extension: 40,000 characters.
      message.value = 'Long story. '.repeat(3334);
      message.dispatchEvent(new Event('input', { bubbles: true }));
      const error = oneEvent(el, 'consult-error');
      await click(button(el));
      await settled(el);
      expect((await error).detail).to.deep.equal({ kind: 'validation' });
      expect(statusText(el)).to.equal(TOO_LARGE);
      expect(errorOf(el, 'message')).to.equal('Please make this shorter.');
      expect(message.value).to.have.length(12 * 3334);
      expect(await posts(tag)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a 413 answer: the same message, values kept', async () => {
      const { el } = await form('too-large413');
      const error = oneEvent(el, 'consult-error');
      await fillAndSend(el, TYPED);
      expect((await error).detail).to.deep.equal({ kind: 'http', status: 413 });
      expect(statusText(el)).to.equal(TOO_LARGE);
      expect(errorOf(el, 'message')).to.equal('Please make this shorter.');
      expectKept(el, TYPED);
    });
  });
});
