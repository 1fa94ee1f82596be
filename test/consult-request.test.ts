// <consult-request>: what a person sees and hears, validation, spam, drafts, configuration.
// Sending and every server outcome are in consult-request.network.test.ts.
import { fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import {
  $,
  expect,
  form,
  fillValid,
  click,
  typeInto,
  button,
  posts,
  settled,
  statusText,
  visibleText,
  errorOf,
  deepActive,
  waitFor,
  tab,
  newTag,
  endpointFor,
  fillEveryField,
  formState,
  recordEvents,
  fillByScript,
} from './support/consult-request.js';
import { trigger } from './support/parts.js';
import { EXECUTING, watchForExecution } from './support/hostile-strings.js';
import { openPage } from './support/frame.js';

const labelText = (el: Element, id: string) =>
  el.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<consult-request>', () => {
  describe('default state', () => {
    it('is accessible, with visible labels, "(required)" in words and the crisis notice', async () => {
      const { el } = await form('ok200');
      await expect(el).to.be.accessible();
      expect(labelText(el, 'name')).to.equal('Your name (required)');
      expect(labelText(el, 'email')).to.equal('Email (required)');
      expect(labelText(el, 'phone')).to.equal('Phone');
      expect(labelText(el, 'message')).to.equal('Message');
      expect(labelText(el, 'consent')).to.contain('(required)');
      const crisis = $(el, '[part="crisis"]');
      expect(crisis.textContent).to.contain('not for emergencies');
      expect(crisis.querySelector('a[href="tel:988"]')!.textContent).to.equal('988');
      expect(crisis.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(statusText(el)).to.equal('');
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(button(el).textContent!.trim()).to.equal('Send request');
      expect(el.status).to.equal('idle');
    });

    it('uses the autocomplete tokens and keyboards a phone expects', async () => {
      const { el } = await form('ok200');
      const attrs = (id: string) =>
        ['type', 'autocomplete', 'inputmode'].map((a) => $(el, `#${id}`).getAttribute(a));
      expect(attrs('name')).to.deep.equal(['text', 'name', null]);
      expect(attrs('email')).to.deep.equal(['email', 'email', 'email']);
      expect(attrs('phone')).to.deep.equal(['tel', 'tel', 'tel']);
      expect($(el, '#message').getAttribute('maxlength')).to.equal('2000');
      // Addresses and numbers read left to right, also on a right-to-left page.
      expect(['name', 'email', 'phone'].map((id) => $(el, `#${id}`).getAttribute('dir'))).to.deep.equal([
        null,
        'ltr',
        'ltr',
      ]);
      for (const id of ['name', 'email', 'phone']) {
        expect($(el, `#${id}`).getBoundingClientRect().height, id).to.be.at.least(44);
        expect(parseFloat(getComputedStyle($(el, `#${id}`)).fontSize), id).to.be.at.least(16);
      }
    });

    it('shows only the optional fields that `fields` asks for', async () => {
      const { el } = await form('ok200', { fields: 'message' });
      expect($(el, '#phone')).to.equal(null);
      expect($(el, '[name="contactMethod"]')).to.equal(null);
      expect($(el, '#message')).to.not.equal(null);
      el.fields = 'phone, contact-method';
      await el.updateComplete;
      expect($(el, '#phone')).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[name="contactMethod"]').length).to.equal(3);
      expect($(el, '#message')).to.equal(null);
    });

    it('lets the crisis notice be replaced through the `crisis` slot', async () => {
      const { el } = await form(
        'ok200',
        {},
        '<p slot="crisis">In the UK, call Samaritans on <a href="tel:116123">116 123</a>.</p>',
      );
      const slot = $<HTMLSlotElement>(el, 'slot[name="crisis"]');
      expect(slot.assignedElements()[0].textContent).to.contain('Samaritans');
      expect(el.querySelector('[slot="crisis"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('links the privacy policy in a new tab when `privacy-href` is set', async () => {
      const { el } = await form('ok200', { 'privacy-href': '/privacy' });
      const link = $<HTMLAnchorElement>(el, 'a[href="/privacy"]');
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.contain('opens in a new tab');
    });

    it('refuses a `privacy-href` that is not a web link (no live javascript: link), and says so in the console', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const { el } = await form('ok200', { 'privacy-href': 'javascript:alert(1)' });
        expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
        expect(el.shadowRoot!.textContent).to.not.contain('opens in a new tab');
      } finally {
        console.error = original;
      }
      expect(errors.some((e) => e.includes('privacy-href'))).to.equal(true);
    });

    it('focus() puts focus on the first field', async () => {
      const { el } = await form('ok200');
      el.focus();
      expect(deepActive()).to.equal($(el, '#name'));
    });

    it('counts the message in words a screen reader reads with the box', async () => {
      const { el } = await form('ok200');
      await typeInto(el, 'message', 'Hi there');
      await el.updateComplete;
      const count = $(el, '#message-count');
      expect(count.textContent!.replace(/\s+/g, ' ').trim()).to.equal('8 / 2000 characters');
      expect($(el, '#message').getAttribute('aria-describedby')).to.contain('message-count');
      expect($(el, '#message-hint').textContent).to.contain('clinical');
    });

    it('announces the characters left near the limit only, not on every keystroke', async () => {
      const { el } = await form('ok200');
      const box = $<HTMLTextAreaElement>(el, '#message');
      const live = () =>
        el.shadowRoot!.querySelector('#message-count + [role="status"]')!.textContent!.trim();
      const fill = async (n: number) => {
        box.value = 'x'.repeat(n);
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await fill(1700);
      expect(live()).to.equal('');
      await fill(1850);
      expect(live()).to.equal('Fewer than 200 characters left.');
      const node = el.shadowRoot!.querySelector('#message-count + [role="status"]')!.firstChild;
      await typeInto(el, 'message', 'y');
      expect(live()).to.equal('Fewer than 200 characters left.');
      expect(el.shadowRoot!.querySelector('#message-count + [role="status"]')!.firstChild).to.equal(node);
      await fill(1950);
      expect(live()).to.equal('Fewer than 100 characters left.');
      await fill(2000);
      expect(live()).to.equal('You have reached the limit.');
      expect($(el, '#message-count').textContent).to.contain('2000 / 2000');
    });
  });

  describe('validation', () => {
    it('on submit: messages at each field, aria-invalid, focus on the first problem, nothing sent', async () => {
      const { el, tag } = await form('ok200');
      const error = oneEvent(el, 'consult-error');
      await click(button(el));
      expect((await error).detail).to.deep.equal({ kind: 'validation' });
      await el.updateComplete;
      expect(errorOf(el, 'name')).to.equal('Please enter your name.');
      expect(errorOf(el, 'email')).to.equal('Please enter your email, so we can reply.');
      expect(errorOf(el, 'consent')).to.equal('Please tick this box so we may contact you.');
      expect(errorOf(el, 'phone')).to.equal(undefined);
      expect($(el, '#name').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#name').getAttribute('aria-describedby')).to.equal('name-error');
      expect($(el, '#consent').getAttribute('aria-describedby')).to.equal('consent-error');
      expect($(el, '#phone').getAttribute('aria-invalid')).to.equal('false');
      expect(statusText(el)).to.equal('Please check the fields marked above.');
      await waitFor(() => deepActive() === $(el, '#name'), 'focus on the name field');
      await expect(el).to.be.accessible();
      expect(await posts(tag)).to.have.length(0);
    });

    it('counts whitespace-only as empty', async () => {
      const { el } = await form('ok200');
      // One space per call: WebKitGTK's driver drops the second of two identical keys in one `type`.
      for (let i = 0; i < 3; i++) await typeInto(el, 'name', ' ');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('   ');
      await click(button(el));
      await el.updateComplete;
      expect(errorOf(el, 'name')).to.equal('Please enter your name.');
    });

    it('on blur: a wrong email is named when leaving the field, and cleared as it is fixed', async () => {
      const { el } = await form('ok200');
      await typeInto(el, 'email', 'ana@');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal('Please check this email address (like name@example.com).');
      expect($(el, '#email').getAttribute('aria-describedby')).to.equal('email-error');
      await typeInto(el, 'email', 'example.org');
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal(undefined);
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('false');
    });

    it('one click on the button from a half-typed email submits (no blur message moves the button away first)', async () => {
      const { el } = await form('ok200');
      await typeInto(el, 'email', 'ana@');
      const error = oneEvent(el, 'consult-error');
      await click(button(el));
      expect((await error).detail).to.deep.equal({ kind: 'validation' });
      await el.updateComplete;
      expect(errorOf(el, 'name')).to.equal('Please enter your name.');
      expect(errorOf(el, 'email')).to.equal('Please check this email address (like name@example.com).');
      expect(statusText(el)).to.equal('Please check the fields marked above.');
    });

    it('tabbing past an empty field says nothing yet', async () => {
      const { el } = await form('ok200');
      $(el, '#name').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'name')).to.equal(undefined);
      expect(errorOf(el, 'email')).to.equal(undefined);
    });

    it('asks for a phone number instead of an email when the client wants a call or a text', async () => {
      const { el } = await form('ok200');
      await typeInto(el, 'name', 'Ana Ruiz');
      await tab();
      await click($(el, 'input[value="text"]'));
      await el.updateComplete;
      expect(labelText(el, 'phone')).to.equal('Phone (required)');
      expect(labelText(el, 'email')).to.equal('Email');
      await click($(el, '#consent'));
      await click(button(el));
      await el.updateComplete;
      expect(errorOf(el, 'phone')).to.equal('Please enter a phone number, so we can call or text you.');
      expect(errorOf(el, 'email')).to.equal(undefined);
      await waitFor(() => deepActive() === $(el, '#phone'), 'focus on the phone field');
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'phone')).to.equal('Please enter a phone number with 7 to 15 digits.');
    });
  });

  describe('spam', () => {
    it('a filled honeypot is shown success, nothing is sent and no event fires', async () => {
      const { el, tag } = await form('ok200');
      const fired = recordEvents(el);
      await fillValid(el);
      const trap = $<HTMLInputElement>(el, '#rw-hp');
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      // Inert: no person reaches it, not even by script focus or a click through the visually hidden box.
      trap.focus();
      expect(deepActive(), 'the honeypot cannot take focus').to.not.equal(trap);
      trap.value = 'http://spam.example';
      await click(button(el));
      await el.updateComplete;
      expect(el.status).to.equal('success');
      expect(visibleText(el)).to.contain('Your request was sent');
      await aTimeout(300);
      expect(fired, 'the README: no events fire for a trapped send').to.deep.equal([]);
      expect(await posts(tag)).to.have.length(0);
    });

    it("a send faster than `min-fill-ms` after the form appeared is a bot's: success shown, nothing sent", async () => {
      const { el, tag } = await form('ok200', { 'min-fill-ms': '2000' });
      expect(el.minFillMs).to.equal(2000);
      for (const [id, value] of [
        ['name', 'Bot'],
        ['email', 'bot@example.org'],
      ]) {
        const input = $<HTMLInputElement>(el, `#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      $<HTMLInputElement>(el, '#consent').click();
      const fired = recordEvents(el);
      button(el).click();
      await el.updateComplete;
      expect(el.status).to.equal('success');
      await aTimeout(300);
      expect(fired, 'no events fire for a trapped send').to.deep.equal([]);
      expect(await posts(tag)).to.have.length(0);
    });

    it('a person who takes longer than `min-fill-ms` is sent', async () => {
      const { el, tag } = await form('ok200', { 'min-fill-ms': '1500' });
      await fillValid(el);
      await aTimeout(1500);
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      expect(await posts(tag)).to.have.length(1);
    });

    it("without `min-fill-ms`, a send within two seconds is a bot's and one after two seconds is sent", async () => {
      const fast = newTag();
      const el = await fixture<ConsultRequest>(
        html`<consult-request endpoint=${endpointFor(fast, 'ok200')}></consult-request>`,
      );
      fillByScript(el);
      await el.submit();
      expect(el.status).to.equal('success');
      await aTimeout(300);
      expect(await posts(fast), 'sent within two seconds').to.have.length(0);

      const slow = newTag();
      const later = await fixture<ConsultRequest>(
        html`<consult-request endpoint=${endpointFor(slow, 'ok200')}></consult-request>`,
      );
      fillByScript(later);
      await aTimeout(2100);
      await later.submit();
      await settled(later);
      expect(later.status).to.equal('success');
      expect(await posts(slow), 'sent after two seconds').to.have.length(1);
    });
  });

  describe('drafts and privacy', () => {
    beforeEach(() => sessionStorage.clear());

    it('keeps drafts in memory only unless `persist-draft` is set: what was typed is what is sent, nothing is stored', async () => {
      const { el, tag } = await form('ok200');
      await typeInto(el, 'message', 'Hi there');
      await fillValid(el);
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      // The element's own state, not the inputs' DOM values (a binding Lit leaves alone keeps those).
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      const [sent] = await posts(tag);
      expect(JSON.parse(sent!.body)).to.include({
        name: 'Ana Ruiz',
        email: 'ana@example.org',
        message: 'Hi there',
      });
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
    });

    it('with `persist-draft`, keeps the draft in sessionStorage, restores it, and clears it on success', async () => {
      const { el, tag } = await form('ok200', { 'persist-draft': '', therapist: 'ana-ruiz' });
      await fillValid(el);
      await typeInto(el, 'message', 'Hi there');
      const key = Object.keys(sessionStorage).find((k) => k.includes(tag))!;
      expect(key).to.contain('ana-ruiz');
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.include({ name: 'Ana Ruiz', message: 'Hi there' });
      expect(localStorage.length).to.equal(0);

      const again = await fixture<ConsultRequest>(html`<consult-request
        endpoint=${el.endpoint} therapist="ana-ruiz" persist-draft min-fill-ms="0"></consult-request>`);
      expect($<HTMLInputElement>(again, '#name').value).to.equal('Ana Ruiz');
      expect($<HTMLTextAreaElement>(again, '#message').value).to.equal('Hi there');

      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it('never writes what a client typed to the console', async () => {
      const calls: unknown[][] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const saved = methods.map((m) => console[m]);
      methods.forEach((m) => (console[m] = (...args: unknown[]) => calls.push(args)));
      try {
        const { el } = await form('err500-once');
        await typeInto(el, 'name', 'Ana Ruiz');
        await click(button(el));
        await typeInto(el, 'email', 'ana@example.org');
        await tab();
        await click($(el, '#consent'));
        await typeInto(el, 'message', 'Private words');
        await click(button(el));
        await settled(el);
        expect(el.status).to.equal('error');
        await click(button(el));
        await settled(el);
        expect(el.status).to.equal('success');
      } finally {
        methods.forEach((m, i) => (console[m] = saved[i]));
      }
      const text = JSON.stringify(calls.map((args) => args.map(String)));
      for (const value of ['Ana Ruiz', 'ana@example.org', 'Private words'])
        expect(text).to.not.contain(value);
    });
  });

  describe('configuration errors', () => {
    for (const endpoint of [
      null,
      '',
      'javascript:alert(1)',
      'ftp://example.org/consult',
      'not a url',
      'http://example.com/consult',
      'consult',
    ]) {
      it(`endpoint ${JSON.stringify(endpoint)}: a plain message, one console error, nothing sent`, async () => {
        const errors: unknown[][] = [];
        const saved = console.error;
        console.error = (...args: unknown[]) => errors.push(args);
        const savedFetch = window.fetch;
        let fetched = 0;
        window.fetch = (...args: Parameters<typeof fetch>) => (fetched++, savedFetch(...args));
        const events: unknown[] = [];
        const wrapper = document.createElement('div');
        wrapper.addEventListener('consult-error', (e) => events.push((e as CustomEvent).detail));
        try {
          const el = document.createElement('consult-request');
          if (endpoint !== null) el.setAttribute('endpoint', endpoint);
          wrapper.append(el);
          await fixture(html`${wrapper}`);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(el.status).to.equal('config');
          expect(visibleText(el)).to.contain('This contact form is not set up yet');
          expect(visibleText(el)).to.contain('not for emergencies');
          expect(button(el)).to.equal(null);
          await el.submit();
          expect(fetched).to.equal(0);
          expect(errors).to.have.length(1);
          expect(String(errors[0][0])).to.contain('"endpoint" attribute');
          // The event comes in a later task (test/consult-request.config-event.test.ts).
          await aTimeout(50);
          expect(events).to.deep.equal([{ kind: 'config' }]);
          await expect(el).to.be.accessible();
        } finally {
          console.error = saved;
          window.fetch = savedFetch;
        }
      });
    }

    it('a good endpoint set later brings the form back', async () => {
      const saved = console.error;
      console.error = () => {};
      try {
        const el = await fixture<ConsultRequest>(
          html`<consult-request endpoint="ftp://x"></consult-request>`,
        );
        expect(el.status).to.equal('config');
        el.endpoint = '/api/consult';
        await el.updateComplete;
        expect(el.status).to.equal('idle');
        expect(button(el)).to.not.equal(null);
      } finally {
        console.error = saved;
      }
    });
  });
  describe('a failure keeps every field a person filled', () => {
    for (const scenario of ['err500', 'errors422-object', 'drop']) {
      it(`${scenario}: every control holds what it held, and what was sent was what the person typed`, async () => {
        const { el, tag } = await form(scenario);
        const filled = await fillEveryField(el);
        expect(filled.contactMethod, 'a choice other than the preselected one').to.equal('text');
        await click(button(el));
        await settled(el);
        expect(el.status).to.equal('error');
        await el.updateComplete;
        expect(formState(el)).to.deep.equal(filled);
        const [sent] = await posts(tag);
        const body = JSON.parse(sent!.body);
        for (const [key, value] of Object.entries(filled))
          expect(body[key], `${key} as sent`).to.equal(value);
      });
    }
  });

  describe('what the README promises', () => {
    it('`mode` is reflected, so CSS can tell the modes apart', async () => {
      const { el } = await form('ok200');
      expect(el.getAttribute('mode')).to.equal('inline');
      el.mode = 'dialog';
      await el.updateComplete;
      expect(el.getAttribute('mode')).to.equal('dialog');
      expect(el.matches('[mode="dialog"]')).to.be.true;
    });

    it('`fields=""` shows none of the optional fields: name, email and consent only', async () => {
      const { el } = await form('ok200', { fields: '' });
      expect(Object.keys(formState(el))).to.deep.equal(['name', 'email', 'consent']);
    });

    it('`contact-method` needs `phone`: alone, it shows no choice', async () => {
      const { el } = await form('ok200', { fields: 'contact-method message' });
      expect(Object.keys(formState(el))).to.deep.equal(['name', 'email', 'message', 'consent']);
      el.fields = 'contact-method phone';
      await el.updateComplete;
      expect(Object.keys(formState(el))).to.deep.equal([
        'name',
        'email',
        'phone',
        'contactMethod',
        'consent',
      ]);
    });

    it('inline, open() focuses the first field', async () => {
      const { el } = await form('ok200');
      (document.activeElement as HTMLElement | null)?.blur();
      await el.open();
      expect(deepActive()).to.equal($(el, '#name'));
    });

    it('has every part the manifest lists, in the state that shows it', async () => {
      const manifest = await (await fetch('/raw/dist/custom-elements.json')).json();
      const declaration = manifest.modules
        .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
        .find((d: { tagName?: string }) => d.tagName === 'consult-request');
      const parts: string[] = declaration.cssParts.map((p: { name: string }) => p.name);
      expect(parts).to.include.members(['form', 'submit', 'status', 'crisis', 'dialog', 'success']);
      const seen = new Set<string>();
      const look = (el: Element) =>
        el.shadowRoot!.querySelectorAll('[part]').forEach((n) =>
          n
            .getAttribute('part')!
            .split(/\s+/)
            .forEach((p) => seen.add(p)),
        );
      const dialog = await form('ok200', { mode: 'dialog' });
      look(dialog.el);
      await dialog.el.open();
      look(dialog.el);
      dialog.el.close();
      const { el } = await form('ok200');
      look(el);
      fillByScript(el);
      await el.submit();
      await settled(el);
      await el.updateComplete;
      look(el);
      look((await form('ok200', { accepting: 'no' })).el);
      expect(
        parts.filter((p) => !seen.has(p)),
        'parts the element never renders',
      ).to.deep.equal([]);
    });

    it('takes its accent, radius and error colour from the custom properties, and the page can style its parts', async () => {
      const style = document.createElement('style');
      style.textContent = 'consult-request.themed::part(submit) { text-transform: uppercase; }';
      document.head.append(style);
      try {
        const { el } = await form('ok200', {
          class: 'themed',
          style:
            '--relational-accent: rgb(1, 2, 3); --relational-radius: 7px; --relational-error: rgb(4, 5, 6)',
        });
        const submit = getComputedStyle(button(el));
        expect(submit.backgroundColor).to.equal('rgb(1, 2, 3)');
        expect(submit.borderTopLeftRadius).to.equal('7px');
        expect(submit.textTransform).to.equal('uppercase');
        await click(button(el));
        await el.updateComplete;
        expect(getComputedStyle(el.shadowRoot!.getElementById('name-error')!).color).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });

    it("follows the page's color-scheme: the dark accent on a dark page, and stays accessible there", async () => {
      const light = await form('ok200');
      const wrapper = await fixture(
        html`<div style="color-scheme: dark; background: #121212; color: #eee"></div>`,
      );
      const { el } = await form('ok200');
      wrapper.append(el);
      await el.updateComplete;
      expect(getComputedStyle(button(light.el)).backgroundColor).to.equal('rgb(45, 106, 90)');
      expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(143, 211, 191)');
      await expect(el).to.be.accessible();
    });

    it("sends only the origin as referrer, even to its own origin (where the browser would send the page's path and query)", async () => {
      const { el, tag } = await form('ok200');
      el.endpoint = `/__endpoint/t/${tag}/ok200`;
      await el.updateComplete;
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?private=ana-ruiz`);
      try {
        // The control: a plain same-origin fetch sends the whole address.
        await fetch(`/__endpoint/t/${tag}/ok200`, { method: 'POST', body: '{}' });
        fillByScript(el);
        await el.submit();
        await settled(el);
      } finally {
        history.replaceState(null, '', before);
      }
      const [control, ours] = await posts(tag);
      expect(control!.headers.referer).to.contain('private=ana-ruiz');
      expect(ours!.headers.referer).to.equal(`${location.origin}/`);
    });

    it('`success-redirect` takes the page there after a successful send (after consult-success); a refused one is ignored', async () => {
      const frame = await openPage('redirect.html');
      try {
        const win = frame.contentWindow!;
        await win.customElements.whenDefined('consult-request');
        const tag = newTag();
        const make = async (redirect: string) => {
          const el = frame.contentDocument!.createElement('consult-request') as ConsultRequest;
          el.setAttribute('endpoint', `/__endpoint/t/${tag}/ok200`);
          el.setAttribute('min-fill-ms', '0');
          el.setAttribute('success-redirect', redirect);
          frame.contentDocument!.body.append(el);
          await el.updateComplete;
          fillByScript(el);
          return el;
        };
        const refused = await make('javascript:parent.__rwRan("redirect")');
        await refused.submit();
        await settled(refused);
        expect(refused.status).to.equal('success');
        expect(win.location.search, 'a javascript: redirect is ignored').to.equal('');

        const el = await make('/raw/pages/redirect.html?thanks');
        const success = oneEvent(el, 'consult-success');
        const arrived = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        await el.submit();
        await success;
        await arrived;
        expect(frame.contentWindow!.location.pathname + frame.contentWindow!.location.search).to.equal(
          '/raw/pages/redirect.html?thanks',
        );
        expect(await posts(tag)).to.have.length(2);
      } finally {
        frame.remove();
      }
    });
  });

  describe('hostile strings', () => {
    let watch: ReturnType<typeof watchForExecution>;
    beforeEach(() => (watch = watchForExecution()));
    afterEach(() => watch.stop());

    it('in every attribute: shown as text, never run', async () => {
      for (const bad of EXECUTING) {
        const inline =
          await fixture<ConsultRequest>(html`<consult-request endpoint=${bad} therapist=${bad} fields=${bad}
          success-redirect=${bad} consult-minutes=${bad} timeout=${bad} encoding=${bad}></consult-request>`);
        const { el } = await form('ok200', { 'cta-label': bad, mode: 'dialog', therapist: bad });
        await el.open();
        try {
          expect(trigger(el).textContent!.trim()).to.equal(bad);
          for (const root of [inline.shadowRoot!, el.shadowRoot!]) {
            expect(root.querySelector('script, img, svg, iframe, details:not([part])'), bad).to.equal(null);
            expect(root.querySelector('a[href*="script:" i]'), bad).to.equal(null);
          }
        } finally {
          // A modal dialog left open makes the rest of the page inert.
          el.close();
        }
        expect(await watch.settle(), bad).to.deep.equal([]);
      }
    });

    it("in the server's error messages: shown as text, never run", async () => {
      const { el } = await form('errors400-hostile');
      fillByScript(el);
      await el.submit();
      await settled(el);
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal(`<img src=x onerror="__rwRan('server field message')">`);
      expect(statusText(el)).to.contain('<svg onload=');
      expect(el.shadowRoot!.querySelector('img, svg')).to.equal(null);
      expect(await watch.settle()).to.deep.equal([]);
    });

    it('typed by a client: sent as typed, never run', async () => {
      const { el, tag } = await form('ok200');
      await fillValid(el);
      const box = $<HTMLTextAreaElement>(el, '#message');
      box.value = EXECUTING.join('\n');
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      const [sent] = await posts(tag);
      expect(JSON.parse(sent!.body).message).to.equal(EXECUTING.join('\n'));
      expect(await watch.settle()).to.deep.equal([]);
    });
  });
});
