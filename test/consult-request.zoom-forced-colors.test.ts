// Forced colours and 200% zoom, which the README promises. 200% zoom on a 1280 px window is a 640 px-wide
// viewport: the built bundle on a plain page in a 640x400 frame, in every engine. Forced colours
// only Chromium emulates (DevTools protocol, Emulation.setEmulatedMedia), so those tests say so.
import { sendKeys } from '@web/test-runner-commands';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { openPage, renderedElements } from './support/frame.js';
import { $, button, click, expect, fillValid, form, settled, waitFor } from './support/consult-request.js';
import { cdp, describeChromium } from './support/cdp.js';
import { frames } from './support/person.js';

/** Every element of the shadow root that shows something lies inside the frame's width: nothing cut off. */
function expectInside(el: Element, width: number, what: string) {
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const r = node.getBoundingClientRect();
    if (!r.width || !r.height || node.closest('.sr')) continue;
    expect(r.left, `${what}: ${node.localName}.${node.className} left`).to.be.at.least(-1);
    expect(r.right, `${what}: ${node.localName}.${node.className} right`).to.be.at.most(width + 1);
  }
}

describe('<consult-request> at 200% zoom (a 640 px-wide window)', () => {
  it('no horizontal scroll and nothing cut off: empty, with every message, at a dead end, and as a dialog', async () => {
    const frame = await openPage('bundle.html', 640, 400);
    try {
      await renderedElements(frame);
      const doc = frame.contentDocument!;
      const noScroll = (what: string) =>
        expect(doc.documentElement.scrollWidth, what).to.be.at.most(doc.documentElement.clientWidth);
      const el = doc.querySelector<ConsultRequest>('#form')!;
      el.setAttribute('min-fill-ms', '0');
      el.setAttribute('contact-email', 'ana.ruiz.practice@example.org');
      el.setAttribute('contact-phone', '+1 503 555 0142');
      await el.updateComplete;
      noScroll('empty');
      expectInside(el, 640, 'empty');
      await el.submit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.error').length).to.be.greaterThan(2);
      noScroll('messages');
      expectInside(el, 640, 'messages');
      // The page's server has no /consult: a 404, a dead end.
      el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value = 'Ana Ruiz';
      el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'ana@example.org';
      el.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.checked = true;
      await el.submit();
      await waitFor(() => !!el.shadowRoot!.querySelector('[part="dead-end"]'), 'the dead-end offer');
      noScroll('dead end');
      expectInside(el, 640, 'dead end');
      const card = doc.querySelector<ConsultRequest>('consult-request[slot=cta]')!;
      await card.open();
      const dialog = card.shadowRoot!.querySelector('dialog')!;
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(640);
      expect(box.bottom).to.be.at.most(400);
      expect(dialog.scrollWidth, 'the dialog does not scroll sideways').to.be.at.most(dialog.clientWidth);
      expectInside(card, 640, 'dialog');
      card.close();
    } finally {
      frame.remove();
    }
  });
});

describeChromium(
  '<consult-request> in forced colours (Chromium only: emulated through the DevTools protocol)',
  () => {
    before(() =>
      cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] }),
    );
    after(() => cdp('Emulation.setEmulatedMedia', { features: [] }));

    /** The system colour `Canvas` as computed, to compare against. */
    const canvas = () => {
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    };
    const visible = (color: string) =>
      color !== canvas() && !/rgba\(.*, 0\)$/.test(color) && color !== 'transparent';

    it('is in forced-colours mode (the control for the tests below) (Chromium only)', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    it('every control has a visible edge, and the focus ring shows on each (Chromium only)', async () => {
      const { el } = await form('ok200', { 'privacy-href': '/privacy' });
      const controls = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('input:not(#rw-hp), textarea, button, a'),
      ];
      expect(controls.length).to.be.greaterThan(8);
      for (const c of controls) {
        const s = getComputedStyle(c);
        const type = (c as HTMLInputElement).type;
        const edged =
          type === 'radio' ||
          type === 'checkbox' ||
          c.localName === 'a' ||
          (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1 && visible(s.borderTopColor));
        expect(edged, `${c.localName}#${c.id} has a visible edge`).to.equal(true);
      }
      // Keyboard focus through every control: each gets a solid, visible ring at least 2px wide.
      $<HTMLInputElement>(el, '#name').focus();
      for (let i = 0; i < controls.length; i++) {
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        if (!focused || !el.shadowRoot!.contains(focused)) break;
        const s = getComputedStyle(focused);
        expect(s.outlineStyle, `${focused.localName}#${focused.id} ring`).to.equal('solid');
        expect(parseFloat(s.outlineWidth), `${focused.localName}#${focused.id} ring width`).to.be.at.least(2);
        expect(
          visible(s.outlineColor),
          `${focused.localName}#${focused.id} ring colour ${s.outlineColor}`,
        ).to.equal(true);
        await sendKeys({ press: 'Tab' });
        await frames();
      }
    });

    it('errors, the status, the crisis notice and the dead-end offer stay visible (Chromium only)', async () => {
      const { el } = await form('notfound404', {
        'contact-email': 'ana@example.org',
        'contact-phone': '+1 503 555 0142',
      });
      await click(button(el));
      await waitFor(() => !!el.shadowRoot!.querySelector('.error'), 'the messages');
      for (const e of el.shadowRoot!.querySelectorAll<HTMLElement>('.error'))
        expect(visible(getComputedStyle(e).color), e.id).to.equal(true);
      const invalid = $(el, '#name');
      expect(
        parseFloat(getComputedStyle(invalid).borderTopWidth),
        'an invalid field has the thicker edge',
      ).to.be.at.least(2);
      const notice = $(el, '[part="crisis"]');
      expect(getComputedStyle(notice).borderTopStyle).to.equal('solid');
      expect(visible(getComputedStyle(notice).borderTopColor)).to.equal(true);
      await fillValid(el);
      await click(button(el));
      await settled(el);
      const status = $(el, '[part="status"]');
      expect(visible(getComputedStyle(status).color)).to.equal(true);
      expect(visible(getComputedStyle(status).borderInlineStartColor)).to.equal(true);
      for (const a of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="dead-end"] a')) {
        const s = getComputedStyle(a);
        expect(visible(s.color), a.textContent!).to.equal(true);
        expect(visible(s.borderTopColor), a.textContent!).to.equal(true);
      }
    });
  },
);
