// Dialog mode and a phone's on-screen keyboard: the keyboard shrinks only the visual viewport, so
// the dialog follows `visualViewport` (resize, scroll), scrolls inside itself, keeps the focused
// field in view, and the submit button stays reachable. The keyboard is played by a stubbed
// `window.visualViewport` (every engine lets a page replace it).
import { oneEvent } from '@open-wc/testing';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { $, expect, form, waitFor } from './support/consult-request.js';
import { dialogOf } from './support/parts.js';
import { frames } from './support/person.js';

/** A visual viewport we move by hand: `offsetTop` and `height` within the layout viewport. */
class FakeViewport extends EventTarget {
  offsetLeft = 0;
  pageLeft = 0;
  pageTop = 0;
  scale = 1;
  width = document.documentElement.clientWidth;
  constructor(
    public offsetTop: number,
    public height: number,
  ) {
    super();
  }
  /** The keyboard opens, closes or the page pans: new numbers, then the event browsers fire. */
  move(offsetTop: number, height: number, type = 'resize') {
    Object.assign(this, { offsetTop, height });
    this.dispatchEvent(new Event(type));
  }
}

/** Whether a box lies within the band [top, bottom] (a pixel of rounding allowed). */
const within = (r: DOMRect, top: number, bottom: number) => r.top >= top - 1 && r.bottom <= bottom + 1;

describe('<consult-request mode="dialog"> and the on-screen keyboard', () => {
  const saved = Object.getOwnPropertyDescriptor(window, 'visualViewport');
  let viewport: FakeViewport;
  const layoutHeight = document.documentElement.clientHeight;

  beforeEach(() => {
    viewport = new FakeViewport(0, layoutHeight);
    Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => viewport });
  });
  afterEach(() => {
    if (saved) Object.defineProperty(window, 'visualViewport', saved);
    else delete (window as { visualViewport?: unknown }).visualViewport;
  });

  async function openDialog(): Promise<ConsultRequest> {
    const { el } = await form('ok200', { mode: 'dialog' });
    const opened = oneEvent(el, 'consult-open');
    await el.open();
    await opened;
    return el;
  }

  it('the test page is tall enough to play a keyboard on', () => {
    expect(layoutHeight).to.be.at.least(400);
  });

  it('is sized to the visual viewport when the keyboard opens, and back when it closes', async () => {
    const el = await openDialog();
    const dialog = dialogOf(el)!;
    // The keyboard takes the lower part of the screen, and the browser panned 40px down.
    viewport.move(40, 260);
    await frames();
    const box = dialog.getBoundingClientRect();
    expect(within(box, 40, 300), `dialog ${box.top}..${box.bottom} inside 40..300`).to.equal(true);
    expect(dialog.scrollHeight, 'the form scrolls inside the dialog').to.be.greaterThan(dialog.clientHeight);
    expect(
      document.documentElement.scrollHeight - document.documentElement.clientHeight,
      'the page does not scroll',
    ).to.be.at.most(0);
    viewport.move(0, layoutHeight);
    await frames();
    expect(dialog.getBoundingClientRect().height).to.be.greaterThan(box.height);
    el.close();
  });

  it('keeps the focused field in view when the keyboard shrinks the viewport under it', async () => {
    const el = await openDialog();
    const dialog = dialogOf(el)!;
    const message = $<HTMLTextAreaElement>(el, '#message');
    message.focus();
    await frames();
    viewport.move(30, 220);
    await waitFor(
      () => within(message.getBoundingClientRect(), 30, 250),
      'the focused message box inside the visible part of the screen',
    );
    const r = message.getBoundingClientRect();
    const d = dialog.getBoundingClientRect();
    expect(r.top >= d.top - 1 && r.bottom <= d.bottom + 1, 'inside the dialog').to.equal(true);
    el.close();
  });

  it('follows the visual viewport as the page pans (scroll), not only on resize', async () => {
    const el = await openDialog();
    viewport.move(120, 240, 'scroll');
    await frames();
    const box = dialogOf(el)!.getBoundingClientRect();
    expect(within(box, 120, 360), `dialog ${box.top}..${box.bottom} inside 120..360`).to.equal(true);
    el.close();
  });

  it('the submit button stays reachable: scrolled to, it is on screen above the keyboard', async () => {
    const el = await openDialog();
    viewport.move(0, 240);
    await frames();
    const dialog = dialogOf(el)!;
    const submit = $<HTMLButtonElement>(el, '[part="submit"]');
    submit.focus();
    await waitFor(
      () => within(submit.getBoundingClientRect(), 0, 240),
      'the submit button above the keyboard',
    );
    dialog.scrollTop = dialog.scrollHeight;
    await frames();
    expect(within(submit.getBoundingClientRect(), 0, 240)).to.equal(true);
    el.close();
  });

  it('stops following the viewport once closed (Escape or close()), and follows it again when reopened', async () => {
    const el = await openDialog();
    const dialog = dialogOf(el)!;
    el.close();
    await waitFor(() => !dialog.open, 'the dialog to close');
    const before = dialog.style.getPropertyValue('--rw-vv-height');
    viewport.move(10, 200);
    expect(dialog.style.getPropertyValue('--rw-vv-height')).to.equal(before);
    await el.open();
    expect(dialog.style.getPropertyValue('--rw-vv-height')).to.equal('200px');
    const box = dialog.getBoundingClientRect();
    expect(within(box, 10, 210)).to.equal(true);
    el.close();
  });
});
