// Both elements in each language we ship: the same flows a person goes through, in Spanish and
// in French (English is covered by the elements' own test files), plus `country` and overrides.
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { RelationalIntro } from '../src/relational-intro/relational-intro.js';
import '../src/relational-intro/relational-intro.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import {
  $,
  button,
  click,
  deepActive,
  errorOf,
  expect,
  fillValid,
  form,
  posts,
  settled,
  statusText,
  tab,
  typeInto,
  waitFor,
} from './support/consult-request.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

const text = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();
/** Non-breaking spaces (French typography) read as plain ones, for comparing. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** What each language must show: labels, one validation message, a failure, the success and the intro. */
const LANGUAGES = {
  es: {
    name: 'Su nombre (obligatorio)',
    submit: 'Enviar solicitud',
    nameMissing: 'Escriba su nombre, por favor.',
    emailInvalid: 'Revise este correo electrónico (por ejemplo, nombre@ejemplo.com).',
    check: 'Revise los campos señalados arriba.',
    failed500:
      'El servidor no pudo procesar su solicitud (error 500). Todo lo que escribió sigue aquí; inténtelo de nuevo.',
    retry: 'Volver a intentar',
    success: 'Gracias. Su solicitud fue enviada.',
    crisis: 'Este formulario no es para emergencias.',
    title: 'Sanar a través de la relación',
    pillar: 'La mutualidad',
    closing: 'No tiene que resolverlo a solas.',
    readMore: 'Leer la introducción completa',
    cta: 'Reserve una consulta gratuita de 20 minutos',
    dialog: 'Solicite una consulta gratuita de 20 minutos',
  },
  fr: {
    name: 'Votre nom (obligatoire)',
    submit: 'Envoyer la demande',
    nameMissing: 'Veuillez entrer votre nom.',
    emailInvalid: 'Veuillez vérifier cette adresse courriel (par exemple nom@exemple.com).',
    check: 'Veuillez vérifier les champs indiqués ci-dessus.',
    failed500:
      'Le serveur n’a pas pu traiter votre demande (erreur 500). Tout ce que vous avez écrit est conservé ; veuillez réessayer.',
    retry: 'Réessayer',
    success: 'Merci. Votre demande a été envoyée.',
    crisis: 'Ce formulaire n’est pas destiné aux urgences.',
    title: 'Guérir par la relation',
    pillar: 'La mutualité',
    closing: 'Vous n’avez pas à démêler tout cela sans soutien.',
    readMore: 'Lire toute l’introduction',
    cta: 'Réserver une consultation gratuite de 20 minutes',
    dialog: 'Demander une consultation gratuite de 20 minutes',
  },
} as const;

for (const [code, want] of Object.entries(LANGUAGES)) {
  describe(`in ${code}`, () => {
    const lang = `${code}-${code === 'es' ? 'US' : 'CA'}`;

    it('<consult-request>: accessible, labelled and noticed in the language; the content says its lang', async () => {
      const { el } = await form('ok200', { lang });
      await expect(el).to.be.accessible();
      expect(text(el, 'label[for="name"]')).to.equal(want.name);
      expect(button(el).textContent!.trim()).to.equal(want.submit);
      expect(text(el, '[part="crisis"]')).to.contain(want.crisis);
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal(lang);
    });

    it('<consult-request>: a message on blur, the check on submit, focus on the problem, axe with errors shown', async () => {
      const { el } = await form('ok200', { lang });
      await typeInto(el, 'email', 'ana@');
      await tab();
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal(want.emailInvalid);
      await click(button(el));
      await waitFor(() => statusText(el) !== '', 'the check to be announced');
      expect(plain(statusText(el))).to.equal(plain(want.check));
      expect(errorOf(el, 'name')).to.equal(want.nameMissing);
      expect(deepActive(), 'focus on the first problem').to.equal($(el, '#name'));
      await expect(el).to.be.accessible();
    });

    it('<consult-request>: a server error in the language, everything kept, then a retry that succeeds', async () => {
      const { el } = await form('err500', { lang });
      await fillValid(el);
      await click(button(el));
      await settled(el);
      expect(plain(statusText(el))).to.equal(plain(want.failed500));
      expect(button(el).textContent!.trim()).to.equal(want.retry);
      expect($<HTMLInputElement>(el, '#name').value).to.equal('Ana Ruiz');
      await expect(el).to.be.accessible();
    });

    it('<consult-request>: success in the language, and the payload says which language the client used', async () => {
      const { el, tag } = await form('ok200', { lang, country: 'MX' });
      const success = oneEvent(el, 'consult-success');
      await fillValid(el);
      await click(button(el));
      await success;
      expect(text(el, '[part="success"]')).to.contain(want.success);
      await expect(el).to.be.accessible();
      const [sent] = await posts(tag);
      const payload = JSON.parse(sent!.body);
      expect(payload.locale).to.equal(lang);
      expect(payload.contactMethod, 'values stay the contract’s codes').to.equal('email');
    });

    it('<consult-request mode="dialog">: trigger, title and Close in the language', async () => {
      const { el } = await form('ok200', { lang, mode: 'dialog' });
      expect(text(el, '[part="trigger"]')).to.equal(want.dialog);
      await el.open();
      expect(text(el, '[part="title"]')).to.equal(want.dialog);
      expect(text(el, '[part="close"]')).to.equal(code === 'es' ? 'Cerrar' : 'Fermer');
      await expect(el).to.be.accessible();
      el.close();
    });

    it('<relational-intro>: the summary in the language, accessible, with its CTA', async () => {
      const el = await fixture<RelationalIntro>(html`<relational-intro lang=${lang}></relational-intro>`);
      await expect(el).to.be.accessible();
      expect(text(el, '[part="heading"]')).to.equal(want.title);
      expect(text(el, '[part="pillars"]')).to.contain(want.pillar);
      expect(plain(el.shadowRoot!.textContent!)).to.contain(plain(want.closing));
      expect(text(el, '[part="cta"]')).to.equal(want.cta);
      expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(lang);
    });

    it('<relational-intro variant="summary">: the teaser, then the whole text, in the language', async () => {
      const el = await fixture<RelationalIntro>(
        html`<relational-intro variant="summary" lang=${lang}></relational-intro>`,
      );
      expect(text(el, '[part="toggle"]')).to.equal(want.readMore);
      expect(el.shadowRoot!.querySelector('[part="pillars"]')).to.equal(null);
      await click($(el, '[part="toggle"]'));
      await el.updateComplete;
      expect(text(el, '[part="pillars"]')).to.contain(want.pillar);
      await expect(el).to.be.accessible();
    });

    it('<relational-intro variant="card">: the approach line and the CTA in the language', async () => {
      const el = await fixture<RelationalIntro>(
        html`<relational-intro variant="card" therapist-name="Ana Ruiz" lang=${lang}></relational-intro>`,
      );
      expect(plain(text(el, '[part="approach"]'))).to.equal(plain(code === 'es' ? es.approach : fr.approach));
      expect(text(el, '[part="cta"]')).to.equal(want.cta);
      await expect(el).to.be.accessible();
    });
  });
}

describe('country', () => {
  it('US by default; another country’s numbers in the element’s language; the crisis slot still replaces it all', async () => {
    const { el } = await form('ok200');
    expect(
      [...$(el, '[part="crisis"]').querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    el.setAttribute('country', 'gb');
    el.setAttribute('lang', 'fr');
    await waitFor(
      async () => (await el.updateComplete, text(el, '[part="crisis"]').startsWith('Ce formulaire')),
      'French',
    );
    expect(
      [...$(el, '[part="crisis"]').querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(['tel:116123', 'tel:111', 'tel:999']);
    const own = await form(
      'ok200',
      { country: 'AU' },
      '<p slot="crisis">Call <a href="tel:000">000</a>.</p>',
    );
    const slot = $<HTMLSlotElement>(own.el, 'slot[name="crisis"]');
    expect(slot.assignedElements()[0]!.textContent).to.equal('Call 000.');
  });

  it('a country we have no lines for says "your local emergency number"; a malformed one is also reported to the site owner', async () => {
    const errors: unknown[][] = [];
    const real = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const { el } = await form('ok200', { country: 'BR' });
      expect(text(el, '[part="crisis"]')).to.contain('call your local emergency number');
      expect(errors).to.have.length(0);
      el.setAttribute('country', 'Brazil');
      await el.updateComplete;
      expect(text(el, '[part="crisis"]')).to.contain('call your local emergency number');
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('"country"');
    } finally {
      console.error = real;
    }
  });
});

describe('overrides on the elements', () => {
  it('<consult-request>: a JSON script and the strings property replace sentences, in any language', async () => {
    const { el } = await form(
      'ok200',
      { lang: 'de' },
      '<script type="application/json" slot="strings">{"submit": "Anfrage senden", "nameLabel": "Ihr Name", "dialogTitle": "{minutes} Minuten"}</script>',
    );
    expect(button(el).textContent!.trim()).to.equal('Anfrage senden');
    expect(text(el, 'label[for="name"]')).to.equal('Ihr Name (required)');
    el.strings = { required: '(Pflichtfeld)' };
    await el.updateComplete;
    expect(text(el, 'label[for="name"]')).to.equal('Ihr Name (Pflichtfeld)');
    expect(
      el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'),
      'German is not shipped: the text is English',
    ).to.equal('en');
  });

  it('registerLanguage() gives a page a language we do not ship, for both elements', async () => {
    registerLanguage('de', { submit: 'Anfrage senden', readMore: 'Weiterlesen' });
    const { el } = await form('ok200', { lang: 'de-AT' });
    expect(button(el).textContent!.trim()).to.equal('Anfrage senden');
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('de-AT');
    const intro = await fixture<RelationalIntro>(
      html`<relational-intro variant="summary" lang="de"></relational-intro>`,
    );
    expect(text(intro, '[part="toggle"]')).to.equal('Weiterlesen');
  });

  it('<relational-intro>: the strings property replaces the CTA label and the approach', async () => {
    const el = await fixture<RelationalIntro>(
      html`<relational-intro variant="card" therapist-name="Ana Ruiz" .strings=${{ ctaLabel: 'Talk with Ana ({minutes} min)', approach: 'Warm and direct.' }}></relational-intro>`,
    );
    expect(text(el, '[part="cta"]')).to.equal('Talk with Ana (20 min)');
    expect(text(el, '[part="approach"]')).to.equal('Warm and direct.');
  });
});

describe('a language changing at run time', () => {
  it('re-renders both elements when <html lang> changes', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      const { el } = await form('ok200');
      const intro = await fixture<RelationalIntro>(html`<relational-intro></relational-intro>`);
      root.setAttribute('lang', 'es');
      await waitFor(
        async () => (await el.updateComplete, button(el).textContent!.trim() === 'Enviar solicitud'),
        'Spanish form',
      );
      await waitFor(
        async () => (
          await intro.updateComplete,
          text(intro, '[part="heading"]') === 'Sanar a través de la relación'
        ),
        'Spanish intro',
      );
      root.setAttribute('lang', 'fr');
      await waitFor(
        async () => (await el.updateComplete, button(el).textContent!.trim() === 'Envoyer la demande'),
        'French form',
      );
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
