// Language resolution, the shared `lang` observer and the overrides, on a small element of the
// test's own that uses the same LocaleController as <consult-request> and <relational-intro>.
import { fixture, fixtureCleanup, html, expect } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { LocaleController, registerLanguage, resolveLanguage } from '../src/i18n/locale.js';
import type { Strings } from '../src/i18n/catalog.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { waitFor } from './support/person.js';

class LangProbe extends LitElement {
  static override properties = { strings: { attribute: false } };
  /** Overrides, as the elements take them. */
  declare strings?: Strings;
  locale = new LocaleController(this, () => this.strings);

  override render() {
    const { lang, dir, strings: t } = this.locale;
    return html`<p lang=${lang} dir=${dir ?? nothing}>${t.submit}</p><p class="cta">${t.ctaLabel({ minutes: 20 })}</p><p class="phone">${t.contactMethodOptions.phone}</p>`;
  }
}
customElements.define('lang-probe', LangProbe);

/** A host with a shadow root of its own, for "nearest ancestor across shadow roots". */
class ShadowWrap extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="inner"><lang-probe></lang-probe></div>';
  }
}
customElements.define('shadow-wrap', ShadowWrap);

registerLanguage('es', es);
registerLanguage('fr', fr);

const shown = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!;
const langOf = (el: Element) => el.shadowRoot!.querySelector('p')!.getAttribute('lang');
/** Waits until the probe shows `text` (the observer answers in a microtask, the render after). */
const shows = (el: LangProbe, text: string) =>
  waitFor(async () => (await el.updateComplete, shown(el) === text), `"${text}"`, 2000);

describe('language resolution', () => {
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang');
  afterEach(() => (pageLang === null ? root.removeAttribute('lang') : root.setAttribute('lang', pageLang)));

  it('uses the element’s own lang', async () => {
    const el = await fixture<LangProbe>(html`<div lang="fr"><lang-probe lang="es"></lang-probe></div>`).then(
      (d) => d.firstElementChild as LangProbe,
    );
    expect(shown(el)).to.equal('Enviar solicitud');
    expect(langOf(el)).to.equal('es');
    expect(el.locale.lang).to.equal('es');
  });

  it('else the nearest ancestor’s lang', async () => {
    const wrap = await fixture(
      html`<div lang="es"><section lang="fr"><lang-probe></lang-probe></section></div>`,
    );
    const el = wrap.querySelector('lang-probe') as LangProbe;
    expect(shown(el)).to.equal('Envoyer la demande');
  });

  it('climbs out of shadow roots to their hosts’ ancestors', async () => {
    const outer = await fixture(html`<div lang="fr"><shadow-wrap></shadow-wrap></div>`);
    const el = outer.querySelector('shadow-wrap')!.shadowRoot!.querySelector('lang-probe') as LangProbe;
    await el.updateComplete;
    expect(resolveLanguage(el)).to.equal('fr');
    expect(shown(el)).to.equal('Envoyer la demande');
    // and a lang inside the shadow root is nearer than the one outside
    el.parentElement!.setAttribute('lang', 'es');
    await shows(el, 'Enviar solicitud');
  });

  it('else <html lang>, else English', async () => {
    root.setAttribute('lang', 'es');
    const el = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(shown(el)).to.equal('Enviar solicitud');
    root.removeAttribute('lang');
    await shows(el, 'Send request');
    expect(el.locale.lang).to.equal('en');
  });

  it('falls back by prefix (es-MX to es, fr-CA to fr), then to English; keeps the tag it was given', async () => {
    for (const [tag, text, lang] of [
      ['es-MX', 'Enviar solicitud', 'es-MX'],
      ['fr-CA', 'Envoyer la demande', 'fr-CA'],
      ['ES_us', 'Enviar solicitud', 'ES_us'],
      ['de', 'Send request', 'en'],
      ['', 'Send request', 'en'],
      ['en-GB', 'Send request', 'en-GB'],
      ['x', 'Send request', 'en'],
    ]) {
      const el = await fixture<LangProbe>(html`<lang-probe lang=${tag}></lang-probe>`);
      expect(shown(el), tag).to.equal(text);
      expect(langOf(el), tag).to.equal(lang);
    }
  });

  it('follows lang changing at run time on the element, on an ancestor and on <html>', async () => {
    const wrap = await fixture(html`<div><lang-probe></lang-probe></div>`);
    const el = wrap.firstElementChild as LangProbe;
    expect(shown(el)).to.equal('Send request');
    root.setAttribute('lang', 'fr');
    await shows(el, 'Envoyer la demande');
    wrap.setAttribute('lang', 'es');
    await shows(el, 'Enviar solicitud');
    el.setAttribute('lang', 'fr-CA');
    await shows(el, 'Envoyer la demande');
    el.removeAttribute('lang');
    await shows(el, 'Enviar solicitud');
  });

  it('switches to a language registered after it rendered, and writes right-to-left languages rtl', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe lang="ar-EG"></lang-probe>`);
    expect(shown(el)).to.equal('Send request');
    expect(el.shadowRoot!.querySelector('p')!.hasAttribute('dir')).to.equal(false);
    registerLanguage('ar', { submit: 'إرسال الطلب' });
    await shows(el, 'إرسال الطلب');
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('.cta')!.textContent, 'keys it leaves out stay English').to.equal(
      'Book a free 20-minute consultation',
    );
  });
});

describe('the shared lang observer', () => {
  it('is one MutationObserver for every element, disconnected with the last one', async () => {
    fixtureCleanup();
    const Real = window.MutationObserver;
    let made = 0;
    let observing = 0;
    class Counting extends Real {
      constructor(callback: MutationCallback) {
        super(callback);
        made++;
      }
      override observe(target: Node, options?: MutationObserverInit) {
        observing++;
        super.observe(target, options);
      }
      override disconnect() {
        observing = 0;
        super.disconnect();
      }
    }
    window.MutationObserver = Counting;
    try {
      const wrap = await fixture(
        html`<div><lang-probe></lang-probe><lang-probe></lang-probe><shadow-wrap></shadow-wrap></div>`,
      );
      expect(made, 'one observer for three elements').to.equal(1);
      expect(observing, 'it watches the document and the shadow root one probe lives in').to.be.greaterThan(
        0,
      );
      for (const el of wrap.querySelectorAll('lang-probe')) el.remove();
      expect(observing, 'still watching for the one left').to.be.greaterThan(0);
      wrap.remove();
      expect(observing, 'disconnected with the last element').to.equal(0);
      await fixture(html`<lang-probe></lang-probe>`);
      expect(made, 'a new one when an element comes back').to.equal(2);
    } finally {
      window.MutationObserver = Real;
      fixtureCleanup();
    }
  });
});

describe('overrides', () => {
  it('the strings property replaces any sentence, text with {marks} standing in for a function', async () => {
    const el = await fixture<LangProbe>(
      html`<lang-probe lang="es" .strings=${{ submit: 'Mandar', ctaLabel: 'Agende sus {minutes} minutos' }}></lang-probe>`,
    );
    expect(shown(el)).to.equal('Mandar');
    expect(el.shadowRoot!.querySelector('.cta')!.textContent).to.equal('Agende sus 20 minutos');
    el.strings = { submit: 'Otra vez' };
    await el.updateComplete;
    expect(shown(el)).to.equal('Otra vez');
    expect(
      el.shadowRoot!.querySelector('.cta')!.textContent,
      'dropped overrides go back to the language',
    ).to.equal('Reserve una consulta gratuita de 20 minutos');
  });

  it('a child <script type="application/json" slot="strings"> does the same from HTML; the property wins', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe
      ><script type="application/json" slot="strings">
        { "submit": "Ask Ana", "ctaLabel": "Talk for {minutes} minutes" }
      </script></lang-probe
    >`);
    expect(shown(el)).to.equal('Ask Ana');
    expect(el.shadowRoot!.querySelector('.cta')!.textContent).to.equal('Talk for 20 minutes');
    el.strings = { submit: 'From the property' };
    await el.updateComplete;
    expect(shown(el)).to.equal('From the property');
  });

  it('a group of sentences takes the ones given and keeps the others, in the property and in the JSON', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe lang="es"
      ><script type="application/json" slot="strings">
        { "contactMethodOptions": { "phone": "Llamada, por favor" }, "summary": { "sections": "not a list" } }
      </script></lang-probe
    >`);
    expect(el.shadowRoot!.querySelector('.phone')!.textContent).to.equal('Llamada, por favor');
    expect(el.locale.strings.contactMethodOptions.text).to.equal('Mensaje de texto');
    expect(el.locale.strings.summary.sections, 'a wrong kind inside a group is left out').to.be.an('array');
    el.strings = { contactMethodOptions: { phone: 'Por teléfono' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.phone')!.textContent).to.equal('Por teléfono');
    expect(el.locale.strings.contactMethodOptions.email).to.equal('Correo electrónico');
  });

  it('keeps hostile strings as text and ignores unknown keys, wrong kinds and __proto__', async () => {
    const el = await fixture<LangProbe>(html`<lang-probe
      ><script type="application/json" slot="strings">
        { "submit": "<img src=x onerror=window.__pwned=1>", "__proto__": { "polluted": true }, "nope": "x", "ctaLabel": 5 }
      </script></lang-probe
    >`);
    expect(shown(el)).to.equal('<img src=x onerror=window.__pwned=1>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.cta')!.textContent).to.equal('Book a free 20-minute consultation');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((el.locale.strings as Record<string, unknown>).nope).to.equal(undefined);
  });

  it('says plainly, once, when the JSON cannot be read, and keeps the defaults', async () => {
    const errors: unknown[][] = [];
    const real = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const el = await fixture<LangProbe>(html`<lang-probe lang="fr"
        ><script type="application/json" slot="strings">{ submit: 'single quotes' }</script></lang-probe
      >`);
      expect(shown(el)).to.equal('Envoyer la demande');
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('<lang-probe>').and.contain('JSON object');
    } finally {
      console.error = real;
    }
  });
});
