// The setup page's parts that need a document: the fragment kept in the address bar, the snippets
// parsed as HTML (which keep any hostile setting as text), the page's keyboard use, copying, its
// layout. Its DOM-free parts are tested in Node (test/unit/setup.test.ts).
import { expect } from '@open-wc/testing';
import { defaults, fromFragment, type Settings } from '../src/setup/settings.js';
import { appsScript, payloadKeys, route } from '../src/setup/services.js';
import { TARGETS, moreKeys, snippets, type Release } from '../src/setup/snippets.js';
import { en } from '../src/setup/strings/en.js';
import { $, choose, openSetup, pasteInto, typeInto, waitFor } from './support/setup-page.js';

const release: Release = {
  version: '1.2.3',
  files: { en: { file: 'relational-widgets.js', integrity: 'sha384-abc' } },
};
const texts = {
  fallback: en.fallbackText('', ''),
  head: en.commentHead,
  body: en.commentBody,
  once: en.commentOnce,
  card: en.commentCard,
};
const settings = (over: Partial<Settings>): Settings => ({ ...defaults(), ...over });

describe('the setup page: settings in the URL fragment', () => {
  it('a directory can open the page preconfigured, and what the therapist types goes back into the fragment', async () => {
    const el = await openSetup('name=Ana%20Ruiz&look=card&service=basin&ui=en');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ana Ruiz');
    expect($<HTMLInputElement>(el, '#look-card').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#service-basin').checked).to.equal(true);
    await typeInto(el, 'f-credentials', 'LCSW');
    await choose(el, 'look-button');
    await choose(el, 'q-pronouns');
    await pasteInto(el, 'f-endpoint', 'https://usebasin.com/f/abcd1234');
    // The fragment follows within 150 ms (writes are spaced: Safari throttles history.replaceState).
    await waitFor(
      () => fromFragment(location.hash).endpoint === 'https://usebasin.com/f/abcd1234',
      'the fragment to follow the typing',
    );
    const now = fromFragment(location.hash);
    expect(now).to.include({
      name: 'Ana Ruiz',
      credentials: 'LCSW',
      look: 'button',
      service: 'basin',
      endpoint: 'https://usebasin.com/f/abcd1234',
    });
    expect(now.fields).to.deep.equal(['phone', 'contact-method', 'message', 'pronouns']);
    // Reopened from the bookmark: the same page.
    const again = await openSetup(location.hash.slice(1));
    expect($<HTMLInputElement>(again, '#f-credentials').value).to.equal('LCSW');
    expect($<HTMLInputElement>(again, '#q-pronouns').checked).to.equal(true);
    expect(localStorage.length + sessionStorage.length, 'nothing is kept in the browser’s storage').to.equal(
      0,
    );
  });
});

describe('the setup page: endpoints by service', () => {
  it('Apps Script is sent form-encoded; Netlify posts to the site itself with its form name and a static copy', () => {
    expect(
      route(settings({ service: 'apps-script', endpoint: 'https://script.google.com/macros/s/X/exec' })),
    ).to.include({ encoding: 'form', testable: true });
    const netlify = settings({ service: 'netlify', endpoint: 'My Consult Form', fields: ['phone', 'times'] });
    expect(route(netlify)).to.deep.include({
      endpoint: '/',
      encoding: 'form',
      hidden: [{ name: 'form-name', value: 'my-consult-form' }],
      testable: false,
    });
    const code = snippets(netlify, release, texts)['squarespace-block'][0].code;
    const copy = new DOMParser()
      .parseFromString(code, 'text/html')
      .querySelector('form[data-netlify="true"]')!;
    expect(copy.getAttribute('name')).to.equal('my-consult-form');
    expect([...copy.querySelectorAll('input')].map((i) => i.name)).to.deep.equal([
      'id',
      'name',
      'email',
      'phone',
      'times',
      'consent',
      'therapist',
      'page',
      'submittedAt',
      'locale',
    ]);
  });
});

describe('the setup page: hostile settings stay text in every snippet', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>\'';
  const s = settings({
    name: hostile,
    credentials: hostile,
    practice: hostile,
    location: hostile,
    photo: hostile,
    privacy: hostile,
    contactEmail: hostile,
    contactPhone: hostile,
    regions: hostile,
    accepting: 'no',
    elsewhere: hostile,
    fees: hostile,
    insurance: hostile,
    clinicians: hostile,
    fields: ['phone', 'region', 'payment'],
    subject: hostile,
    endpoint: hostile,
    service: 'own',
    look: 'card',
  });
  for (const target of TARGETS) {
    for (const look of ['intro', 'button', 'card'] as const) {
      it(`${target}, ${look}`, () => {
        let forms = 0;
        for (const part of snippets({ ...s, look }, release, {
          ...texts,
          fallback: en.fallbackText(hostile, hostile),
        })[target]) {
          const doc = new DOMParser().parseFromString(`<!doctype html><body>${part.code}`, 'text/html');
          // A directory's card template: its photo placeholder and its JSON-LD are the template's own (no setting in them).
          const template = doc.querySelectorAll(
            'img.rw-photo[src="{{photo}}"], script[type="application/ld+json"]',
          );
          expect(template.length, 'the card template only in the directory snippet').to.equal(
            target === 'directory-card' ? 2 : 0,
          );
          for (const el of template) el.remove();
          expect(doc.querySelectorAll('img,style,iframe,template'), part.code).to.have.length(0);
          const scripts = [...doc.querySelectorAll('script')];
          expect(
            scripts.every((sc) => sc.getAttribute('type') === 'module' && sc.textContent === ''),
          ).to.equal(true);
          const form = doc.querySelector('consult-request,[data-relational="consult-request"]');
          if (!form) continue;
          forms++;
          const endpoint = form.getAttribute('endpoint') ?? form.getAttribute('data-endpoint');
          expect(endpoint, 'the value arrives exactly as typed').to.equal(hostile);
          if (target === 'wordpress-author' && part.place === 'block')
            expect(form.textContent).to.include(hostile);
          for (const name of ['elsewhere-href', 'fees', 'insurance', 'clinicians'])
            expect(form.getAttribute(name) ?? form.getAttribute(`data-${name}`), name).to.equal(hostile);
        }
        expect(forms, 'one form in the snippet').to.equal(1);
      });
    }
  }
});

describe('the setup page: keyboard alone, every option shown', () => {
  it('reaches the test button with Tab and presses it with Enter; radio groups move with the arrow keys', async function () {
    this.timeout(30000);
    const { sendKeys } = await import('@web/test-runner-commands');
    const { deepActive, waitFor } = await import('./support/person.js');
    const el = await openSetup('ui=en');
    $<HTMLInputElement>(el, '#f-name').focus();
    const button = $(el, '.test button.primary');
    for (let i = 0; i < 40 && deepActive() !== button; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab reaches "Send a test request"').to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!el.shadowRoot!.querySelector('#diagnosis'), 'the diagnosis');
    expect($(el, '#diagnosis').dataset.kind).to.equal('refused-url');
    $<HTMLInputElement>(el, '#look-intro').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(
      () => $<HTMLInputElement>(el, '#look-button').checked,
      'the arrow key to choose the next look',
    );
    await waitFor(() => fromFragment(location.hash).look === 'button', 'the fragment to say look=button');
  });

  it('is accessible with every optional part of the page shown', async () => {
    const el = await openSetup(
      'service=own&fields=phone%20region%20times&accent=%237a3e9d&host=self&look=card&ui=en',
    );
    expect(el.shadowRoot!.querySelector('#f-regions'), 'the licensed regions field').to.exist;
    expect(el.shadowRoot!.querySelector('#f-accent'), 'the colour picker').to.exist;
    expect(el.shadowRoot!.querySelector('a[download]'), 'the download link').to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('the setup page: copying a snippet', () => {
  it('the copy button says what happened, in a live region; when the browser refuses, the code is selected to copy by hand', async () => {
    const { waitFor } = await import('./support/person.js');
    const el = await openSetup('name=Ana%20Ruiz&endpoint=abcd1234&ui=en');
    const part = $(el, '.part');
    await waitFor(
      () => part.querySelector('textarea')!.value.includes('integrity="sha384-'),
      'the integrity hash in the snippet',
    );
    const status = part.querySelector('[role="status"]')!;
    expect(status.textContent!.trim(), 'nothing announced before').to.equal('');
    const copy = part.querySelector('button')!;
    copy.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => status.textContent!.trim() !== '',
      `the copy to be announced (focus on ${(el.shadowRoot!.activeElement as HTMLElement)?.outerHTML.slice(0, 60)})`,
    );
    const said = status.textContent!.trim();
    expect(said).to.be.oneOf([en.copied, en.copyFailed]);
    const code = part.querySelector('textarea')!;
    if (said === en.copyFailed)
      expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);
    else if (navigator.clipboard.readText) {
      const copied = await navigator.clipboard.readText().catch(() => undefined);
      if (copied !== undefined) expect(copied).to.equal(code.value);
    }
  });
});

describe('the setup page: 320 px', () => {
  it('fits a 320 px screen with every part shown: nothing wider than the column', async () => {
    const el = await openSetup(
      'service=own&fields=phone%20region&accent=%237a3e9d&host=self&look=card&ui=fr&name=Ana%20Ruiz&endpoint=https%3A%2F%2Fexample.org%2Fa%2Fvery%2Flong%2Fpath%2Fto%2Fthe%2Fform%2Fendpoint',
    );
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const { frames } = await import('./support/person.js');
    await frames();
    const right = el.getBoundingClientRect().right;
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
      (n) => n.getBoundingClientRect().right > right + 0.5,
    );
    expect(
      wide.map((n) => n.localName + (n.id ? `#${n.id}` : '')),
      'elements sticking out of the 320 px column',
    ).to.deep.equal([]);
  });
});

describe('the setup page: what a client decides on, in the snippets', () => {
  const base = settings({
    name: 'Ana Ruiz',
    fields: ['phone', 'payment'],
    endpoint: 'abcd1234',
    service: 'formspree',
  });
  const attrsOf = (s: Settings, look: Settings['look']) => {
    const code = snippets({ ...s, look }, release, texts)
      .html.map((p) => p.code)
      .join('\n');
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
    return { form: doc.querySelector('consult-request')!, card: doc.querySelector('relational-intro')! };
  };

  it('the form carries accepting, fees, insurance and clinicians; the card its facts and sliding-scale', () => {
    const s = {
      ...base,
      accepting: 'waitlist' as const,
      fees: '$160',
      insurance: 'Aetna',
      slidingScale: true,
      clinicians: 'ana=Ana; kofi=Kofi',
    };
    const { form, card } = attrsOf(s, 'card');
    expect(['accepting', 'fees', 'insurance', 'clinicians'].map((n) => form.getAttribute(n))).to.deep.equal([
      'waitlist',
      '$160',
      'Aetna',
      'ana=Ana; kofi=Kofi',
    ]);
    expect(
      ['accepting', 'fees', 'insurance', 'sliding-scale'].map((n) => card.getAttribute(n)),
    ).to.deep.equal(['waitlist', '$160', 'Aetna', '']);
    expect(form.hasAttribute('elsewhere-href'), 'only with accepting no').to.equal(false);
  });

  it('defaults add nothing: accepting yes, no fees, no sliding scale, no clinicians', () => {
    const { form, card } = attrsOf(base, 'card');
    for (const n of ['accepting', 'fees', 'insurance', 'clinicians', 'elsewhere-href'])
      expect(form.hasAttribute(n), n).to.equal(false);
    for (const n of ['accepting', 'fees', 'insurance', 'sliding-scale'])
      expect(card.hasAttribute(n), n).to.equal(false);
  });

  it('accepting no: the page for clients it cannot take goes on the form', () => {
    const { form } = attrsOf({ ...base, accepting: 'no', elsewhere: '/colleagues' }, 'button');
    expect([form.getAttribute('accepting'), form.getAttribute('elsewhere-href')]).to.deep.equal([
      'no',
      '/colleagues',
    ]);
  });

  it('Netlify and Apps Script learn the clinician and waitlist keys, so no answer is dropped', () => {
    const s = { ...base, service: 'netlify' as const, accepting: 'waitlist' as const, clinicians: 'ana=Ana' };
    expect(payloadKeys(s.fields, moreKeys(s))).to.include.members(['clinician', 'waitlist']);
    expect(payloadKeys(s.fields)).to.not.include.members(['clinician']);
    const copy = snippets(s, release, texts)
      .html.map((p) => p.code)
      .join('\n');
    expect(copy).to.contain('<input name="clinician">').and.to.contain('<input name="waitlist">');
    expect(appsScript(s.fields, moreKeys(s))).to.contain('"clinician"');
  });
});

describe('the setup page: the preview beside the settings on a wide screen', () => {
  /** The built setup page in a frame of this width; the preview's and the settings' boxes, before and after scrolling. */
  async function layout(width: number) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width:${width}px;height:700px;border:0`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/raw/dist/setup/index.html#look=card&fields=phone%20payment';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('relational-setup');
      const page = frame.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'relational-setup',
      )!;
      await page.updateComplete;
      const preview = page.shadowRoot!.querySelector('section.preview')!;
      const looks = page.shadowRoot!.querySelector('section[aria-labelledby="looks-h"]')!;
      const before = { preview: preview.getBoundingClientRect(), looks: looks.getBoundingClientRect() };
      win.scrollTo(0, looks.getBoundingClientRect().bottom + win.scrollY - 300);
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      return { before, after: preview.getBoundingClientRect(), scrolled: win.scrollY };
    } finally {
      frame.remove();
    }
  }

  it('1280 px: the preview sits beside the settings and stays in view while they scroll', async () => {
    const { before, after, scrolled } = await layout(1280);
    expect(before.preview.left, 'beside, to the right').to.be.at.least(before.looks.right);
    expect(scrolled, 'the page scrolled').to.be.above(1000);
    expect(after.top, 'still in view').to.be.within(-1, 700);
  });

  it('320 px: the preview stays below the settings', async () => {
    const { before } = await layout(320);
    expect(before.preview.top).to.be.at.least(before.looks.bottom);
    expect(Math.abs(before.preview.left - before.looks.left)).to.be.below(1);
  });
});
