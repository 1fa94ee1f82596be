// Directories and a card's facts (README, "A directory of therapists"): `accepting` and the facts on
// <relational-intro>, the HTML-first card the card template writes (readable and styled without
// the module, nothing moving when it arrives), and the page's one form opened by every card.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { RelationalIntro } from '../src/index.js';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { card, cardStyles, type CardData } from '../src/card/card.js';
import { HOSTILE, watchForExecution } from './support/hostile-strings.js';
import {
  $,
  click,
  deepActive,
  endpointFor,
  expect,
  newTag,
  posts,
  settled,
  typeInto,
  waitFor,
} from './support/consult-request.js';
import { frames } from './support/person.js';
import { loadingPage, runModule } from './support/frame.js';
import { consoleCalls } from './support/console.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

type Intro = RelationalIntro & { updateComplete: Promise<boolean> };
const seen = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();
const FACTS = `fees="$160 per 50-minute session" sliding-scale insurance="Aetna, Cigna" languages="English, Spanish" formats="online in-person" specialties="Anxiety, Couples"`;

/** An element from markup, in a fixture, rendered. */
async function intro(markup: string): Promise<Intro> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as Intro;
  await el.updateComplete;
  return el;
}

describe('<relational-intro> accepting and card facts', () => {
  it('a card shows its facts as a definition list, accessible, and a badge only when accepting is set', async () => {
    const el = await intro(
      `<relational-intro variant="card" therapist-name="Ana Ruiz" credentials="PsyD" ${FACTS}></relational-intro>`,
    );
    await expect(el).to.be.accessible();
    const rows = [...el.shadowRoot!.querySelectorAll('[part="facts"] > div')].map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]);
    expect(rows).to.deep.equal([
      ['Fees', '$160 per 50-minute session · Sliding scale'],
      ['Insurance', 'Aetna, Cigna'],
      ['Languages', 'English, Spanish'],
      ['Sessions', 'In person · Online'],
      ['Focus', 'Anxiety, Couples'],
    ]);
    expect($(el, '[part="badge"]')).to.be.null;
  });

  for (const [accepting, badge, cta] of [
    ['yes', 'Accepting new clients', 'Book a free 20-minute consultation'],
    ['waitlist', 'Waitlist open', 'Join the waitlist'],
  ]) {
    it(`accepting="${accepting}": the badge says "${badge}" in words, and the call to action "${cta}"`, async () => {
      const el = await intro(
        `<relational-intro variant="card" therapist-name="Ana Ruiz" accepting="${accepting}" consult-for="f"></relational-intro>`,
      );
      await expect(el).to.be.accessible();
      expect($(el, '[part="badge"]').textContent).to.equal(badge);
      expect($(el, '[part="badge"]').checkVisibility()).to.be.true;
      expect($(el, '[part="cta"]').textContent!.trim()).to.equal(cta);
      const full = await intro(
        `<relational-intro accepting="${accepting}" consult-for="f"></relational-intro>`,
      );
      await expect(full).to.be.accessible();
      expect($(full, '[part="badge"]').textContent).to.equal(badge);
      expect($(full, '[part="cta"]').textContent!.trim()).to.equal(cta);
    });
  }

  it('accepting="no": a plain sentence and the named page instead of the call to action; a slotted form steps aside too', async () => {
    const el =
      await intro(`<relational-intro variant="card" therapist-name="Ana Ruiz" accepting="no" cta-href="/contact">
      <consult-request slot="cta" mode="dialog" therapist="ana" endpoint="/x"></consult-request></relational-intro>`);
    await expect(el).to.be.accessible();
    expect($(el, '[part="badge"]').textContent).to.equal('Not accepting new clients');
    expect($(el, '[part="cta"]')).to.be.null;
    expect(el.shadowRoot!.querySelector('slot[name="cta"]'), 'no form can be opened').to.be.null;
    expect(seen(el)).to.contain(
      'This practice is not taking new clients right now. Other ways to get in touch',
    );
    expect($<HTMLAnchorElement>(el, '.rw-closed a').getAttribute('href')).to.equal('/contact');
    const bare = await intro(`<relational-intro accepting="no" consult-for="f"></relational-intro>`);
    await expect(bare).to.be.accessible();
    expect($(bare, '.rw-closed a')).to.be.null;
    expect($(bare, '[part="cta"]')).to.be.null;
  });

  it("es and fr: the badge and the waitlist call to action in the card's language", async () => {
    const es = await intro(
      `<relational-intro variant="card" lang="es" therapist-name="Rafael Duarte" accepting="waitlist" consult-for="f" ${FACTS}></relational-intro>`,
    );
    expect($(es, '[part="badge"]').textContent).to.equal('Lista de espera abierta');
    expect($(es, '[part="cta"]').textContent!.trim()).to.equal('Anotarse en la lista de espera');
    expect(seen(es)).to.contain('Honorarios$160 per 50-minute session · Tarifa reducida según ingresos');
    await expect(es).to.be.accessible();
    const fr = await intro(
      `<relational-intro variant="card" lang="fr-CA" therapist-name="Élise Tremblay" accepting="no" ${FACTS}></relational-intro>`,
    );
    expect($(fr, '[part="badge"]').textContent).to.equal('N’accepte pas de nouveaux clients');
    expect(seen(fr)).to.contain('Aucune nouvelle clientèle n’est acceptée pour le moment.');
    expect(seen(fr)).to.contain('SéancesEn personne · En ligne');
    await expect(fr).to.be.accessible();
  });

  it('a wrong accepting or formats value: one console error naming it, and the card still shows', async () => {
    let el!: Intro;
    const errors = await consoleCalls('error', async () => {
      el = await intro(
        `<relational-intro variant="card" therapist-name="Ana" accepting="sometimes" formats="online by-phone"></relational-intro>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('accepting="sometimes"');
    expect(errors[1]).to.contain('formats="online by-phone"');
    expect($(el, '[part="badge"]').textContent).to.equal('Accepting new clients');
    expect(seen(el)).to.contain('SessionsOnline');
  });

  it('hostile strings in every new attribute stay text and run nothing', async () => {
    const watch = watchForExecution();
    try {
      for (const bad of HOSTILE) {
        const el = document.createElement('relational-intro') as Intro;
        el.setAttribute('variant', 'card');
        el.setAttribute('therapist-name', 'Ana');
        for (const name of [
          'fees',
          'insurance',
          'languages',
          'specialties',
          'formats',
          'accepting',
          'therapist',
        ])
          el.setAttribute(name, bad);
        el.setAttribute('sliding-scale', bad);
        await consoleCalls('error', async () => {
          await fixture(html`${el}`);
          await el.updateComplete;
        });
        const facts = $(el, '[part="facts"]');
        expect(facts.querySelectorAll('*').length, "only the list's own elements").to.equal(
          facts.querySelectorAll('div, dt, dd').length,
        );
        expect(facts.textContent).to.contain(bad.split(',')[0]!.trim().slice(0, 40));
      }
      expect(await watch.settle()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});

// Absolute: a srcdoc page's base URL is its parent's, but WebKit resolves a module's import against about:srcdoc.
const SHEET = new URL('/raw/dist/relational-card.css', location.href).href;
const PEOPLE: CardData[] = Array.from({ length: 6 }, (_, i) => ({
  therapist: `t-${i}`,
  name: ['Ana Ruiz', 'Kofi Mensah', 'Élise Tremblay', 'Rafael Duarte', 'Mei Chen', 'Sam Okafor'][i]!,
  credentials: 'PsyD',
  location: 'Portland, OR',
  accepting: ['yes', 'waitlist', 'no'][i % 3],
  fees: '$160',
  slidingScale: true,
  languages: 'English, Spanish',
  formats: 'online',
  ctaHref: `/therapists/t-${i}`,
  consultFor: 'consult',
}));

/** A framed page of cards as the card template writes them, with the one stylesheet linked and no script. */
async function directoryPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText =
    'position:fixed;top:0;left:0;z-index:1;width:720px;height:900px;border:0;background:white';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${SHEET}">
    <style>body{margin:8px;font:16px/1.6 Georgia,serif}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}</style>
    </head><body><ul class="grid" style="list-style:none;padding:0">${PEOPLE.map((p) => `<li>${card(p)}</li>`).join('')}</ul>
    <consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="/x"></consult-request><p id="below">Below the cards.</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await waitFor(
    () => [...frame.contentDocument!.styleSheets].some((s) => s.href === SHEET),
    'the card stylesheet',
  );
  return frame;
}

const boxes = (doc: Document) =>
  [...doc.querySelectorAll('relational-intro, #below, .rw-cta, .rw-badge, .rw-facts')].map((el) => {
    const r = el.getBoundingClientRect();
    return [el.localName, r.top, r.left, r.width, r.height];
  });

describe('HTML-first cards (the card template)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('read and are styled without the module, and their call to action is a link to the therapist', async () => {
    frame = await directoryPage();
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('relational-intro'), 'no module on this page').to.be
      .undefined;
    const text = doc.body.innerText;
    for (const p of PEOPLE) expect(text).to.contain(p.name);
    expect(text).to.contain('Waitlist open');
    expect(text).to.contain('Not accepting new clients');
    const article = doc.querySelector('.rw-card')!;
    expect(getComputedStyle(article).paddingTop, 'styled by the one linked sheet').to.equal('20px');
    expect(getComputedStyle(article).borderTopStyle).to.equal('solid');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('.rw-cta')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/therapists/t-0',
      '/therapists/t-1',
      '/therapists/t-3',
      '/therapists/t-4',
    ]);
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(PEOPLE.length);
    expect(
      doc.querySelectorAll('style, link[rel=stylesheet]'),
      'styles once for the page, never per card',
    ).to.have.length(2);
  });

  /** Loads the module into the framed page; resolves when the cards' element is defined there. */
  async function addModule(doc: Document): Promise<CustomElementConstructor> {
    await runModule(doc);
    return doc.defaultView!.customElements.whenDefined('relational-intro');
  }

  it('nothing moves when the module arrives: each card upgrades and shows its own HTML as it is, with no shadow root', async () => {
    frame = await directoryPage();
    const doc = frame.contentDocument!;
    const before = boxes(doc);
    const markup = [...doc.querySelectorAll('relational-intro')].map((el) => el.innerHTML);
    const Card = await addModule(doc);
    for (const el of doc.querySelectorAll<Intro>('relational-intro')) await el.updateComplete;
    await frames();
    const cards = [...doc.querySelectorAll('relational-intro')];
    expect(
      cards.every((el) => el instanceof Card),
      'every card upgraded',
    ).to.be.true;
    expect(
      cards.filter((el) => el.shadowRoot),
      'no shadow root: the light DOM is the card',
    ).to.deep.equal([]);
    expect(
      cards.map((el) => el.innerHTML),
      'its HTML untouched',
    ).to.deep.equal(markup);
    expect(boxes(doc)).to.deep.equal(before);
  });

  it('a card the parser is still reading when the module is there waits for its children, then shows them as they are', async () => {
    frame = await directoryPage();
    const doc = frame.contentDocument!;
    await addModule(doc);
    // The page written again with the element defined: the parser connects the card before it
    // reads the card's children (as when the module comes before the HTML has all arrived).
    const [start, children] = card(PEOPLE[0]!).split(/(?=<article)/) as [string, string];
    doc.open();
    doc.write(
      `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${SHEET}"></head><body>${start}`,
    );
    const el = doc.querySelector<Intro>('relational-intro')!;
    await frames();
    doc.write(
      `${children}<consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="/x"></consult-request></body></html>`,
    );
    doc.close();
    await el.updateComplete;
    await frames();
    expect(el.shadowRoot, 'HTML-first: no shadow root').to.be.null;
    const link = el.querySelector<HTMLAnchorElement>('.rw-cta')!;
    expect(link.getBoundingClientRect().height, "the card's own call to action shows").to.be.above(0);
    expect(doc.elementFromPoint(...centre(link)), 'and takes a click at its centre').to.equal(link);
  });

  for (const [what, markup] of [
    ['the one-tag intro', '<relational-intro></relational-intro>'],
    [
      'a card from attributes, its own form slotted',
      '<relational-intro variant="card" therapist-name="Ana Ruiz"><consult-request slot="cta" mode="dialog" endpoint="/x"></consult-request></relational-intro>',
    ],
  ])
    it(`a module that arrives while the page is still being read defines its elements at once when a widget with nothing to show is there (${what})`, async () => {
      frame = await loadingPage(`<!doctype html><html lang="en"><head></head><body>${markup}`);
      const doc = frame.contentDocument!;
      await runModule(doc);
      const intro = doc.querySelector<Intro>('relational-intro')!;
      const whileRead = { readyState: doc.readyState, drawn: !!intro.shadowRoot };
      doc.write('<p>The rest of the page.</p></body></html>');
      doc.close();
      expect(whileRead, 'drawn while the page is still read').to.deep.equal({
        readyState: 'loading',
        drawn: true,
      });
      await intro.updateComplete;
      expect(seen(intro)).to.match(/Book a free 20-minute consultation|Ana Ruiz/);
    });

  it('a module that arrives while the page is still being read waits for its HTML: no card is built by the parser', async () => {
    // The module runs between two of the page's cards.
    frame = await loadingPage(
      `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${SHEET}"></head><body>${card(PEOPLE[0]!)}`,
    );
    const doc = frame.contentDocument!;
    const registry = frame.contentWindow!.customElements;
    await runModule(doc);
    doc.write(card(PEOPLE[1]!));
    await frames();
    const whileRead = { readyState: doc.readyState, defined: !!registry.get('relational-intro') };
    const states: string[] = [];
    doc.addEventListener('readystatechange', () => states.push(doc.readyState));
    doc.write(
      `${card(PEOPLE[2]!)}<consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="/x"></consult-request></body></html>`,
    );
    doc.close();
    expect(whileRead, 'not defined while the page is read').to.deep.equal({
      readyState: 'loading',
      defined: false,
    });
    const Card = await registry.whenDefined('relational-intro');
    expect(states[0], 'defined once the HTML has been read').to.equal('interactive');
    const cards = [...doc.querySelectorAll<Intro>('relational-intro')];
    for (const el of cards) await el.updateComplete;
    expect(cards.map((el) => el instanceof Card && !el.shadowRoot)).to.deep.equal([true, true, true]);
    expect(cards.map((el) => el.querySelector('h2, h3')!.textContent)).to.deep.equal(
      PEOPLE.slice(0, 3).map((p) => p.name),
    );
  });
});

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
};

describe("the page's one form, opened by each card", () => {
  let holder: HTMLElement;
  let tag: string;
  const form = () => holder.querySelector<ConsultRequest>('consult-request')!;
  const ctaOf = (i: number) =>
    holder.querySelectorAll<HTMLElement>('relational-intro')[i]!.querySelector<HTMLElement>('.rw-cta')!;
  const title = () => $(form(), '[part="title"]').textContent!.trim();

  async function directory(people: CardData[], formClass = 'rw-shared-form', attrs = ''): Promise<void> {
    tag = newTag();
    holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<style>${cardStyles}</style>${people.map(card).join('')}
      <consult-request id="consult" class="${formClass}" mode="dialog" min-fill-ms="0" endpoint="${endpointFor(tag, 'ok200')}" ${attrs}></consult-request>`;
    for (const el of holder.querySelectorAll<Intro>('relational-intro')) await el.updateComplete;
    await (form() as unknown as Intro).updateComplete;
  }

  async function openFrom(i: number): Promise<void> {
    const opened = oneEvent(form(), 'consult-open');
    await click(ctaOf(i));
    await opened;
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
  }

  async function closeWithEscape(i: number): Promise<void> {
    const closed = oneEvent(form(), 'consult-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await waitFor(() => deepActive() === ctaOf(i), `focus back on card ${i}'s call to action`);
  }

  it('names the therapist, keeps what was typed for the same card, clears it for another, and returns focus to the card', async () => {
    await directory(PEOPLE);
    await expect(holder, 'the HTML-first cards, upgraded').to.be.accessible();
    expect(
      getComputedStyle($(form(), '[part="trigger"]')).display,
      'the one form shows no button of its own',
    ).to.equal('none');
    await openFrom(1);
    // Kofi Mensah's card has a waitlist: the form opens as a waitlist form, under the waitlist's own title.
    expect(title()).to.equal('Join the waitlist');
    expect(form().therapist).to.equal('t-1');
    expect(form().getAttribute('accepting'), 'a waitlist card opens the form as a waitlist form').to.equal(
      'waitlist',
    );
    await expect(form()).to.be.accessible();
    await typeInto(form(), 'name', 'Jo Park');
    await closeWithEscape(1);
    await openFrom(1);
    expect($<HTMLInputElement>(form(), '#name').value, 'the same card: kept').to.equal('Jo Park');
    await closeWithEscape(1);
    await openFrom(3);
    expect(title(), 'the dialog names the therapist whose card opened it').to.equal(
      'Request a free 20-minute consultation with Rafael Duarte',
    );
    expect(form().getAttribute('accepting')).to.equal('yes');
    expect($<HTMLInputElement>(form(), '#name').value, 'another therapist: nothing carried over').to.equal(
      '',
    );
    await closeWithEscape(3);
  });

  it('draws nothing with the page, yet a card opens it at once, named, with focus in it', async () => {
    tag = newTag();
    holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<style>${cardStyles}</style>${PEOPLE.map(card).join('')}
      <consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="${endpointFor(tag, 'ok200')}"></consult-request>`;
    // Lit would have drawn it by now (its first update runs in a microtask); it waits for idle.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(form().shadowRoot!.childElementCount, 'nothing drawn while the page loads').to.equal(0);
    const opened = oneEvent(form(), 'consult-open');
    ctaOf(3).click();
    await opened;
    expect(title()).to.contain(PEOPLE[3]!.name);
    expect(form().therapist).to.equal('t-3');
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    await expect(form()).to.be.accessible();
  });

  it('builds its dialog, closed and unseen, when the page is idle, so the first card used opens it as fast as the next', async () => {
    await directory(PEOPLE);
    const dialog = form().shadowRoot!.querySelector('dialog');
    expect(dialog, 'the dialog is there before any card is used').to.exist;
    expect(dialog!.open).to.be.false;
    expect(dialog!.querySelector('#name'), 'with the form in it').to.exist;
    expect(dialog!.checkVisibility(), 'showing nothing').to.be.false;
    expect(form().getBoundingClientRect().height, 'taking no room').to.equal(0);
    await expect(holder).to.be.accessible();
    await openFrom(3);
    expect(title()).to.contain(PEOPLE[3]!.name);
    await closeWithEscape(3);
  });

  it("with persist-draft, each therapist's draft comes back when their card opens the form, after a reload too", async () => {
    await directory(PEOPLE, 'rw-shared-form', 'persist-draft');
    const endpoint = form().getAttribute('endpoint')!;
    const name = () => $<HTMLInputElement>(form(), '#name').value;
    try {
      await openFrom(1);
      await typeInto(form(), 'name', 'Jo Park');
      await closeWithEscape(1);
      await openFrom(3);
      expect(name(), 'not carried to another therapist').to.equal('');
      await typeInto(form(), 'name', 'Ana Cruz');
      await closeWithEscape(3);
      await openFrom(1);
      expect(name(), "the first therapist's draft, back").to.equal('Jo Park');
      await closeWithEscape(1);
      // The page again: a new form (its first update with no therapist yet), the same drafts in this tab.
      form().remove();
      holder.insertAdjacentHTML(
        'beforeend',
        `<consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="${endpoint}" persist-draft></consult-request>`,
      );
      await (form() as unknown as Intro).updateComplete;
      await openFrom(3);
      expect(name(), "after a reload, the second therapist's draft").to.equal('Ana Cruz');
      await closeWithEscape(3);
    } finally {
      for (const t of ['t-1', 't-3']) sessionStorage.removeItem(`relational-widgets:draft:${endpoint}|${t}`);
    }
  });

  it('opened by a script in the task that inserted it, it opens without waiting for the page to be idle', async () => {
    tag = newTag();
    holder = await fixture<HTMLElement>(html`<div></div>`);
    const page = window as Partial<Window>;
    const had = 'requestIdleCallback' in page;
    const idle = page.requestIdleCallback;
    page.requestIdleCallback = () => 0; // this page never idles
    try {
      holder.innerHTML = `<consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="${endpointFor(tag, 'ok200')}"></consult-request>`;
      const opened = oneEvent(form(), 'consult-open');
      void form().openFor('t-2', 'Kofi Mensah', holder);
      await opened;
      expect(title()).to.contain('Kofi Mensah');
      await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    } finally {
      if (had) page.requestIdleCallback = idle;
      else delete page.requestIdleCallback;
    }
    const closed = oneEvent(form(), 'consult-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });

  it('two cards of one therapist under two names: the dialog names the card that opened it, and keeps what was typed', async () => {
    const card = { consultFor: 'consult', ctaHref: '/therapists/t-9', accepting: 'yes' };
    await directory([
      { ...card, therapist: 't-9', name: 'Ana Ruiz' },
      { ...card, therapist: 't-9', name: 'Ana Ruiz Ortega' },
    ]);
    await openFrom(0);
    expect(title()).to.equal('Request a free 20-minute consultation with Ana Ruiz');
    await typeInto(form(), 'name', 'Jo Park');
    await closeWithEscape(0);
    await openFrom(1);
    expect(title(), 'the second card names its own').to.equal(
      'Request a free 20-minute consultation with Ana Ruiz Ortega',
    );
    expect($<HTMLInputElement>(form(), '#name').value, 'the same therapist: kept').to.equal('Jo Park');
    await expect(form()).to.be.accessible();
    await closeWithEscape(1);
  });

  it("focus returns to the card's link, not to the one form's own button when that shows", async () => {
    await directory(PEOPLE.slice(0, 3), '');
    expect($(form(), '[part="trigger"]').checkVisibility(), "the form's own button shows").to.be.true;
    await openFrom(1);
    await closeWithEscape(1);
    await click($(form(), '[part="trigger"]'));
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    const closed = oneEvent(form(), 'consult-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await waitFor(
      () => deepActive() === $(form(), '[part="trigger"]'),
      'opened by its own button: focus back on it',
    );
  });

  it('the relational-cta event can stop it; a card with its own slotted form keeps working', async () => {
    await directory(PEOPLE.slice(0, 2));
    holder.addEventListener('relational-cta', (e) => e.preventDefault(), { once: true });
    await click(ctaOf(0));
    await frames();
    expect(form().shadowRoot!.querySelector('dialog')?.open ?? false).to.be.false;
    const own =
      await intro(`<relational-intro variant="card" therapist-name="Ana Ruiz" therapist="ana" consult-for="consult">
      <consult-request slot="cta" mode="dialog" therapist="own-form" endpoint="/x"></consult-request></relational-intro>`);
    const slotted = own.querySelector('consult-request')!;
    await (slotted as unknown as Intro).updateComplete;
    await own.updateComplete;
    expect($(own, '[part="cta"]'), "the slotted form's button is the card's call to action").to.be.null;
    const opened = oneEvent(slotted, 'consult-open');
    await click($(slotted, '[part="trigger"]'));
    await opened;
    expect(slotted.therapist).to.equal('own-form');
    slotted.close();
  });

  it("one request from the 57th card of 100 carries the 57th therapist's id", async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => ({
      therapist: `therapist-${i + 1}`,
      name: `Therapist Number ${i + 1}`,
      consultFor: 'consult',
      ctaHref: `/t/${i + 1}`,
    }));
    await directory(hundred);
    await openFrom(56);
    expect(title()).to.equal('Request a free 20-minute consultation with Therapist Number 57');
    await typeInto(form(), 'name', 'Jo Park');
    await typeInto(form(), 'email', 'jo@example.org');
    const consent = $<HTMLInputElement>(form(), '#consent');
    await click(consent);
    await waitFor(() => consent.checked, 'consent ticked');
    await click($(form(), '[part="submit"]'));
    await settled(form());
    const sent = await posts(tag);
    expect(sent).to.have.length(1);
    expect(JSON.parse(sent[0]!.body).therapist).to.equal('therapist-57');
  });
});
