import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openPage, renderedElements } from './support/frame.js';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import type { RelationalIntro } from '../src/relational-intro/relational-intro.js';
import '../src/relational-intro/relational-intro.js';
import {
  $,
  click,
  deepActive,
  expect,
  fillValid,
  form,
  posts,
  settled,
  typeInto,
  waitFor,
} from './support/consult-request.js';
import { dialogOf, trigger } from './support/parts.js';

const root = document.documentElement;

async function openByClick(el: ConsultRequest) {
  const opened = oneEvent(el, 'consult-open');
  await click(trigger(el));
  await opened;
  await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
}

describe('<consult-request mode="dialog">', () => {
  afterEach(() => root.removeAttribute('style'));

  it('is accessible closed and open', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    await expect(el).to.be.accessible();
    await openByClick(el);
    await expect(el).to.be.accessible();
  });

  it('shows one trigger button, labelled with the consultation length, and builds the form on first open', async () => {
    const { el } = await form('ok200', { mode: 'dialog', 'consult-minutes': '30' });
    expect(trigger(el).textContent!.trim()).to.equal('Request a free 30-minute consultation');
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialogOf(el), 'no dialog before the first open').to.equal(null);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    el.setAttribute('cta-label', 'Ask Ana for a consultation');
    await el.updateComplete;
    expect(trigger(el).textContent!.trim()).to.equal('Ask Ana for a consultation');
  });

  it('opens a modal dialog with a visible title and a named close button, focus on the first field', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    await openByClick(el);
    const dialog = dialogOf(el)!;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Request a free 20-minute consultation');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    const close = $<HTMLButtonElement>(el, '[part="close"]');
    expect(close.textContent!.trim()).to.equal('Close');
    expect(dialog.contains(deepActive())).to.be.true;
  });

  it('makes the page behind inert and unscrollable, and restores its own overflow exactly', async () => {
    root.style.overflow = 'clip';
    const outside = await fixture<HTMLButtonElement>(html`<button>Outside</button>`);
    const { el } = await form('ok200', { mode: 'dialog' });
    await openByClick(el);
    expect(getComputedStyle(root).overflow).to.equal('hidden');
    outside.focus();
    expect(document.activeElement).to.not.equal(outside);
    el.close();
    await waitFor(() => !dialogOf(el)!.open, 'the dialog to close');
    expect(root.style.overflow).to.equal('clip');
  });

  it('leaves no style attribute behind on a page that had none', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    await el.open();
    expect(root.getAttribute('style')).to.contain('hidden');
    el.close();
    expect(root.hasAttribute('style')).to.be.false;
  });

  it('closes on Escape and on the close button, returning focus to the trigger', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    await openByClick(el);
    let closed = oneEvent(el, 'consult-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialogOf(el)!.open).to.be.false;
    expect(deepActive()).to.equal(trigger(el));

    await openByClick(el);
    closed = oneEvent(el, 'consult-close');
    await click($(el, '[part="close"]'));
    await closed;
    expect(deepActive()).to.equal(trigger(el));
    expect(root.hasAttribute('style')).to.be.false;
  });

  it('keeps a half-filled form when closed and reopened', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    await openByClick(el);
    await typeInto(el, 'name', 'Sara Haidar');
    await typeInto(el, 'message', 'Evenings, please');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialogOf(el)!.open, 'the dialog to close');
    await openByClick(el);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Sara Haidar');
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Evenings, please');
  });

  it('sends from the dialog and shows the confirmation there', async () => {
    const { el, tag } = await form('ok200', { mode: 'dialog', therapist: 'ana-ruiz' });
    await openByClick(el);
    await fillValid(el);
    await click($(el, '[part="submit"]'));
    await settled(el);
    expect(el.status).to.equal('success');
    expect(dialogOf(el)!.open).to.be.true;
    expect(dialogOf(el)!.contains(deepActive())).to.be.true;
    const [sent] = await posts(tag);
    expect(JSON.parse(sent.body).therapist).to.equal('ana-ruiz');
  });

  it('releases the scroll lock when removed while open', async () => {
    root.style.overflow = 'auto';
    const { el } = await form('ok200', { mode: 'dialog' });
    await el.open();
    expect(root.style.overflow).to.equal('hidden');
    el.remove();
    expect(root.style.overflow).to.equal('auto');
    document.body.append(el);
    await el.updateComplete;
    expect(root.style.overflow).to.equal('auto');
    await el.open();
    expect(dialogOf(el)!.open, 'it opens again once re-added').to.be.true;
    el.remove();
  });

  it('fits a 320x568 screen, with the focused field in view', async () => {
    // A phone-sized viewport: the built bundle on a plain page in a 320x568 frame.
    const frame = await openPage('bundle.html', 320, 568);
    try {
      await renderedElements(frame);
      const el = frame.contentDocument!.querySelector<ConsultRequest>('consult-request[slot=cta]')!;
      await el.open();
      const dialog = dialogOf(el)!;
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.bottom).to.be.at.most(568);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      const consent = $<HTMLInputElement>(el, '#consent');
      expect(
        consent.getBoundingClientRect().bottom,
        'the consent box starts below the fold',
      ).to.be.greaterThan(box.bottom);
      consent.focus();
      await waitFor(() => {
        const r = consent.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }, 'the focused consent box to be scrolled into view');
    } finally {
      frame.remove();
    }
  });

  it('opens from a practice card, as its call to action', async () => {
    const card =
      await fixture<RelationalIntro>(html`<relational-intro variant="card" therapist-name="Ana Ruiz">
      <consult-request slot="cta" mode="dialog" therapist="ana-ruiz" endpoint="/consult"></consult-request>
    </relational-intro>`);
    const el = card.querySelector('consult-request')!;
    await el.updateComplete;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="cta"]'), 'the card has no CTA of its own').to.equal(null);
    expect(trigger(el).getBoundingClientRect().width).to.be.closeTo(
      card.shadowRoot!.querySelector('.cta-area')!.getBoundingClientRect().width,
      1,
    );
    await openByClick(el);
    expect(dialogOf(el)!.open).to.be.true;
    el.close();
  });

  it('opens through consult-for on another element', async () => {
    const wrapper = await fixture(html`<div>
      <relational-intro consult-for="ask"></relational-intro>
      <consult-request id="ask" mode="dialog" endpoint="/consult"></consult-request>
    </div>`);
    const intro = wrapper.querySelector('relational-intro')!;
    const el = wrapper.querySelector('consult-request')!;
    await intro.updateComplete;
    const opened = oneEvent(el, 'consult-open');
    await click(intro.shadowRoot!.querySelector('[part="cta"]')!);
    await opened;
    expect(dialogOf(el)!.open).to.be.true;
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    el.close();
  });
});
