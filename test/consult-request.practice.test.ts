// <consult-request> for a practice's situation (README, "A practice's situation"): `accepting` (waitlist, no), `fees` and `insurance` beside the payment
// question, the Good Faith Estimate notice (US only), `clinicians` and the payload's
// `clinician`, and the copy of the request the client may keep.
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { HOSTILE, watchForExecution } from './support/hostile-strings.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import {
  $,
  expect,
  form,
  fillValid,
  click,
  button,
  posts,
  settled,
  statusText,
  visibleText,
  waitFor,
  type Recorded,
} from './support/consult-request.js';
import { has } from './support/parts.js';
import { consoleCalls } from './support/console.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

const GROUP = 'ana-ruiz=Ana Ruiz, PsyD; kofi-mensah=Kofi Mensah, LCSW';
const radio = (el: Element, name: string, value: string) =>
  $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`);

/** Ticks a radio button with the mouse and waits until it shows as ticked. */
async function pick(el: Element, name: string, value: string) {
  const box = radio(el, name, value);
  await click(box);
  await waitFor(() => box.checked, `${name}=${value} to be ticked`, 3000);
}

/** What the server received, as key and values (json, form or multipart alike). */
async function received(post: Recorded, encoding: string): Promise<Record<string, unknown[]>> {
  if (encoding === 'json')
    return Object.fromEntries(Object.entries(JSON.parse(post.body)).map(([k, v]) => [k, [v].flat()]));
  const data =
    encoding === 'form'
      ? new URLSearchParams(post.body)
      : await new Response(post.body, {
          headers: { 'Content-Type': post.headers['content-type']! },
        }).formData();
  const out: Record<string, unknown[]> = {};
  for (const key of new Set(data.keys())) out[key] = data.getAll(key);
  return out;
}

/** Fills the required fields, sends, and returns what the server received. */
async function send(el: ConsultRequest, tag: string, encoding = 'json') {
  await fillValid(el);
  await click(button(el));
  await settled(el);
  expect(el.status).to.equal('success');
  const [post] = await posts(tag);
  return received(post!, encoding);
}

describe('<consult-request> accepting', () => {
  for (const encoding of ['json', 'form', 'multipart']) {
    it(`waitlist: speaks of the waitlist and sends waitlist=true (${encoding})`, async () => {
      const { el, tag } = await form('ok200', { accepting: 'waitlist', encoding });
      expect(visibleText(el)).to.contain('This practice has a waitlist.');
      expect(button(el).textContent!.trim()).to.equal('Join the waitlist');
      const body = await send(el, tag, encoding);
      expect(body.waitlist).to.deep.equal(encoding === 'json' ? [true] : ['true']);
      expect(body.therapist).to.equal(undefined);
    });
  }

  it('yes (the default) sends no waitlist key', async () => {
    const { el, tag } = await form('ok200');
    const body = await send(el, tag);
    expect(body).to.not.have.property('waitlist');
  });

  it('waitlist: the confirmation says the client is on the waitlist and promises no time', async () => {
    const { el } = await form('ok200', { accepting: 'waitlist' });
    await expect(el).to.be.accessible();
    await fillValid(el);
    await click(button(el));
    await settled(el);
    const success = $(el, '[part="success"]').textContent!.replace(/\s+/g, ' ');
    expect(success).to.contain('You are on the waitlist.');
    expect(success).to.contain('which may take a while');
    expect(success).to.not.contain('two working days');
    expect(statusText(el)).to.equal('Thank you. You are on the waitlist.');
  });

  it('waitlist in dialog mode: the trigger and the title speak of the waitlist, whatever cta-label says', async () => {
    const { el } = await form('ok200', { accepting: 'waitlist', mode: 'dialog', 'cta-label': 'Book now' });
    expect($(el, '[part="trigger"]').textContent!.trim()).to.equal('Join the waitlist');
    await click($(el, '[part="trigger"]'));
    await waitFor(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog to open', 3000);
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Join the waitlist');
    await expect(el).to.be.accessible();
  });

  it("no: no form, no button, nothing can be sent; it says so and offers the practice's other ways", async () => {
    const { el, tag } = await form('ok200', {
      accepting: 'no',
      'contact-email': 'hello@example.org',
      'contact-phone': '+1 503 555 0100',
      'elsewhere-href': '/other-therapists',
    });
    await expect(el).to.be.accessible();
    expect(has(el, 'form')).to.equal(false);
    expect(has(el, 'button')).to.equal(false);
    expect(visibleText(el)).to.contain('This practice is not taking new clients right now.');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [
      a.textContent!.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Email hello@example.org', 'mailto:hello@example.org'],
      ['Call +1 503 555 0100', 'tel:+15035550100'],
      ['Other ways to find a therapist', '/other-therapists'],
    ]);
    await el.submit();
    expect(await posts(tag)).to.deep.equal([]);
  });

  it('no, set after the client filled the form in: submit() sends nothing', async () => {
    const { el, tag } = await form('ok200');
    await fillValid(el);
    el.setAttribute('accepting', 'no');
    await el.updateComplete;
    await el.submit();
    expect(el.status).to.equal('idle');
    expect(await posts(tag)).to.deep.equal([]);
  });

  it('waitlist and a dead endpoint: the email written out asks to join the waitlist, naming the clinician chosen', async () => {
    const { el } = await form('notfound404', {
      accepting: 'waitlist',
      'contact-email': 'ana@example.org',
      clinicians: GROUP,
    });
    await pick(el, 'clinician', 'kofi-mensah');
    await fillValid(el);
    await click(button(el));
    await settled(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="dead-end"] a[href^="mailto:"]')!;
    const body = new URL(link.href).searchParams.get('body')!;
    expect(body).to.contain('I would like to join your waitlist.');
    expect(body).to.not.contain('consultation');
    expect(body).to.contain('Who would you like to see? Kofi Mensah, LCSW');
  });

  it('no in dialog mode: said where the button would be, and no dialog opens', async () => {
    const { el } = await form('ok200', { accepting: 'no', mode: 'dialog' });
    expect(has(el, '[part="trigger"]')).to.equal(false);
    await el.open();
    expect(has(el, 'dialog')).to.equal(false);
    expect(visibleText(el)).to.contain('not taking new clients');
  });

  it('a wrong value is yes, with one console error; a refused elsewhere-href is left out and reported', async () => {
    let el!: ConsultRequest;
    const errors = await consoleCalls(
      'error',
      async () =>
        ({ el } = await form('ok200', { accepting: 'maybe', 'elsewhere-href': 'javascript:alert(1)' })),
    );
    expect(errors.filter((e) => e.includes('accepting'))).to.have.length(1);
    expect(errors.filter((e) => e.includes('elsewhere-href'))).to.have.length(1);
    expect(has(el, 'form')).to.equal(true);
    el.setAttribute('accepting', 'no');
    await el.updateComplete;
    expect(has(el, 'a')).to.equal(false);
  });

  it('changing accepting later changes the form at once', async () => {
    const { el } = await form('ok200');
    el.setAttribute('accepting', 'no');
    await el.updateComplete;
    expect(has(el, 'form')).to.equal(false);
    el.setAttribute('accepting', 'waitlist');
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Join the waitlist');
  });
});

describe('<consult-request> fees, insurance and the Good Faith Estimate', () => {
  it('shows fees and insurance beside the payment question, tied to it', async () => {
    const { el } = await form('ok200', {
      fields: 'payment',
      fees: '$160 per 50-minute session',
      insurance: 'Aetna, Regence',
    });
    const fieldset = $(el, 'fieldset');
    expect(fieldset.textContent).to.contain('Fees: $160 per 50-minute session');
    expect(fieldset.textContent).to.contain('Insurance accepted: Aetna, Regence');
    expect(fieldset.getAttribute('aria-describedby')).to.contain('payment-note');
    await expect(el).to.be.accessible();
  });

  it('US: self-pay, sliding scale and not sure show the notice politely; insurance does not', async () => {
    const { el } = await form('ok200', { fields: 'payment' });
    const live = $(el, 'fieldset [aria-live="polite"]');
    expect(live, 'the polite region is there before the answer').to.not.equal(null);
    expect(live.textContent!.trim()).to.equal('');
    for (const answer of ['self-pay', 'sliding-scale', 'unsure']) {
      await pick(el, 'payment', answer);
      await waitFor(
        () => live.textContent!.includes('Good Faith Estimate'),
        `the notice for ${answer}`,
        3000,
      );
      expect(live.textContent).to.contain('$400');
      expect(live.querySelector('a')!.getAttribute('href')).to.equal('https://www.cms.gov/nosurprises');
    }
    await expect(el).to.be.accessible();
    await pick(el, 'payment', 'insurance');
    await waitFor(() => !live.textContent!.includes('Good Faith'), 'the notice to go', 3000);
  });

  it('Canada and other countries: never the notice', async () => {
    for (const country of ['CA', 'GB']) {
      const { el } = await form('ok200', { fields: 'payment', country });
      await pick(el, 'payment', 'self-pay');
      await el.updateComplete;
      expect(visibleText(el), country).to.not.contain('Good Faith');
    }
  });

  it('the notice is replaceable through strings', async () => {
    const { el } = await form('ok200', { fields: 'payment' });
    el.strings = { estimateTitle: 'Ask us for an estimate.', estimateText: 'Our own words, see {link}.' };
    await pick(el, 'payment', 'self-pay');
    await el.updateComplete;
    const paragraphs = [...$(el, '.estimate').querySelectorAll('p')].map((p) => p.textContent!.trim());
    expect(paragraphs).to.deep.equal(['Ask us for an estimate.', 'Our own words, see cms.gov/nosurprises.']);
  });
});

describe('<consult-request> clinicians', () => {
  it('asks who the client would like to see, whoever is available first by default', async () => {
    const { el } = await form('ok200', { clinicians: GROUP });
    const fieldset = radio(el, 'clinician', 'any').closest('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Who would you like to see?');
    const choices = [...fieldset.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(choices).to.deep.equal(['Whoever is available first', 'Ana Ruiz, PsyD', 'Kofi Mensah, LCSW']);
    expect(radio(el, 'clinician', 'any').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const encoding of ['json', 'form', 'multipart']) {
    it(`sends the chosen id as clinician, and therapist stays the element's (${encoding})`, async () => {
      const { el, tag } = await form('ok200', { clinicians: GROUP, therapist: 'riverside', encoding });
      await pick(el, 'clinician', 'kofi-mensah');
      const body = await send(el, tag, encoding);
      expect(body.clinician).to.deep.equal(['kofi-mensah']);
      expect(body.therapist).to.deep.equal(['riverside']);
      expect(visibleText(el)).to.contain('You asked to see Kofi Mensah, LCSW.');
    });
  }

  it('sends any when the client leaves it, and the confirmation says so', async () => {
    const { el, tag } = await form('ok200', { clinicians: GROUP });
    const body = await send(el, tag);
    expect(body.clinician).to.deep.equal(['any']);
    expect(visibleText(el)).to.contain('You asked for whoever is available first.');
  });

  it('without clinicians: no question and no clinician key', async () => {
    const { el, tag } = await form('ok200');
    expect(has(el, '[name="clinician"]')).to.equal(false);
    expect(await send(el, tag)).to.not.have.property('clinician');
  });

  it('past seven choices, a list (a select) with whoever is available first chosen', async () => {
    const many = Array.from({ length: 8 }, (_, i) => `c${i}=Clinician ${i}`).join(';');
    const { el, tag } = await form('ok200', { clinicians: many });
    const select = $<HTMLSelectElement>(el, 'select#clinician');
    expect(el.shadowRoot!.querySelector('label[for="clinician"]')!.textContent!.trim()).to.equal(
      'Who would you like to see?',
    );
    expect(select.value).to.equal('any');
    expect(select.options.length).to.equal(9);
    await expect(el).to.be.accessible();
    select.value = 'c7';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    expect((await send(el, tag)).clinician).to.deep.equal(['c7']);
  });

  it('an entry with a bad id is left out, with one console error naming it', async () => {
    let el!: ConsultRequest;
    const errors = await consoleCalls(
      'error',
      async () =>
        ({ el } = await form('ok200', { clinicians: 'Ana Ruiz=Ana; kofi=Kofi Mensah; any=Any; kofi=Again' })),
    );
    expect(errors.filter((e) => e.includes('clinicians'))).to.have.length(3);
    expect(errors.filter((e) => e.includes('"Ana Ruiz=Ana"'))).to.have.length(1);
    const choices = [...el.shadowRoot!.querySelectorAll('[name="clinician"]')].map(
      (i) => (i as HTMLInputElement).value,
    );
    expect(choices).to.deep.equal(['any', 'kofi']);
  });
});

describe("<consult-request> the client's copy", () => {
  it('offers to print or save what was sent, in words, and sends nothing more', async () => {
    const { el, tag } = await form('ok200', { clinicians: GROUP, fields: 'payment message' });
    await pick(el, 'clinician', 'ana-ruiz');
    await pick(el, 'payment', 'sliding-scale');
    await send(el, tag);
    await expect(el).to.be.accessible();
    const buttons = [...$(el, '[part="success"]').querySelectorAll('button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(buttons).to.deep.equal(['Print a copy', 'Save a copy']);

    // Save: a text file made in the page, read back from its blob. The download link's click is
    // caught (a real download would open the browser's download panel and take focus from other pages).
    const made: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (made.push(blob), create.call(URL, blob));
    const downloads: string[] = [];
    const follow = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      await click([...$(el, '[part="success"]').querySelectorAll('button')][1]!);
      await waitFor(() => downloads.length === 1, 'the file to be saved', 3000);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = follow;
    }
    expect(downloads).to.deep.equal(['consultation-request.txt']);
    expect(made).to.have.length(1);
    const text = await made[0]!.text();
    expect(text).to.contain('Your name: Ana Ruiz');
    expect(text).to.contain('Who would you like to see? Ana Ruiz, PsyD');
    expect(text).to.contain('How would you like to pay? Sliding scale');
    expect(text).to.match(/^Consultation request, /);
    expect(made[0]!.type).to.contain('text/plain');

    // Print: the browser prints the page, where the copy then stands in for the form (print styles).
    const print = window.print;
    let copyAtPrint = '';
    window.print = () => (copyAtPrint = $(el, '.copy').textContent!);
    try {
      await click([...$(el, '[part="success"]').querySelectorAll('button')][0]!);
      await waitFor(() => copyAtPrint !== '', 'print to be called', 3000);
    } finally {
      window.print = print;
    }
    expect(copyAtPrint).to.contain('Ana Ruiz, PsyD');
    expect(await posts(tag)).to.have.length(1);
  });
});

describe('<consult-request> practice attributes in Spanish and French', () => {
  const CASES = {
    es: {
      waitlist: 'Anotarse en la lista de espera',
      no: 'no se están recibiendo pacientes nuevos',
      estimate: 'Estimación de Buena Fe',
      any: 'Con quien tenga disponibilidad primero',
      copy: 'Imprimir una copia',
    },
    fr: {
      waitlist: 'S’inscrire sur la liste d’attente',
      no: 'Aucune nouvelle clientèle',
      estimate: 'estimation de bonne foi',
      any: 'La première personne disponible',
      copy: 'Imprimer une copie',
    },
  };
  for (const [lang, want] of Object.entries(CASES)) {
    it(`${lang}: waitlist, no, the estimate, clinicians and the copy in the form's language`, async () => {
      const { el: closed } = await form('ok200', { lang, accepting: 'no' });
      expect(visibleText(closed)).to.contain(want.no);
      const { el, tag } = await form('ok200', {
        lang,
        accepting: 'waitlist',
        fields: 'payment',
        clinicians: GROUP,
      });
      expect(button(el).textContent!.trim()).to.equal(want.waitlist);
      expect(visibleText(el)).to.contain(want.any);
      await pick(el, 'payment', 'unsure');
      await waitFor(() => visibleText(el).includes(want.estimate), 'the notice', 3000);
      await expect(el).to.be.accessible();
      await send(el, tag);
      expect(visibleText(el)).to.contain(want.copy);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<consult-request> hostile strings in the practice attributes', () => {
  it('shows every hostile string as text in fees, insurance, clinicians and elsewhere-href, and runs none; accepting takes none', async () => {
    const watch = watchForExecution();
    try {
      for (const hostile of HOSTILE) {
        const { el } = await form('ok200', {
          accepting: hostile,
          fields: 'payment',
          fees: hostile,
          insurance: hostile,
          clinicians: `safe=${hostile}`,
          'elsewhere-href': hostile,
        });
        const note = $(el, '#payment-note').textContent!;
        expect(note).to.contain(hostile.slice(0, 200));
        const label = radio(el, 'clinician', 'safe').closest('label')!.textContent!;
        expect(label).to.contain(hostile.slice(0, 200));
        expect(button(el).textContent!.trim(), 'a hostile accepting is yes').to.equal('Send request');
        el.setAttribute('accepting', 'no');
        await el.updateComplete;
        for (const a of el.shadowRoot!.querySelectorAll('a'))
          expect(a.getAttribute('href')).to.not.match(/^javascript:/i);
      }
      expect(await watch.settle()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});

describe('<consult-request> prerendered for a page without the module', () => {
  it('a waitlist form posted natively (encoding="form") carries waitlist=true', async () => {
    const { prerender } = await import('../src/shared/prerender.js');
    const { el } = await form('ok200', { accepting: 'waitlist', encoding: 'form', clinicians: GROUP });
    const markup = await prerender(el);
    const hidden = markup.match(/<input[^>]*name="waitlist"[^>]*>/)?.[0] ?? '';
    expect(hidden).to.contain('type="hidden"').and.to.contain('value="true"');
    expect(markup).to.contain('name="clinician"');
    const { el: yes } = await form('ok200', { encoding: 'form' });
    expect(await prerender(yes)).to.not.contain('name="waitlist"');
  });
});
