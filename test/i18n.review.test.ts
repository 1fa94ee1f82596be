// The native-level language review of our Spanish and French: the findings that change
// what a person sees, checked in the element as a client or a therapist meets them. The crisis
// notice tells a Spanish reader how to reach 988 in Spanish; region names are the form's
// language's; the "email instead" draft writes answers as words, in the client's language; the
// setup page writes the placeholder text and the default subject in the form's language.
import { fixture, html } from '@open-wc/testing';
import type { RelationalIntro } from '../src/relational-intro/relational-intro.js';
import '../src/relational-intro/relational-intro.js';
import { introSummary, writeSummary } from '../src/relational-intro/write-summary.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { $, button, click, expect, fillValid, form, settled, waitFor } from './support/consult-request.js';
import { fr as setupFr } from '../src/setup/strings/fr.js';
import { sendKeys } from '@web/test-runner-commands';
import { HOSTILE, watchForExecution } from './support/hostile-strings.js';
import {
  $ as part,
  fake,
  newTag,
  openSetup,
  pasteInto,
  sendTest,
  textOf,
  typeInto as typeOnSetup,
} from './support/setup-page.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

const text = (node: Element | ShadowRoot): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The notice's links as "href text", no-break spaces read as spaces. */
const linksIn = (node: Element) =>
  [...node.querySelectorAll('a')].map(
    (a) => `${a.getAttribute('href')} ${a.textContent!.replace(/\u00a0/g, ' ')}`,
  );

describe('the language review: the crisis notice', () => {
  const SPANISH_988 =
    'Para recibir ayuda en español, llame al 988 y oprima el 2, o envíe la palabra AYUDA por mensaje de texto al 988.';

  it('a Spanish US form tells how to reach 988 in Spanish (press 2, or text AYUDA), with the numbers as links', async () => {
    const { el } = await form('ok200', { lang: 'es', country: 'US' });
    const notice = $(el, '[part="crisis"]');
    expect(text(notice)).to.equal(
      'Este formulario no es para emergencias. Si está en crisis o piensa en hacerse daño, llame al 988 o envíe un mensaje de ' +
        `texto al 988 (Línea 988 de Prevención del Suicidio y Crisis), o llame al 911. ${SPANISH_988}`,
    );
    // The line's own links, then 911, then the same line's links again in the Spanish sentence.
    expect(linksIn(notice)).to.deep.equal([
      'tel:988 988',
      'sms:988 988',
      'tel:911 911',
      'tel:988 988',
      'sms:988 988',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says it only where it applies: not in English or French, not in Spanish for Mexico or Canada', async () => {
    for (const [lang, country] of [
      ['en', 'US'],
      ['fr', 'US'],
      ['es', 'MX'],
      ['es', 'CA'],
      ['es-MX', 'MX'],
    ]) {
      const { el } = await form('ok200', { lang, country });
      const notice = text($(el, '[part="crisis"]'));
      expect(notice, `${lang} ${country}`).to.not.contain('AYUDA');
      expect(notice, `${lang} ${country}`).to.not.contain('oprima');
    }
    const { el } = await form('ok200', { lang: 'es-US', country: 'us' });
    expect(text($(el, '[part="crisis"]')), 'es-US, country in lower case').to.contain(SPANISH_988);
  });
});

describe("the language review: region names in the form's language", () => {
  /** The region list's options as a person reads them, and their values. */
  const options = (el: Element) =>
    [...$<HTMLSelectElement>(el, '#region').options].slice(1).map((o) => [o.value, o.textContent!.trim()]);

  it("a French form for Canada shows the provinces' French names; the English form their English ones; the codes stay", async () => {
    const attrs = { country: 'CA', fields: 'region', regions: 'QC ON BC NL PE NS NB NT' };
    const { el: french } = await form('ok200', { ...attrs, lang: 'fr-CA' });
    expect(options(french)).to.deep.equal([
      ['QC', 'Québec'],
      ['ON', 'Ontario'],
      ['BC', 'Colombie-Britannique'],
      ['NL', 'Terre-Neuve-et-Labrador'],
      ['PE', 'Île-du-Prince-Édouard'],
      ['NS', 'Nouvelle-Écosse'],
      ['NB', 'Nouveau-Brunswick'],
      ['NT', 'Territoires du Nord-Ouest'],
    ]);
    await expect(french).to.be.accessible();
    const { el: english } = await form('ok200', { ...attrs, lang: 'en' });
    expect(options(english).map(([, name]) => name)).to.deep.equal([
      'Quebec',
      'Ontario',
      'British Columbia',
      'Newfoundland and Labrador',
      'Prince Edward Island',
      'Nova Scotia',
      'New Brunswick',
      'Northwest Territories',
    ]);
  });

  it("a Spanish US form writes the states Spanish writes differently; a code across the border takes its country's name", async () => {
    const { el } = await form('ok200', {
      lang: 'es',
      country: 'US',
      fields: 'region',
      regions: 'NY NM OR CA-BC GU',
    });
    expect(options(el)).to.deep.equal([
      ['NY', 'Nueva York'],
      ['NM', 'Nuevo México'],
      ['OR', 'Oregon'],
      ['CA-BC', 'Columbia Británica'],
      ['GU', 'GU'],
    ]);
    const { el: french } = await form('ok200', {
      lang: 'fr',
      country: 'US',
      fields: 'region',
      regions: 'CA WA CA-QC',
    });
    expect(options(french).map(([, name]) => name)).to.deep.equal(['Californie', 'Washington', 'Québec']);
  });

  it('a site owner can still rename a region through `strings`', async () => {
    const { el } = await form('ok200', { lang: 'fr', country: 'CA', fields: 'region', regions: 'QC' });
    el.strings = { regionNames: { 'CA-QC': 'Province de Québec' } };
    await el.updateComplete;
    expect(options(el)).to.deep.equal([['QC', 'Province de Québec']]);
  });

  it('hostile region names and crisis notes from a site owner stay text, and nothing runs', async () => {
    const watch = watchForExecution();
    try {
      for (const hostile of HOSTILE) {
        const { el } = await form('ok200', { lang: 'fr', country: 'CA', fields: 'region', regions: 'QC' });
        el.strings = { regionNames: { 'CA-QC': hostile }, crisisLineNotes: { CA: `${hostile} {number}` } };
        await el.updateComplete;
        expect(options(el)).to.deep.equal([['QC', hostile]]);
        expect($(el, '[part="crisis"]').textContent).to.contain(hostile);
        expect($(el, '[part="crisis"]').querySelectorAll('img, svg, script, iframe, details')).to.have.length(
          0,
        );
      }
      expect(await watch.settle()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});

describe('the language review: the "email instead" draft writes answers as words', () => {
  /** Picks a list's option as the form sees it (a select's keyboard differs between engines). */
  async function pick(el: Element, id: string, value: string) {
    const select = $<HTMLSelectElement>(el, `#${id}`);
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitFor(() => select.value === value, `${value} in #${id}`);
  }
  /** A failed request (404: no retry helps), with every list answered, and the draft's body, line by line. */
  async function draft(lang: string) {
    const { el } = await form('notfound404', {
      lang,
      country: 'CA',
      fields: 'times referral region format',
      regions: 'QC ON',
      'contact-email': 'ana@example.org',
    });
    await fillValid(el);
    for (const time of ['mornings', 'evenings']) await click($(el, `input[name="times"][value="${time}"]`));
    await click($(el, 'input[name="format"][value="online"]'));
    await pick(el, 'region', 'QC');
    await pick(el, 'referral', 'friend');
    await click(button(el));
    await settled(el);
    const link = $<HTMLAnchorElement>(el, '[part="dead-end"] a[href^="mailto:"]');
    const body = new URL(link.href).searchParams.get('body')!;
    // (Without a message, the body ends with the paragraphs' blank lines.)
    return { el, lines: body.trimEnd().split('\r\n'), hint: text($(el, '[part="dead-end"] .hint')) };
  }

  it('in English: the labels of the choices, never their codes', async () => {
    const { el, lines } = await draft('en');
    expect(lines).to.deep.equal([
      'Hello, I would like a free 20-minute consultation.',
      '',
      'Your name: Ana Ruiz',
      'Email: ana@example.org',
      'Good times to reach you: Mornings, Evenings',
      'How would you like to meet? Online',
      'Where will you be during sessions? Quebec',
      'How did you hear about this practice? A friend or relative',
    ]);
    await expect(el).to.be.accessible();
  });

  it('in Spanish: the Spanish labels, and the hint under the link is a whole sentence', async () => {
    const { el, lines, hint } = await draft('es');
    expect(lines).to.deep.equal([
      'Hola, me gustaría solicitar una consulta gratuita de 20 minutos.',
      '',
      'Su nombre: Ana Ruiz',
      'Correo electrónico: ana@example.org',
      'Mejores horarios para contactarle: Por la mañana, Por la noche',
      '¿Cómo prefiere las sesiones? En línea',
      '¿Dónde estará durante las sesiones? Quebec',
      '¿Cómo supo de este consultorio? Un amigo, una amiga o un familiar',
    ]);
    expect(hint).to.equal('Abre su aplicación de correo con un mensaje para ana@example.org.');
    expect(text($(el, '[part="dead-end"]'))).to.contain('Enviar la solicitud por correo electrónico');
    await expect(el).to.be.accessible();
  });

  it('in French: the French labels and province, a no-break space before each colon, and a whole hint', async () => {
    const { el, lines, hint } = await draft('fr');
    expect(lines).to.deep.equal([
      'Bonjour, j’aimerais une consultation gratuite de 20 minutes.',
      '',
      'Votre nom\u00a0: Ana Ruiz',
      'Courriel\u00a0: ana@example.org',
      'Meilleurs moments pour vous joindre\u00a0: Le matin, Le soir',
      'Quel mode de consultation préférez-vous\u202f? En ligne',
      'Où serez-vous pendant les séances\u202f? Québec',
      'Comment avez-vous entendu parler de nous\u202f? Une personne de mon entourage',
    ]);
    expect(hint).to.equal('Ouvre votre application de courriel avec un message adressé à ana@example.org.');
    await expect(el).to.be.accessible();
  });

  it("the message keeps its own paragraph, under its label with the language's colon", async () => {
    for (const [lang, label] of [
      ['en', 'Message:'],
      ['fr', 'Message\u00a0:'],
    ]) {
      const { el } = await form('gone410', { lang, 'contact-email': 'ana@example.org', fields: 'message' });
      await fillValid(el);
      const message = $<HTMLTextAreaElement>(el, '#message');
      message.focus();
      await sendKeys({ type: 'Evenings, thanks' });
      await click(button(el));
      await settled(el);
      const body = new URL($<HTMLAnchorElement>(el, '[part="dead-end"] a').href).searchParams.get('body')!;
      expect(body.split('\r\n').slice(-3), lang).to.deep.equal(['', label, 'Evenings, thanks']);
    }
  });
});

describe("the language review: the setup page writes for the form's language", function () {
  this.timeout(20000);
  /** The WordPress Author snippet's block: the part a visitor reads until the module runs. */
  async function authorBlock(fragment: string) {
    const el = await openSetup(fragment);
    // Chosen from the keyboard (the space bar on the radio): the page below it still moves while the preview loads.
    const radio = part<HTMLInputElement>(el, '#target-wordpress-author');
    radio.focus();
    await sendKeys({ press: ' ' });
    await waitFor(() => radio.checked, 'WordPress Author to be chosen');
    const block = 'textarea[data-key="wordpress-author:block"]';
    await waitFor(() => !!el.shadowRoot!.querySelector(block), 'the author block snippet', 5000);
    return { el, code: part<HTMLTextAreaElement>(el, block).value };
  }

  it("the placeholder text is in the form's language, whatever the page's", async () => {
    const contact = 'contact-email=ana%40example.org&contact-phone=503%20555%200142';
    const spanish = await authorBlock(`ui=en&lang=es&${contact}`);
    expect(spanish.code).to.contain(
      'Para pedir una consulta gratuita, escriba a ana@example.org o llame al 503 555 0142.',
    );
    expect(spanish.code).to.not.contain('To ask for a free consultation');
    await expect(spanish.el).to.be.accessible();
    const french = await authorBlock(`ui=es&lang=fr&${contact}`);
    expect(french.code).to.contain(
      'Pour demander une consultation gratuite, écrivez à ana@example.org ou appelez le 503 555 0142.',
    );
    expect(french.code).to.not.contain('Para pedir');
    const english = await authorBlock(`ui=fr&lang=en&contact-email=ana%40example.org`);
    expect(english.code).to.contain('To ask for a free consultation, email ana@example.org.');
  });

  it("the default subject follows the form's language; one the therapist wrote stays", async () => {
    const el = await openSetup('ui=en&service=formspree');
    const subject = part<HTMLInputElement>(el, '#f-subject');
    const language = part<HTMLSelectElement>(el, '#f-lang');
    const chooseLanguage = async (code: string) => {
      language.focus();
      language.value = code;
      language.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    expect(subject.value).to.equal('New consultation request');
    await chooseLanguage('fr');
    expect(part<HTMLInputElement>(el, '#f-subject').value).to.equal('Nouvelle demande de consultation');
    await chooseLanguage('es');
    expect(part<HTMLInputElement>(el, '#f-subject').value).to.equal('Nueva solicitud de consulta');
    expect(
      new URLSearchParams(location.hash.slice(1)).get('subject'),
      'a default is left out of the address',
    ).to.equal(null);
    await typeOnSetup(el, 'f-subject', 'Pedido web');
    await chooseLanguage('en');
    expect(part<HTMLInputElement>(el, '#f-subject').value).to.equal('Pedido web');
    // A bookmark of a Spanish form with the default subject opens with the Spanish one.
    const again = await openSetup('lang=es');
    expect(part<HTMLInputElement>(again, '#f-subject').value).to.equal('Nueva solicitud de consulta');
  });
});

describe('the language review: the French setup page', function () {
  this.timeout(20000);
  it('a delivered test says the time the Québec way ("13 h 05") and the seconds as a unit, never "1,2 secondes"', async () => {
    const el = await openSetup('ui=fr');
    await pasteInto(el, 'f-endpoint', fake(newTag(), 'formspree/f/good'));
    const said = textOf(await sendTest(el)).replace(/[\u00a0\u202f]/g, ' ');
    expect(said).to.match(/Votre service a répondu 200 à \d{1,2} h \d\d min \d\d s, après \d+(,\d)? s\./);
    expect(said).to.not.match(/\d:\d\d|secondes/);
    // The colon after "Que faire" is the catalog's, with its no-break space.
    expect(part(el, '#diagnosis').textContent).to.contain('Que faire\u00a0: Cherchez');
  });
});

describe('the language review: French typography', () => {
  /** Every sentence of a catalog: text as is, a sentence function with sample values, groups walked. */
  function sentences(catalog: object, inOrder = false): [string, string][] {
    const sample = {
      minutes: 20,
      used: 8,
      max: 2000,
      under: 100,
      min: 7,
      status: 500,
      wait: 3,
      at: new Date(),
      locale: 'fr-CA',
      by: 'email',
      email: 'a@b.ca',
      phone: '514',
      name: 'Ana',
      label: 'Votre nom',
      answer: 'Ana',
    };
    const out: [string, string][] = [];
    const walk = (key: string, entry: unknown): void => {
      if (typeof entry === 'string') out.push([key, entry]);
      else if (key.endsWith('refused-url'))
        for (const reason of ['empty', 'http', 'scheme', 'address'])
          walk(`${key}.${reason}`, (entry as (r: string) => unknown)(reason));
      // The widgets' sentences take one object; the setup page's take values in order (a list stands for any of them).
      else if (typeof entry === 'function')
        walk(`${key}()`, inOrder ? entry(200, ['x'], ['x'], ['x']) : entry(sample));
      else if (entry && typeof entry === 'object' && !(entry instanceof Date))
        for (const [k, v] of Object.entries(entry)) walk(`${key}.${k}`, v);
    };
    walk('', catalog);
    return out;
  }

  it('the widgets and the setup page never let ":", ";", "?", "!" or "»" start a line (no-break spaces, FR-3, FRS-2)', () => {
    const all = [
      ...sentences(fr),
      ...sentences(setupFr, true).map(([k, s]): [string, string] => [`setup${k}`, s]),
    ];
    expect(all.length).to.be.greaterThan(200);
    // What a therapist types is quoted as written (« ana-ruiz=Ana Ruiz; … »): inside the guillemets, no French spacing.
    const prose = (s: string) =>
      s.replace(/https?:\/\/|\w+:\/\//g, '').replace(/«\u00a0[^»]*\u00a0»/g, '«\u00a0…\u00a0»');
    const broken = all.filter(
      ([, s]) =>
        / [:;?!»]|« /.test(s) || /[^\s\u00a0\u202f/]:\s|[^\s\u00a0\u202f][;?!»](\s|$)/.test(prose(s)),
    );
    expect(broken.map(([key, s]) => `${key}: ${s}`)).to.deep.equal([]);
  });
});

describe('the language review: the written summary', () => {
  it('writes the pillars as terms and descriptions (no "Name: text" with an English colon and capital)', async () => {
    const el = await fixture<RelationalIntro>(html`<relational-intro lang="fr"></relational-intro>`);
    const summary = introSummary(el);
    if (summary) writeSummary(el, summary);
    const terms = [...el.querySelectorAll(':scope > dl > dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(fr.summary.sections[1]!.pillars!.map((p) => p.name));
    expect(el.querySelector(':scope > dl > dt + dd')!.textContent).to.equal(
      fr.summary.sections[1]!.pillars![0]!.text,
    );
    expect(el.querySelector(':scope > ul')!.textContent).to.contain(fr.summary.sections[2]!.points![0]);
    expect(el.textContent).to.not.contain('La mutualité:');
  });
});
