// When the endpoint is dead (README, "When the endpoint is dead"): after a failure no retry
// fixes, the client is offered the practice's other ways, `contact-email` (their own mail app,
// the request written out) and `contact-phone`; without them, a plain sentence. Nothing is sent
// anywhere by us, and everything typed stays.
import { oneEvent } from '@open-wc/testing';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import type { Outcome } from '../src/consult-request/send.js';
import { failureText, isDeadEnd } from '../src/consult-request/failure.js';
import { MAILTO_MAX, mailtoHref, readContacts } from '../src/consult-request/dead-end.js';
import { en } from '../src/i18n/en.js';
import {
  $,
  button,
  click,
  expect,
  fillAndSend,
  expectKept,
  fillValid,
  form,
  posts,
  recorded,
  settled,
  statusText,
  typeInto,
  waitFor,
} from './support/consult-request.js';
import { consoleCalls } from './support/console.js';

const CONTACTS = { 'contact-email': 'ana@example.org', 'contact-phone': '+1 503 555 0142' };
const DEAD = en.deadEnd;
const UNSURE = en.deadEndUnsure;
/** What each test types after name, email and consent. */
const TYPED = { phone: '503-827-4169', message: 'Evenings, thanks' };

const mailLink = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="dead-end"] a[href^="mailto:"]');
const telLink = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="dead-end"] a[href^="tel:"]');
/** The parts of a mailto: link, decoded. */
function mail(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    keys: [...url.searchParams.keys()],
    subject: url.searchParams.get('subject')!,
    body: url.searchParams.get('body')!,
  };
}

async function retry(el: ConsultRequest) {
  await click(button(el));
  await settled(el);
}

describe('<consult-request> dead endpoints', () => {
  describe("a failure no retry fixes offers the practice's email and phone", () => {
    const once: [string, number][] = [
      ['notfound404', 404],
      ['gone410', 410],
      ['forbidden403', 403],
      ['rate429?after=7200', 429],
      ['formspree?status=404&code=FORM_NOT_FOUND', 404],
      ['formspree?status=403&code=INACTIVE', 403],
      ['formspree?status=403&code=BLOCKED', 403],
      ['formspree?status=422&code=EMPTY', 422],
      ['formspree?status=422&code=REQUIRED_FIELD_MISSING&field=company', 422],
    ];
    for (const [scenario, status] of once) {
      it(`${scenario}: at once`, async () => {
        const { el, tag } = await form(scenario, CONTACTS);
        const error = oneEvent(el, 'consult-error');
        await fillAndSend(el, TYPED);
        expect((await error).detail).to.deep.equal({ kind: 'http', status });
        expect(statusText(el)).to.equal(DEAD);
        expect(mailLink(el)!.textContent!.trim()).to.equal('Email your request instead');
        expect(telLink(el)!.getAttribute('href')).to.equal('tel:+15035550142');
        expect(telLink(el)!.textContent!.trim()).to.equal('Call +1 503 555 0142');
        expectKept(el, TYPED);
        await expect(el).to.be.accessible();
        // Nothing more was sent by us: the one POST (and its preflight).
        expect(await posts(tag)).to.have.length(1);
      });
    }

    const twice: [string, string][] = [
      ['rate429', 'a second 429'],
      ['err500', 'a 5xx after the client tried again'],
      ['unavailable503', 'a 503 after the client tried again'],
    ];
    for (const [scenario, what] of twice) {
      it(`${scenario}: ${what}, not the first`, async () => {
        const { el } = await form(scenario, CONTACTS);
        await fillAndSend(el, TYPED);
        expect(statusText(el)).to.not.contain('trying again will not help');
        expect(mailLink(el)).to.equal(null);
        expect(telLink(el)).to.equal(null);
        await retry(el);
        expect(statusText(el)).to.equal(DEAD);
        expect(mailLink(el)).to.not.equal(null);
        expectKept(el, TYPED);
      });
    }

    it('no answer twice (a dropped connection): the offer, saying the request may have arrived', async () => {
      const { el } = await form('drop', CONTACTS);
      await fillAndSend(el, TYPED);
      expect(statusText(el)).to.equal(en.failedNetwork);
      expect(mailLink(el)).to.equal(null);
      await retry(el);
      expect(statusText(el)).to.equal(UNSURE);
      expect(mailLink(el)).to.not.equal(null);
    });

    for (const scenario of ['rate429?after=2', 'err500', 'errors422-object'])
      it(`${scenario}: offers nothing, a retry will do`, async () => {
        const { el } = await form(scenario, CONTACTS);
        await fillAndSend(el, TYPED);
        expect(el.status, scenario).to.equal('error');
        expect(el.shadowRoot!.querySelector('[part="dead-end"]'), scenario).to.equal(null);
      });

    it('success after a dead end clears the offer', async () => {
      const { el } = await form('notfound404', CONTACTS);
      await fillAndSend(el, TYPED);
      expect(mailLink(el)).to.not.equal(null);
      el.endpoint = el.endpoint.replace('notfound404', 'ok200');
      await el.updateComplete;
      await retry(el);
      expect(el.status).to.equal('success');
      expect(el.shadowRoot!.querySelector('[part="dead-end"]')).to.equal(null);
    });
  });

  it('without contact attributes: says plainly it could not be delivered and that everything is still there', async () => {
    const { el } = await form('notfound404');
    await fillAndSend(el, TYPED);
    expect(statusText(el)).to.equal(DEAD);
    expect(el.shadowRoot!.querySelector('[part="dead-end"]')).to.equal(null);
    expectKept(el, TYPED);
    await expect(el).to.be.accessible();
  });

  it('only a phone: the call link, no email link', async () => {
    const { el } = await form('gone410', { 'contact-phone': '(503) 555-0142' });
    await fillAndSend(el, TYPED);
    expect(statusText(el)).to.equal(DEAD);
    expect(mailLink(el)).to.equal(null);
    expect(telLink(el)!.getAttribute('href')).to.equal('tel:5035550142');
  });

  describe('the written-out email', () => {
    it('goes to contact-email, with a subject and a body from what they typed: no ids, no hidden fields', async () => {
      const { el, tag } = await form(
        'notfound404',
        { ...CONTACTS, therapist: 'ana-ruiz', 'consult-minutes': '30' },
        '<input type="hidden" name="_subject" value="Secret routing">',
      );
      await fillAndSend(el, TYPED);
      const m = mail(mailLink(el)!.href);
      expect(m.to).to.equal('ana@example.org');
      expect(m.keys).to.deep.equal(['subject', 'body']);
      expect(m.subject).to.equal('Consultation request from Ana Ruiz');
      expect(m.body.split('\r\n')).to.deep.equal([
        'Hello, I would like a free 30-minute consultation.',
        '',
        'Your name: Ana Ruiz',
        'Email: ana@example.org',
        'Phone: 503-827-4169',
        'How would you like to be contacted? Email',
        '',
        'Message:',
        'Evenings, thanks',
      ]);
      const sentId = JSON.parse((await posts(tag))[0].body).id;
      for (const hidden of [sentId, 'ana-ruiz', 'Secret routing', location.origin])
        expect(mailLink(el)!.href).to.not.contain(encodeURIComponent(hidden));
      expect(el.shadowRoot!.querySelector('[part="dead-end"]')!.textContent).to.contain(
        en.emailInsteadHint({ email: 'ana@example.org' }),
      );
    });

    it('says which yes-or-no boxes the client ticked, in their words, and never the consent box', async () => {
      const { el } = await form('notfound404', { ...CONTACTS, fields: 'phone voicemail' });
      await fillValid(el);
      await typeInto(el, 'phone', TYPED.phone);
      await waitFor(() => !!el.shadowRoot!.querySelector('#voicemailOk'), 'the voicemail box', 3000);
      await click($(el, '#voicemailOk'));
      await click(button(el));
      await settled(el);
      const lines = mail(mailLink(el)!.href).body.split('\r\n');
      expect(lines.slice(2).filter(Boolean)).to.deep.equal([
        'Your name: Ana Ruiz',
        'Email: ana@example.org',
        'Phone: 503-827-4169',
        en.voicemailOkLabel,
      ]);
      expect(lines, 'an unticked box says nothing').to.not.include(en.textOkLabel);
      expect(lines.join('\n'), 'consent is not an answer for the practice').to.not.contain(en.consentLabel);
    });

    it('follows edits made after the failure', async () => {
      const { el } = await form('notfound404', CONTACTS);
      await fillAndSend(el, TYPED);
      await typeInto(el, 'message', '-Sundays');
      expect(mail(mailLink(el)!.href).body).to.contain('Evenings, thanks-Sundays');
    });

    it('hostile strings stay text: no added recipients or headers, lone surrogates and long pastes survive within the length limit', async () => {
      const { el } = await form('notfound404', CONTACTS);
      await fillValid(el);
      const name = $<HTMLInputElement>(el, '#name');
      name.value = 'Ana&cc=evil@example.com?bcc=x\r\nBcc: evil@example.com #%0A';
      const message = $<HTMLTextAreaElement>(el, '#message');
      message.value = `Lone \ud800 surrogate, emoji 🌿, ${'ñ'.repeat(3000)}`;
      message.dispatchEvent(new Event('input', { bubbles: true }));
      await click(button(el));
      await settled(el);
      const href = mailLink(el)!.href;
      expect(href.length).to.be.at.most(MAILTO_MAX);
      const m = mail(href);
      expect(m.to).to.equal('ana@example.org');
      expect(m.keys).to.deep.equal(['subject', 'body']);
      expect(m.body).to.contain('Your name: Ana&cc=evil@example.com?bcc=xBcc: evil@example.com #%0A');
      expect(m.body).to.contain('Lone \ufffd surrogate, emoji 🌿, ñ');
      expect(m.body).to.match(/…\r\n\r\n\[Shortened; the whole message is still in the form\.\]$/);
      // The form still holds every character.
      expect(message.value).to.have.length(`Lone \ud800 surrogate, emoji 🌿, `.length + 3000);
    });

    it('a contact-email that could add recipients is refused, with a console message, and the phone still offered', async () => {
      let el!: ConsultRequest;
      const errors = await consoleCalls('error', async () => {
        ({ el } = await form('notfound404', {
          'contact-email': 'ana@example.org?cc=evil@example.com',
          'contact-phone': 'javascript:alert(1)',
        }));
      });
      expect(errors.join('\n')).to.contain('"contact-email" is not usable');
      expect(errors.join('\n')).to.contain('"contact-phone" is not usable');
      await fillAndSend(el, TYPED);
      expect(statusText(el)).to.equal(DEAD);
      expect(mailLink(el)).to.equal(null);
      expect(telLink(el)).to.equal(null);
    });
  });

  it("a refused endpoint: the site owner's message, and the client is offered the email and phone", async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const { el } = await form('ok200', CONTACTS);
      el.endpoint = 'javascript:alert(1)';
      await el.updateComplete;
      expect(el.status).to.equal('config');
      expect(el.shadowRoot!.querySelector('.config')!.textContent).to.contain('not set up yet');
      expect(mail(mailLink(el)!.href).subject).to.equal('Consultation request');
      expect(telLink(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('the offer never sends anything itself', async () => {
    const { el, tag } = await form('notfound404', CONTACTS);
    await fillAndSend(el, TYPED);
    const before = (await recorded(tag)).length;
    mailLink(el)!.addEventListener('click', (e) => e.preventDefault());
    mailLink(el)!.click();
    await el.updateComplete;
    expect((await recorded(tag)).length).to.equal(before);
  });
});

describe('isDeadEnd, mailtoHref, readContacts', () => {
  const http = (status: number, extra: Partial<Extract<Outcome, { type: 'http' }>> = {}): Outcome => ({
    type: 'http',
    status,
    body: null,
    ...extra,
  });
  const fields = new Set(['name', 'email']);
  it('classifies failures as a retry would or would not fix them', () => {
    const now = 1_000_000;
    for (const status of [401, 403, 404, 405, 410])
      expect(isDeadEnd(http(status), undefined, fields, now), String(status)).to.equal(true);
    for (const status of [400, 413, 422, 429, 500, 502, 503])
      expect(isDeadEnd(http(status), undefined, fields, now), String(status)).to.equal(false);
    expect(isDeadEnd(http(429, { retryAt: now + 3_600_001 }), undefined, fields, now)).to.equal(true);
    expect(isDeadEnd(http(429, { retryAt: now + 3_600_000 }), undefined, fields, now)).to.equal(false);
    expect(isDeadEnd(http(429), http(429), fields, now)).to.equal(true);
    expect(isDeadEnd(http(429), http(500), fields, now)).to.equal(false);
    expect(isDeadEnd(http(500), http(429), fields, now)).to.equal(true);
    expect(isDeadEnd({ type: 'network' }, undefined, fields, now)).to.equal(false);
    expect(isDeadEnd({ type: 'network' }, { type: 'network' }, fields, now)).to.equal(true);
    expect(isDeadEnd({ type: 'timeout' }, http(502), fields, now)).to.equal(true);
    for (const type of ['offline', 'too-large', 'aborted'] as const)
      expect(isDeadEnd({ type }, http(500), fields, now), type).to.equal(false);
    const formspree = (code: string, field?: string) =>
      http(422, { body: { errors: [{ code, field, message: 'x' }] } });
    for (const code of ['FORM_NOT_FOUND', 'PROJECT_NOT_FOUND', 'INACTIVE', 'BLOCKED', 'EMPTY'])
      expect(isDeadEnd(formspree(code), undefined, fields, now), code).to.equal(true);
    expect(isDeadEnd(formspree('REQUIRED_FIELD_MISSING', 'company'), undefined, fields, now)).to.equal(true);
    expect(isDeadEnd(formspree('REQUIRED_FIELD_EMPTY', 'name'), undefined, fields, now)).to.equal(false);
    expect(isDeadEnd(formspree('TYPE_EMAIL', 'email'), undefined, fields, now)).to.equal(false);
  });

  it('writes RFC 6068 links: percent-encoded, CRLF line breaks, no "+" for spaces', () => {
    const href = mailtoHref(
      'a@example.org',
      'Hi & bye',
      ['Hello,', 'Name: A+B'],
      'Message:\none\ntwo',
      '[cut]',
    );
    expect(href).to.equal(
      'mailto:a@example.org?subject=Hi%20%26%20bye&body=Hello%2C%0D%0A%0D%0AName%3A%20A%2BB%0D%0A%0D%0AMessage%3A%0D%0Aone%0D%0Atwo',
    );
  });

  it('without a message, the body ends with the last answer: no empty paragraph after it', () => {
    const href = mailtoHref('a@example.org', 'S', ['Hello,', 'Name: Ana'], '', '[cut]');
    expect(new URL(href).searchParams.get('body')).to.equal('Hello,\r\n\r\nName: Ana');
  });

  it('cuts only the message, never inside a character, and says so', () => {
    const href = mailtoHref(
      'a@example.org',
      'S',
      ['Hello,', 'Name: Ana'],
      `Message:\n${'🌿'.repeat(1000)}`,
      '[cut]',
      300,
    );
    expect(href.length).to.be.at.most(300);
    const body = new URL(href).searchParams.get('body')!;
    expect(body).to.match(/^Hello,\r\n\r\nName: Ana\r\n\r\nMessage:\r\n(🌿)+…\r\n\r\n\[cut\]$/);
  });

  it('a Retry-After clock time under a locale Intl refuses ("C", as under a POSIX locale) still reads, and does not throw', () => {
    const now = Date.UTC(2026, 0, 1, 15, 30);
    expect(
      failureText({ type: 'http', status: 429, body: null, retryAt: now + 7_200_000 }, [], 'C', now),
    ).to.match(/try again at .*\d{1,2}:\d\d/);
  });

  it('reads contacts: plain addresses and numbers only', () => {
    expect(readContacts(' ana@example.org ', '+44 20 7946 0958')).to.deep.equal({
      refused: [],
      email: 'ana@example.org',
      phone: '+44 20 7946 0958',
      tel: '+442079460958',
    });
    expect(readContacts('', undefined)).to.deep.equal({ refused: [] });
    for (const bad of [
      'ana@example.org?cc=x@y.z',
      'a@b',
      'ana@example.org,evil@example.com',
      'ana @example.org',
      'mailto:ana@example.org',
      'ana%40example.org',
    ])
      expect(readContacts(bad, '').refused, bad).to.deep.equal(['contact-email']);
    for (const bad of ['12', 'call me', '+1 (503) 555-0142 ext 99999999999'])
      expect(readContacts('', bad).refused, bad).to.deep.equal(['contact-phone']);
  });
});
