import { expect, nextFrame } from '@open-wc/testing';
import { loadingPage, openPage, pageReport, runModule } from './support/frame.js';
import '../src/index.js';

/** Waits for the module's MutationObserver to have seen what was just added. */
async function settle() {
  await nextFrame();
}

describe('placeholders (data-relational)', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  async function loadModuleInto(page: HTMLIFrameElement) {
    const doc = page.contentDocument!;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/raw/dist/relational-widgets.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc.head.append(script);
    await loaded;
    await page.contentWindow!.customElements.whenDefined('relational-intro');
  }

  it('shows its own text until the module loads, then becomes the element it names', async () => {
    frame = await openPage('placeholders.html');
    const doc = frame.contentDocument!;
    expect(doc.body.innerText).to.contain('Ana Ruiz, PsyD: call (503) 555-0142.');

    await loadModuleInto(frame);
    const intro = doc.getElementById('intro')!;
    expect(intro.localName).to.equal('relational-intro');
    expect(intro.getAttribute('variant')).to.equal('summary');
    expect(intro.getAttribute('heading-level')).to.equal('3');
    expect(doc.body.innerText).to.not.contain('call (503) 555-0142');
    expect(pageReport(frame).errors).to.deep.equal([]);
  });

  it('copies only attributes the element has, never handlers or styles', async () => {
    frame = await openPage('placeholders.html');
    await loadModuleInto(frame);
    const intro = frame.contentDocument!.getElementById('intro')!;
    expect(intro.hasAttribute('onclick')).to.be.false;
    expect(intro.hasAttribute('style')).to.be.false;
    expect(intro.hasAttribute('data-relational')).to.be.false;
  });

  it('mounts a card with its consult form slotted, hidden fields kept', async () => {
    frame = await openPage('placeholders.html');
    await loadModuleInto(frame);
    const card = frame.contentDocument!.querySelector('.practice')!;
    expect(card.localName).to.equal('relational-intro');
    expect(card.getAttribute('therapist-name')).to.equal('Ana Ruiz');
    const form = card.querySelector(':scope > consult-request')!;
    expect(form, 'the nested placeholder became a consult-request').to.exist;
    expect(form.getAttribute('slot')).to.equal('cta');
    expect(form.getAttribute('endpoint')).to.equal('/consult');
    expect(form.getAttribute('therapist')).to.equal('ana-ruiz');
    expect(form.querySelector('input[type=hidden][name=_subject]')).to.exist;
  });

  it('leaves its fallback text behind: none of it moves into the element (it would show inside the form)', async () => {
    frame = await openPage('placeholders.html');
    await loadModuleInto(frame);
    const doc = frame.contentDocument!;
    const mounted = [...doc.querySelectorAll('relational-intro, consult-request')];
    expect(mounted).to.have.length(3);
    for (const el of mounted) {
      // The element's own text nodes (children that are elements, such as a nested form, keep theirs).
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim();
      expect(text, `${el.localName} light-DOM text`).to.equal('');
    }
    const form = doc.querySelector('consult-request')!;
    expect(form.textContent).to.not.contain('Email ana@example.org');
  });

  it('leaves a placeholder naming no element as it is, with one console error', async () => {
    frame = await openPage('placeholders.html');
    const errors: unknown[][] = [];
    (frame.contentWindow as unknown as { console: Console }).console.error = (...args: unknown[]) =>
      errors.push(args);
    await loadModuleInto(frame);
    const mystery = frame.contentDocument!.getElementById('mystery')!;
    expect(mystery.localName).to.equal('div');
    expect(mystery.textContent).to.equal('Our office is on Main Street.');
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('data-relational="practice-map"');
  });

  it('on a page still loading, mounts the placeholders once its HTML has been read, not node by node', async () => {
    // The module arrives while the page's HTML is still being read.
    frame = await loadingPage('<!doctype html><html lang="en"><head></head><body>');
    const doc = frame.contentDocument!;
    await runModule(doc);
    doc.write(
      `<div id="card" data-relational="relational-intro" data-variant="card" data-therapist-name="Kofi Mensah">Kofi Mensah, LCSW</div>`,
    );
    await settle();
    await settle();
    expect(doc.readyState).to.equal('loading');
    expect(doc.getElementById('card')!.localName, 'not while the page is read').to.equal('div');
    const parsed = new Promise((resolve) =>
      doc.addEventListener('DOMContentLoaded', resolve, { once: true }),
    );
    doc.write('<p>The rest of the page.</p></body></html>');
    doc.close();
    await parsed;
    await settle();
    const card = doc.getElementById('card') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(card.localName, 'once it has been read').to.equal('relational-intro');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Kofi Mensah');
  });

  it('mounts placeholders added after load, as AJAX page loads add them', async () => {
    const host = document.createElement('section');
    host.innerHTML = `<div data-relational="relational-intro" data-variant="card" data-therapist-name="Kofi Mensah">Kofi Mensah, LCSW</div>`;
    document.body.append(host);
    await settle();
    const card = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect(card.localName).to.equal('relational-intro');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Kofi Mensah');
    host.remove();
  });
});
