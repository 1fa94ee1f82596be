// <consult-request> against a real HTTP server on another origin (test/support/endpoint-server.js):
// what the server receives for each encoding, and what a person sees and hears for every outcome.
import { oneEvent, aTimeout } from '@open-wc/testing';
import {
  $,
  expect,
  form,
  fillAndSend,
  expectKept,
  fillValid,
  click,
  typeInto,
  button,
  posts,
  recorded,
  settled,
  statusText,
  visibleText,
  errorOf,
  deepActive,
  waitFor,
  type Recorded,
} from './support/consult-request.js';

const json = (r: Recorded) => JSON.parse(r.body);
/** Allocates and drops a few megabytes, so that a garbage collection is likely to come soon. */
const churn = () => Array.from({ length: 2e4 }, (_, i) => ({ i, s: String(i) })).length;

describe('<consult-request> sending', () => {
  describe('what the server receives', () => {
    it('json: the documented keys in order, Accept and Content-Type, a preflight, no query string in `page`', async () => {
      const { el, tag } = await form('ok200', { therapist: 'ana-ruiz' });
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?q=secret#frag`);
      try {
        await fillValid(el);
        await typeInto(el, 'phone', '503-827 4169');
        await typeInto(el, 'message', 'Hi there');
        await click(button(el));
        await settled(el);
      } finally {
        history.replaceState(null, '', before);
      }
      const all = await recorded(tag);
      expect(all.map((r) => r.method)).to.deep.equal(['OPTIONS', 'POST']);
      const [post] = all.slice(1);
      expect(post.headers['content-type']).to.equal('application/json');
      expect(post.headers.accept).to.equal('application/json');
      expect(post.headers.cookie).to.equal(undefined);
      const body = json(post);
      expect(Object.keys(body)).to.deep.equal([
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
      expect(body).to.include({
        name: 'Ana Ruiz',
        email: 'ana@example.org',
        phone: '503-827 4169',
        contactMethod: 'email',
        message: 'Hi there',
        consent: true,
        therapist: 'ana-ruiz',
        page: location.origin + location.pathname,
        locale: 'en', // the form's language; the test page declares none
      });
      expect(body.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
      expect(JSON.stringify(body)).to.not.contain('secret');
      expect(JSON.stringify(body)).to.not.contain('frag');
    });

    it('form: a simple request (no preflight) with the same keys, hidden inputs and captcha tokens', async () => {
      const { el, tag } = await form(
        'ok200',
        { encoding: 'form', fields: 'message' },
        `<input type="hidden" name="_subject" value="New consultation request">
         <input type="hidden" name="form-name" value="consult">
         <input type="hidden" name="name" value="not ours to replace">
         <div><textarea name="g-recaptcha-response" hidden>tok-recaptcha</textarea></div>
         <input type="hidden" name="cf-turnstile-response" value="tok-turnstile">`,
      );
      el.querySelector<HTMLTextAreaElement>('[name="g-recaptcha-response"]')!.value = 'tok-recaptcha-late';
      await fillAndSend(el);
      const all = await recorded(tag);
      expect(all.map((r) => r.method)).to.deep.equal(['POST']);
      expect(all[0].headers['content-type']).to.match(
        /^application\/x-www-form-urlencoded(;charset=UTF-8)?$/i,
      );
      expect(all[0].headers.accept).to.equal('application/json');
      const sent = new URLSearchParams(all[0].body);
      expect([...sent.keys()]).to.deep.equal([
        'id',
        'name',
        'email',
        'message',
        'consent',
        'page',
        'submittedAt',
        'locale',
        '_subject',
        'form-name',
        'g-recaptcha-response',
        'cf-turnstile-response',
      ]);
      expect(sent.get('name')).to.equal('Ana Ruiz');
      expect(sent.get('consent')).to.equal('true');
      expect(sent.get('_subject')).to.equal('New consultation request');
      expect(sent.get('g-recaptcha-response')).to.equal('tok-recaptcha-late');
      expect(sent.get('cf-turnstile-response')).to.equal('tok-turnstile');
    });

    it('multipart: a simple request whose boundary the browser chose, with the same keys', async () => {
      const { el, tag } = await form(
        'ok200',
        { encoding: 'multipart' },
        '<input type="hidden" name="_subject" value="Hello">',
      );
      await fillAndSend(el);
      const all = await recorded(tag);
      expect(all.map((r) => r.method)).to.deep.equal(['POST']);
      const type = all[0].headers['content-type'];
      expect(type).to.match(/^multipart\/form-data; boundary=/);
      const data = await new Response(all[0].body, { headers: { 'Content-Type': type } }).formData();
      expect([...data.keys()]).to.deep.equal([
        'id',
        'name',
        'email',
        'contactMethod',
        'message',
        'consent',
        'page',
        'submittedAt',
        'locale',
        '_subject',
      ]);
      expect(data.get('email')).to.equal('ana@example.org');
      expect(data.get('_subject')).to.equal('Hello');
    });

    it('sends no cookies, even to its own origin (where the browser would)', async () => {
      document.cookie = 'rw_session=secret-cookie; path=/';
      try {
        const { el, tag } = await form('ok200');
        el.endpoint = `/__endpoint/t/${tag}/ok200`;
        await el.updateComplete;
        // The control: a plain same-origin fetch to the same recorder does carry the cookie.
        await fetch(`/__endpoint/t/${tag}/ok200`, { method: 'POST', body: '{}' });
        await fillAndSend(el);
        expect(el.status).to.equal('success');
        const [control, ours] = await posts(tag);
        expect(control.headers.cookie).to.contain('rw_session=secret-cookie');
        expect(ours.headers.cookie).to.equal(undefined);
        expect(json(ours).name).to.equal('Ana Ruiz');
      } finally {
        document.cookie = 'rw_session=; path=/; max-age=0';
      }
    });

    it('posts to the endpoint exactly as given, query string included', async () => {
      const { el, tag } = await form('ok200?form=abc&x=1');
      await fillAndSend(el);
      expect((await posts(tag))[0].url).to.equal(`/t/${tag}/ok200?form=abc&x=1`);
    });

    it('trims, drops control characters and normalises to NFC', async () => {
      const { el, tag } = await form('ok200');
      const input = (id: string, value: string) => {
        const field = $<HTMLInputElement>(el, `#${id}`);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      input('name', '  Jose\u0301\u0007 Nu\u0301n\u0303ez  ');
      input('email', 'ana@example.org');
      input('message', ' line one\r\nline\u0000 two\u001b ');
      $<HTMLInputElement>(el, '#consent').click();
      await click(button(el));
      await settled(el);
      const body = json((await posts(tag))[0]);
      expect(body.name).to.equal('Jos\u00e9 N\u00fa\u00f1ez');
      expect(body.message).to.equal('line one\nline two');
    });

    it('consult-submit carries the payload; a host may add to it, or cancel the send', async () => {
      const { el, tag } = await form('ok200');
      el.addEventListener('consult-submit', (e) => (e.detail.source = 'directory'), { once: true });
      const submitted = oneEvent(el, 'consult-submit');
      await fillValid(el);
      await click(button(el));
      const event = await submitted;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.name).to.equal('Ana Ruiz');
      await settled(el);
      expect(json((await posts(tag))[0]).source).to.equal('directory');

      const other = await form('ok200');
      other.el.addEventListener('consult-submit', (e) => e.preventDefault());
      await fillValid(other.el);
      await click(button(other.el));
      await aTimeout(300);
      expect(other.el.status).to.not.equal('submitting');
      expect(await posts(other.tag)).to.have.length(0);
    });
  });

  describe('success', () => {
    for (const [scenario, status, body] of [
      ['ok200', 200, { ok: true }],
      ['created201', 201, { id: 'abc' }],
      ['nocontent204', 204, null],
      ['text200', 200, 'Thanks!'],
    ] as const) {
      it(`${scenario}: a calm confirmation that takes focus, announced, consult-success { status: ${status} }`, async () => {
        const { el, tag } = await form(scenario, { 'consult-minutes': '30' });
        const success = oneEvent(el, 'consult-success');
        await fillAndSend(el);
        const event = await success;
        expect(event.detail).to.deep.equal({ status, body });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(el.status).to.equal('success');
        expect(statusText(el)).to.equal('Your request was sent.');
        const confirmation = $(el, '[part="success"]');
        expect(confirmation.textContent).to.contain('free 30-minute consultation');
        expect(confirmation.textContent).to.contain('by email');
        await waitFor(() => deepActive() === confirmation, 'focus on the confirmation');
        expect(visibleText(el)).to.contain('not for emergencies');
        await expect(el).to.be.accessible();
        expect(await posts(tag)).to.have.length(1);
      });
    }
  });

  describe('stale responses', () => {
    it('a response that arrives after the endpoint changed is ignored', async () => {
      const { el, tag } = await form('slow?ms=800');
      let succeeded = false;
      el.addEventListener('consult-success', () => (succeeded = true));
      await fillValid(el);
      await click(button(el));
      await waitFor(async () => (await posts(tag)).length === 1, 'the request to reach the server');
      el.endpoint = el.endpoint.replace('slow', 'ok200');
      await el.updateComplete;
      await aTimeout(1200);
      expect(succeeded).to.equal(false);
      expect(el.status).to.equal('idle');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('Ana Ruiz');
    });
  });

  describe('sending state', () => {
    it('is busy and accessible, announces it, and a double click sends once', async () => {
      const { el, tag } = await form('slow?ms=1200');
      await fillValid(el);
      const b = button(el);
      b.scrollIntoView({ block: 'center' });
      await click(b);
      await click(b);
      await el.updateComplete;
      expect(el.status).to.equal('submitting');
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      expect(b.getAttribute('aria-disabled')).to.equal('true');
      expect(b.textContent!.trim()).to.equal('Sending…');
      expect(statusText(el)).to.equal('Sending your request…');
      await expect(el).to.be.accessible();
      b.click();
      $<HTMLInputElement>(el, '#name').form!.requestSubmit();
      await settled(el);
      expect(el.status).to.equal('success');
      expect(await posts(tag)).to.have.length(1);
    });
  });

  describe('failures keep every value, and a retry is one click', () => {
    const failures = [
      [
        'err500',
        'http',
        500,
        'The server could not take your request (error 500). Everything you typed is still here; please try again.',
      ],
      [
        'unavailable503',
        'http',
        503,
        'The server could not take your request (error 503). Everything you typed is still here; please try again.',
      ],
      [
        'not-json',
        'http',
        502,
        'The server could not take your request (error 502). Everything you typed is still here; please try again.',
      ],
      [
        'drop',
        'network',
        undefined,
        'We got no answer from the server, so your request may not have arrived. Everything you typed is still here; please check your connection and try again.',
      ],
      [
        'no-cors',
        'network',
        undefined,
        'We got no answer from the server, so your request may not have arrived. Everything you typed is still here; please check your connection and try again.',
      ],
    ] as const;
    for (const [scenario, kind, status, message] of failures) {
      it(`${scenario}: "${message.slice(0, 40)}…", consult-error { kind: ${kind} }`, async () => {
        const { el, tag } = await form(scenario);
        const error = oneEvent(el, 'consult-error');
        await fillAndSend(el);
        expect((await error).detail).to.deep.equal(status ? { kind, status } : { kind });
        expect(el.status).to.equal('error');
        expect(statusText(el)).to.equal(message);
        expect(button(el).textContent!.trim()).to.equal('Try again');
        expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
        expectKept(el);
        await expect(el).to.be.accessible();
        const before = (await recorded(tag)).length;
        await click(button(el));
        await settled(el);
        const all = await recorded(tag);
        const sent = all.filter((r) => r.method === 'POST');
        // One more request for the one click (a browser may itself repeat a POST whose connection dropped).
        expect(all.length).to.be.greaterThan(before);
        if (scenario === 'no-cors') {
          // The preflight was refused, so the browser never sent the POST itself.
          expect(sent).to.have.length(0);
          expect(all.every((r) => r.method === 'OPTIONS')).to.equal(true);
        } else {
          if (scenario !== 'drop') expect(sent).to.have.length(2);
          expect(new Set(sent.map((r) => json(r).id)).size).to.equal(1);
        }
        expect(el.status).to.equal('error');
        expectKept(el);
      });
    }

    it('no-cors with form encoding: the server got it, but the page may not read the answer', async () => {
      const { el, tag } = await form('no-cors', { encoding: 'form' });
      await fillAndSend(el);
      expect(el.status).to.equal('error');
      expect(statusText(el)).to.contain('may not have arrived');
      expect(await posts(tag)).to.have.length(1);
    });

    it('timeout: the `timeout` attribute ends a hanging request with a plain message', async () => {
      const { el, tag } = await form('hang', { timeout: '400' });
      const error = oneEvent(el, 'consult-error');
      const started = Date.now();
      await fillAndSend(el);
      expect((await error).detail).to.deep.equal({ kind: 'timeout' });
      expect(Date.now() - started).to.be.below(5000);
      expect(statusText(el)).to.equal(
        'The server took too long to answer. Everything you typed is still here; please try again.',
      );
      expectKept(el);
      expect(await posts(tag)).to.have.length(1);
    });

    it('timeout, again and again: each of 30 sends to a hanging endpoint ends at its `timeout`', async () => {
      // WebKitGTK left about 1 in 30 such fetches hanging when their signal came from AbortSignal.any().
      const { el, tag } = await form('hang', { timeout: '150' });
      const kinds: string[] = [];
      el.addEventListener('consult-error', (e) => kinds.push((e as CustomEvent).detail.kind));
      await fillAndSend(el);
      for (let i = 1; i < 30; i++) {
        await click(button(el));
        churn();
        await settled(el, 3000);
      }
      expect(kinds).to.deep.equal(Array(30).fill('timeout'));
      expect(await posts(tag)).to.have.length(30);
      expectKept(el);
    });

    it('a retry that succeeds after a failure uses the same id, then confirms', async () => {
      const { el, tag } = await form('err500-once');
      await fillAndSend(el);
      expect(el.status).to.equal('error');
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      const [first, second] = await posts(tag);
      expect(json(second).id).to.equal(json(first).id);
    });
  });

  describe('server field errors', () => {
    it('400 {errors:[{field,message}]}: each message at its field, the rest in the status', async () => {
      const { el } = await form('errors400-array');
      const error = oneEvent(el, 'consult-error');
      await fillAndSend(el);
      expect((await error).detail).to.deep.equal({ kind: 'http', status: 400 });
      expect(errorOf(el, 'email')).to.equal('That address bounced; please check it.');
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email').getAttribute('aria-describedby')).to.equal('email-error');
      expect(statusText(el)).to.equal('The form is missing a subject.');
      await waitFor(() => deepActive() === $(el, '#email'), 'focus on the email field');
      expectKept(el);
      await expect(el).to.be.accessible();
    });

    it('422 {errors:{field:[message]}}: the same, with unknown fields in the status', async () => {
      const { el } = await form('errors422-object');
      await fillValid(el);
      await typeInto(el, 'phone', '503-827 4169');
      await typeInto(el, 'message', 'Hi there');
      await click(button(el));
      await settled(el);
      expect(errorOf(el, 'name')).to.equal('Please give your full name.');
      expect(errorOf(el, 'phone')).to.equal('That number cannot receive texts.');
      expect(statusText(el)).to.equal('Rejected by the filter.');
      await waitFor(() => deepActive() === $(el, '#name'), 'focus on the name field');
      expectKept(el);
      expect($<HTMLInputElement>(el, '#phone').value).to.equal('503-827 4169');
    });
  });

  describe('429 Too Many Requests', () => {
    it('Retry-After in seconds: says when, refuses the retry until then, then sends the same id', async () => {
      const { el, tag } = await form('rate429-once?after=2');
      const error = oneEvent(el, 'consult-error');
      await fillAndSend(el);
      expect((await error).detail).to.deep.equal({ kind: 'http', status: 429 });
      expect(statusText(el)).to.equal(
        'The server is receiving too many requests. Everything you typed is still here; you can try again in 2 seconds.',
      );
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      await click(button(el));
      await aTimeout(200);
      expect(await posts(tag)).to.have.length(1);
      await waitFor(() => !button(el).hasAttribute('aria-disabled'), 'the retry to be allowed', 4000);
      expect(statusText(el)).to.equal('You can try again now.');
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      const [first, second] = await posts(tag);
      expect(json(second).id).to.equal(json(first).id);
    });

    it('Retry-After as an HTTP date', async () => {
      const { el, tag } = await form('rate429-once?date=3');
      await fillAndSend(el);
      expect(statusText(el)).to.match(/you can try again in (1 second|[23] seconds)\.$/);
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      await waitFor(() => !button(el).hasAttribute('aria-disabled'), 'the retry to be allowed', 5000);
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      expect(await posts(tag)).to.have.length(2);
    });
  });

  describe('offline', () => {
    const setOnline = (get: () => boolean) =>
      Object.defineProperty(navigator, 'onLine', { configurable: true, get });
    const restore = () => delete (navigator as { onLine?: boolean }).onLine;
    afterEach(restore);

    it('navigator.onLine false: says so, keeps everything, and sends when `online` fires', async () => {
      const { el, tag } = await form('ok200');
      setOnline(() => false);
      const error = oneEvent(el, 'consult-error');
      await fillAndSend(el);
      expect((await error).detail).to.deep.equal({ kind: 'network' });
      expect(statusText(el)).to.equal(
        'You seem to be offline. Everything you typed is still here, and it will be sent when your connection is back.',
      );
      expectKept(el);
      await aTimeout(200);
      expect(await posts(tag)).to.have.length(0);
      restore();
      window.dispatchEvent(new Event('online'));
      await waitFor(() => el.status === 'success', 'the send after going online');
      expect(await posts(tag)).to.have.length(1);
      window.dispatchEvent(new Event('online'));
      await aTimeout(200);
      expect(await posts(tag)).to.have.length(1);
    });

    it('a network error while offline: says offline, and resends the same id when back', async () => {
      const { el, tag } = await form('drop');
      let reads = 0;
      // Online when the send starts, offline by the time the connection drops.
      el.addEventListener('consult-submit', () => setOnline(() => reads++ === 0), { once: true });
      await fillAndSend(el);
      expect(statusText(el)).to.contain('You seem to be offline.');
      expectKept(el);
      const before = (await posts(tag)).length;
      restore();
      window.dispatchEvent(new Event('online'));
      await waitFor(async () => (await posts(tag)).length > before, 'the send after going online');
      await settled(el);
      const sent = await posts(tag);
      expect(new Set(sent.map((r) => json(r).id)).size).to.equal(1);
      // Still dropped, and now online: the plain network message.
      expect(statusText(el)).to.contain('may not have arrived');
    });

    it('stops listening for `online` when removed from the page', async () => {
      const { el, tag } = await form('ok200');
      setOnline(() => false);
      await fillAndSend(el);
      el.remove();
      restore();
      window.dispatchEvent(new Event('online'));
      await aTimeout(300);
      expect(await posts(tag)).to.have.length(0);
    });
  });
});
