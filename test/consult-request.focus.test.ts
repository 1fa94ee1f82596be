// <consult-request>: where focus goes when the dialog closes on the paths where the browser's own
// <dialog> does not bring it back to the trigger (it returns focus to whatever had it before
// showModal(): nothing, a host's own button, another element's call to action), and where
// <relational-intro consult-for> takes a person to an inline form.
// The path the browser does handle (a click on the trigger, then Escape) is in consult-request.dialog.test.ts.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import '../src/relational-intro/relational-intro.js';
import { $, click, deepActive, expect, form, waitFor } from './support/consult-request.js';
import { dialogOf, trigger } from './support/parts.js';

/** Opens the dialog from script, as a host page's own code would, and waits for focus in its first field. */
async function openFromScript(el: ConsultRequest) {
  const opened = oneEvent(el, 'consult-open');
  await el.open();
  await opened;
  await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
}

/** Waits for the dialog to close and `consult-close` to fire (focus is moved in its handler). */
async function closed(el: ConsultRequest, close: () => unknown) {
  const event = oneEvent(el, 'consult-close');
  await close();
  await event;
  expect(dialogOf(el)!.open, 'the dialog is closed').to.be.false;
}

/** Where focus is, in words, for a failure message. */
const focusName = () => {
  const a = deepActive();
  return a
    ? `${a.localName}${a.id ? `#${a.id}` : ''}${a.getAttribute('part') ? `[part=${a.getAttribute('part')}]` : ''} "${a.textContent?.trim().slice(0, 40)}"`
    : 'nothing';
};

describe('<consult-request mode="dialog"> focus on close, where the browser does not help', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('opened by open() with nothing focused, closed by Escape: focus on the trigger', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    (document.activeElement as HTMLElement | null)?.blur();
    await openFromScript(el);
    await closed(el, () => sendKeys({ press: 'Escape' }));
    await waitFor(() => deepActive() === trigger(el), `focus on the trigger (it is on ${focusName()})`, 3000);
  });

  it("opened by open() from a host page's own button, closed by close(): focus on the trigger", async () => {
    const wrapper = await fixture(html`<div><button id="host-own">Book now</button>
      <consult-request mode="dialog" endpoint="/consult" min-fill-ms="0"></consult-request></div>`);
    const el = wrapper.querySelector('consult-request')!;
    await el.updateComplete;
    const own = wrapper.querySelector<HTMLButtonElement>('#host-own')!;
    own.addEventListener('click', () => el.open());
    await click(own);
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    await closed(el, () => el.close());
    await waitFor(() => deepActive() === trigger(el), `focus on the trigger (it is on ${focusName()})`, 3000);
  });

  it('opened by open(), closed by its Close button: focus on the trigger', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    (document.activeElement as HTMLElement | null)?.blur();
    await openFromScript(el);
    await closed(el, () => click($(el, '[part="close"]')));
    await waitFor(() => deepActive() === trigger(el), `focus on the trigger (it is on ${focusName()})`, 3000);
  });

  it("opened through <relational-intro consult-for>, closed by Escape: focus on the form's trigger, as the README says", async () => {
    const wrapper = await fixture(html`<div>
      <relational-intro consult-for="ask-focus"></relational-intro>
      <consult-request id="ask-focus" mode="dialog" endpoint="/consult"></consult-request>
    </div>`);
    const intro = wrapper.querySelector('relational-intro')!;
    const el = wrapper.querySelector('consult-request')!;
    await intro.updateComplete;
    await el.updateComplete;
    const opened = oneEvent(el, 'consult-open');
    await click(intro.shadowRoot!.querySelector('[part="cta"]')!);
    await opened;
    await waitFor(() => deepActive()?.id === 'name', 'focus in the first field');
    await closed(el, () => sendKeys({ press: 'Escape' }));
    await waitFor(() => deepActive() === trigger(el), `focus on the trigger (it is on ${focusName()})`, 3000);
  });

  it('the trigger re-rendered while open (a new label): focus on the trigger as it is now', async () => {
    const { el } = await form('ok200', { mode: 'dialog' });
    (document.activeElement as HTMLElement | null)?.blur();
    await openFromScript(el);
    el.ctaLabel = 'Ask Ana for a consultation';
    await el.updateComplete;
    await closed(el, () => sendKeys({ press: 'Escape' }));
    await waitFor(() => deepActive() === trigger(el), `focus on the trigger (it is on ${focusName()})`, 3000);
    expect(trigger(el).textContent!.trim()).to.equal('Ask Ana for a consultation');
  });
});

describe('<relational-intro consult-for> on an inline <consult-request>', () => {
  const realMatchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = realMatchMedia;
    window.scrollTo(0, 0);
  });

  /** A page where the form is far below the call to action, scrolled to the top. */
  async function farForm() {
    const wrapper = await fixture(html`<div>
      <relational-intro consult-for="far-form"></relational-intro>
      <div style="block-size: 3000px"></div>
      <consult-request id="far-form" endpoint="/consult"></consult-request>
      <div style="block-size: 1000px"></div>
    </div>`);
    const intro = wrapper.querySelector('relational-intro')!;
    const el = wrapper.querySelector('consult-request')!;
    await intro.updateComplete;
    await el.updateComplete;
    window.scrollTo(0, 0);
    return { cta: intro.shadowRoot!.querySelector<HTMLElement>('[part="cta"]')!, el };
  }

  /** The page's answer to `(prefers-reduced-motion: reduce)`, whatever the engine's setting. */
  function reducedMotion(reduce: boolean) {
    window.matchMedia = (query: string) => {
      const real = realMatchMedia.call(window, query);
      if (!/prefers-reduced-motion/.test(query)) return real;
      return Object.create(real, {
        matches: { value: reduce === /reduce/.test(query) },
        media: { value: query },
      }) as MediaQueryList;
    };
  }

  it('under prefers-reduced-motion, jumps to the form at once (no smooth scroll) and focuses its first field', async () => {
    reducedMotion(true);
    const { cta, el } = await farForm();
    expect(window.scrollY).to.equal(0);
    cta.click();
    // Read in the same task as the click: an instant scroll has already happened, a smooth one has not begun.
    const y = window.scrollY;
    const box = el.getBoundingClientRect();
    expect(y, 'scrolled in the same task').to.be.greaterThan(2000);
    expect(box.top, 'the form is in view').to.be.lessThan(innerHeight);
    expect(box.bottom).to.be.greaterThan(0);
    expect(deepActive()).to.equal($(el, '#name'));
  });

  it('without the preference, scrolls smoothly (not all at once) and focuses the first field', async () => {
    reducedMotion(false);
    const { cta, el } = await farForm();
    cta.click();
    expect(window.scrollY, 'a smooth scroll has not moved in the same task').to.equal(0);
    expect(deepActive()).to.equal($(el, '#name'));
  });
});
