// A Spanish page and a French page end to end: the built one-language module
// (dist/relational-widgets.es.js, .fr.js) on a plain page, a person filling the form in, and the
// request arriving in the demo's local inbox (demo/inbox, served at /api/ by the test runner).
// And a directory whose cards mix languages, with the all-languages build.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openPage, pageReport, renderedElements } from './support/frame.js';
import { click, deepActive, frames, waitFor } from './support/person.js';

type Widget = HTMLElement & { status?: string; updateComplete: Promise<unknown> };

const PAGES = {
  es: {
    lang: 'es-US',
    lead: /^¿Vuelven una y otra vez los mismos sentimientos/,
    toggle: 'Leer la introducción completa',
    card: 'Terapia psicodinámica relacional',
    name: 'Su nombre (obligatorio)',
    nameMissing: 'Escriba su nombre, por favor.',
    // 988, 911, then 988's Spanish line: call and press 2, or text AYUDA.
    crisis: ['tel:988', 'sms:988', 'tel:911', 'tel:988', 'sms:988'],
    success: 'Gracias. Su solicitud fue enviada.',
    person: 'Lucía Fernández',
  },
  fr: {
    lang: 'fr-CA',
    lead: /^Les mêmes émotions refont-elles surface/,
    toggle: 'Lire toute l’introduction',
    card: 'Thérapie psychodynamique relationnelle',
    name: 'Votre nom (obligatoire)',
    nameMissing: 'Veuillez entrer votre nom.',
    crisis: ['tel:988', 'sms:988', 'tel:911'],
    success: 'Merci. Votre demande a été envoyée.',
    person: 'Élise Gagnon',
  },
} as const;

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

/** Focuses a field of a framed form with the mouse, types as a person, then tabs on. */
async function type(frame: HTMLIFrameElement, field: HTMLInputElement, value: string) {
  await click(field, frame);
  await waitFor(() => deepActive(frame.contentDocument!) === field, `#${field.id} to take focus`, 3000);
  await sendKeys({ type: value });
  await waitFor(() => field.value === value, `"${value}" in #${field.id}`, 3000);
  await sendKeys({ press: 'Tab' });
}

describe('language pages, end to end', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [code, want] of Object.entries(PAGES)) {
    it(`${code}: the intro and the form in ${code}, a mistake, then a request that reaches the local inbox`, async () => {
      frame = await openPage(`lang-${code}.html`, 760, 560);
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', zIndex: '1' });
      const [intro, card, form] = (await renderedElements(frame)) as Widget[];
      await frames();

      // The intro: the teaser in the language, and the card, though it says lang="en": this
      // build carries its own language only (mixed pages use relational-widgets.all.js).
      expect(text(intro!, '.lead')).to.match(want.lead);
      expect(text(intro!, '[part="toggle"]')).to.equal(want.toggle);
      expect(text(card!, '[part="approach"]')).to.contain(want.card);
      expect(card!.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(code);

      // The form: labels, the crisis lines of the page's country.
      const root = form!.shadowRoot!;
      expect(text(form!, 'label[for="name"]')).to.equal(want.name);
      expect(
        [...root.querySelectorAll('[part="crisis"] a')].map((a) => a.getAttribute('href')),
      ).to.deep.equal(want.crisis);

      // A mistake: sending with no name says so in the language, at the field.
      await click(root.querySelector('[part="submit"]')!, frame);
      await waitFor(() => !!root.getElementById('name-error'), 'the name’s message');
      expect(root.getElementById('name-error')!.textContent!.trim()).to.equal(want.nameMissing);

      // Then filled in as a person would, and sent.
      const consent = root.getElementById('consent') as HTMLInputElement;
      await type(frame, root.getElementById('name') as HTMLInputElement, want.person);
      await type(frame, root.getElementById('email') as HTMLInputElement, 'persona@example.org');
      await click(consent, frame);
      await waitFor(() => consent.checked, 'the consent box to be ticked');
      await click(root.querySelector('[part="submit"]')!, frame);
      await waitFor(() => form!.status === 'success', 'the request to succeed', 8000);
      await form!.updateComplete;
      expect(text(form!, '[part="success"]')).to.contain(want.success);
      expect(pageReport(frame).errors).to.deep.equal([]);

      // The inbox got it, with the language the client used and the contract's codes.
      const { entries } = await (await fetch('/api/inbox')).json();
      const entry = entries.find((e: { payload?: { name?: string } }) => e.payload?.name === want.person);
      expect(entry, 'the request is in the inbox').to.exist;
      expect(entry.payload).to.include({
        locale: want.lang,
        contactMethod: 'email',
        consent: true,
        therapist: 'ana-ruiz',
      });
    });
  }

  it('the all-languages build: each card in its own language, German (not shipped) in English', async () => {
    frame = await openPage('lang-all.html', 800, 900);
    const cards = (await renderedElements(frame)) as Widget[];
    const approach = (el: Widget) => text(el, '[part="approach"]');
    const [en, es, fr, de] = cards;
    expect(approach(en!)).to.match(/^Relational psychodynamic therapy/);
    expect(approach(es!)).to.match(/^Terapia psicodinámica relacional/);
    expect(approach(fr!)).to.match(/^Thérapie psychodynamique relationnelle/);
    expect(approach(de!)).to.match(/^Relational psychodynamic therapy/);
    expect(cards.map((c) => c.shadowRoot!.querySelector('article')!.getAttribute('lang'))).to.deep.equal([
      'en',
      'es-MX',
      'fr-CA',
      'en',
    ]);
    expect(pageReport(frame).errors).to.deep.equal([]);
  });
});
