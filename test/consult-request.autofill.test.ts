// What the client sees is what is sent: AutoFill, password managers and the page itself may set
// a field's value with no `input` event (Safari), with `change` only, or before the element
// renders again. Whatever the fields show when Send is pressed is what the server receives.
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import {
  $,
  button,
  click,
  errorOf,
  expect,
  fillValid,
  form,
  posts,
  settled,
  statusText,
  typeInto,
  waitFor,
} from './support/consult-request.js';
import { backendNodeId, cdp, describeChromium } from './support/cdp.js';

const field = (el: Element, id: string) => $<HTMLInputElement>(el, `#${id}`);
const sent = async (tag: string) => JSON.parse((await posts(tag))[0].body);

/** Sets values the way an autofill that fires no event does, then, if asked, fires `change` only. */
function fill(el: Element, values: Record<string, string>, event?: 'change') {
  for (const [id, value] of Object.entries(values)) {
    const input = field(el, id);
    input.value = value;
    if (event) input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

async function tickConsentAndSend(el: ConsultRequest) {
  const consent = field(el, 'consent');
  await click(consent);
  await waitFor(() => consent.checked, 'the consent box to be ticked');
  await click(button(el));
  await settled(el);
}

describe('<consult-request> autofill', () => {
  it('keeps every field a native control of the one form in its shadow root, with exact autocomplete tokens', async () => {
    const { el } = await form('ok200');
    const forms = el.shadowRoot!.querySelectorAll('form');
    expect(forms).to.have.length(1);
    const [f] = forms;
    for (const [id, token, type] of [
      ['name', 'name', 'text'],
      ['email', 'email', 'email'],
      ['phone', 'tel', 'tel'],
    ]) {
      const input = field(el, id);
      expect(input.localName, id).to.equal('input');
      expect(input.form, id).to.equal(f);
      expect(input.type, id).to.equal(type);
      // The IDL getter returns "" for an invalid token list (Firefox), so this checks the token too.
      expect(input.autocomplete, id).to.equal(token);
      expect([...f.elements]).to.include(input);
    }
    expect(field(el, 'message').form).to.equal(f);
    expect(field(el, 'consent').form).to.equal(f);
  });

  it('a fill that fires no event (Safari AutoFill): the shown values are validated and sent', async () => {
    const { el, tag } = await form('ok200');
    fill(el, { name: 'Ana Ruiz', email: 'ana@example.org', phone: '503 827 4169' });
    await tickConsentAndSend(el);
    expect(el.status, statusText(el)).to.equal('success');
    expect(await sent(tag)).to.include({ name: 'Ana Ruiz', email: 'ana@example.org', phone: '503 827 4169' });
  });

  it('a fill that fires `change` only (some password managers): the messages go at once, and the values are sent', async () => {
    const { el, tag } = await form('ok200');
    await click(button(el));
    await waitFor(() => !!errorOf(el, 'name') && !!errorOf(el, 'email'), 'the messages for the empty fields');
    fill(el, { name: 'Ana Ruiz', email: 'ana@example.org' }, 'change');
    await el.updateComplete;
    expect(errorOf(el, 'name')).to.equal(undefined);
    expect(errorOf(el, 'email')).to.equal(undefined);
    await tickConsentAndSend(el);
    expect(el.status, statusText(el)).to.equal('success');
    expect(await sent(tag)).to.include({ name: 'Ana Ruiz', email: 'ana@example.org' });
  });

  it('a silent fill after typing replaces what was typed; the shown value is sent', async () => {
    const { el, tag } = await form('ok200');
    await fillValid(el);
    fill(el, { email: 'ana.ruiz@example.net' });
    await click(button(el));
    await settled(el);
    expect((await sent(tag)).email).to.equal('ana.ruiz@example.net');
  });

  it('a silently filled field is checked as it shows: a bad address gets its message, not "enter your email"', async () => {
    const { el, tag } = await form('ok200');
    fill(el, { name: 'Ana Ruiz', email: 'ana@' });
    await tickConsentAndSend(el);
    expect(el.status).to.equal('error');
    expect(errorOf(el, 'email')).to.equal('Please check this email address (like name@example.com).');
    expect(errorOf(el, 'name')).to.equal(undefined);
    expect(await posts(tag)).to.have.length(0);
  });

  it('a re-render never wipes a value the page put there', async () => {
    const { el, tag } = await form('err500-once', { fields: 'phone contact-method message' });
    fill(el, { name: 'Ana Ruiz' });
    // Renders that touch other fields: typing, a choice that changes which field is required,
    // a failed send with its message.
    await typeInto(el, 'email', 'ana@example.org');
    await click($(el, 'input[value="phone"]'));
    await click($(el, 'input[value="email"]'));
    await el.updateComplete;
    expect(field(el, 'name').value).to.equal('Ana Ruiz');
    await tickConsentAndSend(el);
    expect(el.status).to.equal('error');
    expect(field(el, 'name').value).to.equal('Ana Ruiz');
    await click(button(el));
    await settled(el);
    expect(el.status).to.equal('success');
    const [first, second] = (await posts(tag)).map((r) => JSON.parse(r.body));
    expect(first.name).to.equal('Ana Ruiz');
    expect(second.name).to.equal('Ana Ruiz');
  });

  describeChromium('real Chromium autofill through the DevTools protocol (Chromium only)', () => {
    const address = {
      fields: [
        { name: 'NAME_FULL', value: 'Ana Ruiz' },
        { name: 'EMAIL_ADDRESS', value: 'ana@example.org' },
        { name: 'PHONE_HOME_WHOLE_NUMBER', value: '5038274169' },
      ],
    };
    interface Filled {
      filledFields: { id: string; value: string; fillingStrategy: string }[];
    }

    it('fills name, email and phone by their autocomplete tokens, in the shadow root, and the server gets them (Chromium only)', async () => {
      const { el, tag } = await form('ok200');
      await cdp('Autofill.enable').catch(() => undefined);
      const { event } = await cdp(
        'Autofill.trigger',
        { fieldId: await backendNodeId(field(el, 'name')), address },
        'Autofill.addressFormFilled',
      );
      // Chromium lists every field of the form; those it put a value in are the three with tokens.
      const filled = (event as Filled).filledFields.filter((f) => f.value);
      expect(filled.map((f) => [f.id, f.fillingStrategy])).to.deep.equal([
        ['name', 'autocompleteAttribute'],
        ['email', 'autocompleteAttribute'],
        ['phone', 'autocompleteAttribute'],
      ]);
      // The browser reports the fill before the page has the values.
      await waitFor(() => field(el, 'phone').value === '5038274169', 'the filled values in the page');
      expect(field(el, 'name').value).to.equal('Ana Ruiz');
      // The honeypot (and the message) stay empty: a filled honeypot would drop the request as spam.
      expect(field(el, 'message').value).to.equal('');
      expect(field(el, 'rw-hp').value).to.equal('');
      await tickConsentAndSend(el);
      expect(el.status, statusText(el)).to.equal('success');
      expect(await sent(tag)).to.include({ name: 'Ana Ruiz', email: 'ana@example.org', phone: '5038274169' });
    });

    it('the control: without autocomplete tokens, Chromium only guesses (Chromium only)', async () => {
      const { el } = await form('ok200');
      for (const id of ['name', 'email', 'phone']) field(el, id).removeAttribute('autocomplete');
      await cdp('Autofill.enable').catch(() => undefined);
      const { event } = await cdp(
        'Autofill.trigger',
        { fieldId: await backendNodeId(field(el, 'name')), address },
        'Autofill.addressFormFilled',
      );
      const filled = ((event as Filled | null)?.filledFields ?? []).filter((f) => f.value);
      expect(filled.length, JSON.stringify(event)).to.be.greaterThan(0);
      expect(
        filled.every((f) => f.fillingStrategy === 'autofillInferred'),
        JSON.stringify(filled),
      ).to.equal(true);
    });
  });
});
