// prerender(element) (README, "Prerendered HTML"): the HTML a page carries for a rendered element, and what
// happens to that page when the module comes late, or never. This test page never loads the
// module itself: the HTML is made in a framed page that has it, and shown in framed pages (or
// here) that get the module only when a test says so.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ENDPOINT } from './support/origins.js';
import { click, deepActive, frames, waitFor } from './support/person.js';

type Prerender = (el: Element, options?: { stylesheets?: Record<string, string> }) => Promise<string>;
type FrameWindow = Window & typeof globalThis & { rw?: { prerender: Prerender }; hits: string[] };

// Absolute: a srcdoc page's base URL is its parent's, but WebKit resolves a module's import against about:srcdoc.
const MODULE = new URL('/raw/dist/relational-widgets.js', location.href).href;
/** The authoring entry, beside it: a page that prerenders loads the module (the elements) and this. */
const PRERENDER = new URL('/raw/dist/relational-prerender.js', location.href).href;

/**
 * A same-origin framed page from `body`, as a site owner ships it. The page records anything
 * that runs which should not: `alert`, `__hit()` and every error, in `hits`.
 */
async function page(
  body: string,
  { module = false, width = 760, height = 560 } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;z-index:1;width:${width}px;height:${height}px;border:0;background:white`;
  const sentinels = `<script>window.hits=[];window.alert=function(m){hits.push('alert '+m)};window.__hit=function(m){hits.push('hit '+m)};addEventListener('error',function(e){hits.push('error '+e.message)},true)</script>`;
  const script = module
    ? `<script type="module">await import('${MODULE}'); window.rw = await import('${PRERENDER}')</script>`
    : '';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${sentinels}${script}
    <style>body{margin:8px;font:16px/1.5 Georgia,serif}</style></head><body>${body}<p id="below">Text below the widgets.</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  if (module) await waitFor(() => !!win(frame).rw, 'the module in the framed page');
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;

/** Prerenders each element of `markup` in a page that has the module; returns the HTML, joined. */
async function prerendered(
  markup: string,
  options?: { stylesheets?: Record<string, string> },
): Promise<string> {
  const frame = await page(markup, { module: true });
  try {
    const doc = frame.contentDocument!;
    const out: string[] = [];
    for (const el of doc.body.querySelectorAll(':scope > relational-intro, :scope > consult-request'))
      out.push(await win(frame).rw!.prerender(el, options));
    return out.join('\n');
  } finally {
    frame.remove();
  }
}

/** Adds the module to a framed page, as a late `<script type="module" async>` would, and waits for it. */
async function arrive(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = MODULE;
  doc.head.append(script);
  await win(frame).customElements.whenDefined('consult-request');
  const elements = [
    ...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'relational-intro, consult-request',
    ),
  ];
  for (const el of elements) await el.updateComplete;
  await frames();
}

/**
 * Every box a person can see, through shadow roots: what it is (its part, else its tag), where
 * it is, its size and colour. The CTA is a link before the module and a button after: its part
 * names it either way.
 */
function boxes(frame: HTMLIFrameElement): string[] {
  const out: string[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width || r.height) {
        const style = getComputedStyle(el);
        out.push(
          `${el.getAttribute('part') ?? el.localName} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)} ${style.color} ${style.backgroundColor}`,
        );
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(frame.contentDocument!.body);
  return out;
}

/** The text a person sees, through shadow roots, white space collapsed. */
function seenText(frame: HTMLIFrameElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement ?? (node.parentNode as ShadowRoot).host;
      if (parent.checkVisibility()) parts.push(node.textContent!);
    }
    const el = node as Element;
    if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return;
    if (el.shadowRoot) walk(el.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(frame.contentDocument!.body);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const shadow = (frame: HTMLIFrameElement, host: string) =>
  frame.contentDocument!.querySelector(host)!.shadowRoot!;
const inForm = <T extends Element = HTMLInputElement>(
  frame: HTMLIFrameElement,
  host: string,
  selector: string,
) => shadow(frame, host).querySelector<T>(selector)!;

async function recorded(
  tag: string,
): Promise<{ method: string; headers: Record<string, string>; body: string }[]> {
  return (await fetch(`${ENDPOINT}/__requests?tag=${tag}`)).json();
}

const INTRO = '<relational-intro consult-for="consult"></relational-intro>';
const FORM = (tag: string, encoding = 'form') =>
  `<consult-request id="consult" encoding="${encoding}" therapist="ana-ruiz" endpoint="${ENDPOINT}/t/${tag}/ok200"><input type="hidden" name="_subject" value="New request"></consult-request>`;
const CARD = (
  tag: string,
) => `<relational-intro variant="card" therapist-name="Ana Ruiz" credentials="PsyD" location="Portland, OR">
  <consult-request slot="cta" mode="dialog" encoding="form" therapist="ana-ruiz" endpoint="${ENDPOINT}/t/${tag}/ok200"></consult-request></relational-intro>`;

describe('prerender()', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  describe('its output', () => {
    it('carries a declarative shadow root with the styles, and the summary as light-DOM HTML outside any template', async () => {
      const html = await prerendered(INTRO);
      const parsed = document.createElement('template');
      parsed.innerHTML = html; // innerHTML attaches no shadow root: the template stays a template
      const intro = parsed.content.querySelector('relational-intro')!;
      const template = intro.querySelector(':scope > template[shadowrootmode="open"]') as HTMLTemplateElement;
      expect(template, 'a declarative shadow root').to.exist;
      expect(template.content.querySelector('style')!.textContent).to.contain('--relational-accent');
      const light = [...intro.children].filter((c) => c !== template);
      expect(light.map((c) => c.localName).slice(0, 3)).to.deep.equal(['h2', 'p', 'h3']);
      expect(light[0]!.textContent).to.equal('Healing through relationship');
      expect(intro.textContent!.replace(template.content.textContent!, '')).to.contain(
        'You do not have to figure it out alone.',
      );
      // flat: every block is a direct child, so ::slotted() reaches it
      expect(intro.querySelectorAll(':scope > * > p, :scope > section')).to.have.length(0);
      expect(template.content.textContent).to.not.contain('figure it out alone');
    });

    it("writes the headings at heading-level and the summary variant's hidden part in the more slot", async () => {
      const html = await prerendered(
        '<relational-intro variant="summary" heading-level="3"></relational-intro>',
      );
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      const intro = parsed.content.querySelector('relational-intro')!;
      expect(intro.querySelector(':scope > h3:not([slot])')!.textContent).to.equal(
        'Healing through relationship',
      );
      expect(intro.querySelectorAll(':scope > h4[slot="more"]')).to.have.length(5);
      expect(intro.querySelectorAll(':scope > p:not([slot])')).to.have.length(1);
    });

    it('never carries what a client typed', async () => {
      const frame2 = await page(FORM('typed'), { module: true });
      frame = frame2;
      const el = frame2.contentDocument!.querySelector('consult-request')!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      name.focus();
      await sendKeys({ type: 'Private Person' });
      expect(name.value).to.equal('Private Person');
      const html = await win(frame2).rw!.prerender(el);
      expect(html).to.not.contain('Private Person');
      expect(html).to.contain('name="name"');
    });

    it('links a stylesheet per element instead of an inline <style> when asked', async () => {
      const html = await prerendered(`${INTRO}${FORM('link')}`, {
        stylesheets: { 'relational-intro': '/raw/pages/x.css?a="b"' },
      });
      expect(html).to.contain('<link rel="stylesheet" href="/raw/pages/x.css?a=&quot;b&quot;">');
      expect(html.match(/<style>/g)).to.have.length(1); // the form's, which was given no stylesheet
    });
  });

  describe('a prerendered page, the module late', () => {
    it('paints the same boxes and text before and after the module arrives, each widget drawn once', async () => {
      const html = await prerendered(
        `${INTRO}${FORM('boxes')}${CARD('boxes')}<relational-intro variant="summary"></relational-intro>`,
      );
      frame = await page(html, { width: 760 });
      await frames();
      expect(win(frame).customElements.get('relational-intro'), 'no module yet').to.be.undefined;
      const before = boxes(frame);
      const text = seenText(frame);
      expect(text).to.contain('Healing through relationship');
      expect(text).to.contain('This form is not for emergencies.');
      const below = frame.contentDocument!.getElementById('below')!.getBoundingClientRect().top;
      await arrive(frame);
      expect(boxes(frame)).to.deep.equal(before);
      expect(seenText(frame)).to.equal(text);
      expect(frame.contentDocument!.getElementById('below')!.getBoundingClientRect().top).to.equal(below);
      expect(shadow(frame, 'consult-request').querySelectorAll('form')).to.have.length(1);
      expect(shadow(frame, 'relational-intro').querySelectorAll('.cta-area')).to.have.length(1);
      expect(win(frame).hits).to.deep.equal([]);
    });

    it('keeps what the client typed and checked, and the focus and caret, when the module arrives', async function () {
      this.timeout(30000); // many real clicks and keystrokes: slow on a busy machine, not a timing claim
      const tag = `typed-${Math.random().toString(36).slice(2)}`;
      frame = await page(await prerendered(FORM(tag)));
      await click(inForm(frame, 'consult-request', '#name'), frame);
      await sendKeys({ type: 'Ana Ruiz' });
      await click(inForm(frame, 'consult-request', '#email'), frame);
      await sendKeys({ type: 'ana@example.org' });
      await click(inForm(frame, 'consult-request', '#phone'), frame);
      await sendKeys({ type: '5032510142' });
      await click(inForm(frame, 'consult-request', '[name=contactMethod][value=text]'), frame);
      await click(inForm(frame, 'consult-request', '#consent'), frame);
      await click(inForm(frame, 'consult-request', '#message'), frame);
      await sendKeys({ type: 'Tuesday evenings' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowLeft' });
      const message = inForm<HTMLTextAreaElement>(frame, 'consult-request', '#message');
      expect(message.selectionStart).to.equal(13);
      expect(win(frame).customElements.get('consult-request'), 'no module yet').to.be.undefined;

      await arrive(frame);
      const after = inForm<HTMLTextAreaElement>(frame, 'consult-request', '#message');
      expect(deepActive(frame.contentDocument!) === after, 'focus on the message').to.be.true;
      expect([after.selectionStart, after.selectionEnd]).to.deep.equal([13, 13]);
      expect(inForm(frame, 'consult-request', '#name').value).to.equal('Ana Ruiz');
      expect(inForm(frame, 'consult-request', '[value=text]').checked).to.be.true;
      await sendKeys({ type: 'X' });
      expect(after.value).to.equal('Tuesday eveniXngs');

      // what the element sends is what the person typed before and after the module came
      (
        frame.contentDocument!.querySelector('consult-request') as unknown as { minFillMs: number }
      ).minFillMs = 0;
      await click(inForm(frame, 'consult-request', '[part=submit]'), frame);
      await waitFor(async () => (await recorded(tag)).some((r) => r.method === 'POST'), 'the request');
      const body = new URLSearchParams((await recorded(tag)).find((r) => r.method === 'POST')!.body);
      expect(body.get('name')).to.equal('Ana Ruiz');
      expect(body.get('email')).to.equal('ana@example.org');
      expect(body.get('contactMethod')).to.equal('text');
      expect(body.get('phone')).to.equal('5032510142');
      expect(body.get('message')).to.equal('Tuesday eveniXngs');
      expect(body.get('consent')).to.equal('true');
    });

    it('keeps a group of checkboxes and a select answered before the module arrives', async () => {
      const tag = `intake-${Math.random().toString(36).slice(2)}`;
      frame = await page(
        await prerendered(
          `<consult-request fields="times region" regions="OR WA" endpoint="${ENDPOINT}/t/${tag}/ok200" encoding="form"></consult-request>`,
        ),
      );
      await click(inForm(frame, 'consult-request', '[name=times][value=mornings]'), frame);
      await click(inForm(frame, 'consult-request', '[name=times][value=weekends]'), frame);
      const select = inForm<HTMLSelectElement>(frame, 'consult-request', 'select[name=region]');
      select.value = 'WA';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await arrive(frame);
      const ticked = [
        ...shadow(frame, 'consult-request').querySelectorAll<HTMLInputElement>('[name=times]'),
      ].filter((b) => b.checked);
      expect(ticked.map((b) => b.value)).to.deep.equal(['mornings', 'weekends']);
      expect(inForm<HTMLSelectElement>(frame, 'consult-request', 'select[name=region]').value).to.equal('WA');
      // The element's state, what a send would carry: its request's values (request.ts).
      const { values } = (
        frame.contentDocument!.querySelector('consult-request') as unknown as {
          request: { values: Record<string, unknown> };
        }
      ).request;
      expect(values.times).to.deep.equal(['mornings', 'weekends']);
      expect(values.region).to.equal('WA');
    });

    it("keeps the focus on the intro's CTA when the module arrives", async () => {
      frame = await page(await prerendered(`${INTRO}${FORM('cta')}`));
      const cta = inForm<HTMLElement>(frame, 'relational-intro', '[part=cta]');
      cta.focus();
      await arrive(frame);
      expect(deepActive(frame.contentDocument!)?.outerHTML).to.equal(
        inForm(frame, 'relational-intro', '[part=cta]').outerHTML,
      );
      expect(deepActive(frame.contentDocument!)?.localName).to.equal('button');
    });
  });

  describe('a prerendered page, the module at once: each element is adopted when the page is idle', () => {
    type Lazy = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
    /** The framed page never idles until `idle()` runs what was waiting for it (requestIdleCallback stubbed). */
    function holdIdle(frame: HTMLIFrameElement): () => void {
      const waiting: (() => void)[] = [];
      (win(frame) as unknown as { requestIdleCallback: (run: () => void) => number }).requestIdleCallback = (
        run,
      ) => waiting.push(run);
      return () => waiting.splice(0).forEach((run) => run());
    }
    /** The module arrives and defines the elements; nothing is awaited past their definition. */
    async function define(frame: HTMLIFrameElement): Promise<void> {
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = MODULE;
      frame.contentDocument!.head.append(script);
      await win(frame).customElements.whenDefined('consult-request');
      await frames();
    }
    const element = (frame: HTMLIFrameElement, tag: string) =>
      frame.contentDocument!.querySelector(tag) as Lazy;

    it('keeps working as HTML until the page is idle, then keeps the text typed, the focus and the caret', async () => {
      frame = await page(await prerendered(`${INTRO}${FORM('idle')}`));
      const idle = holdIdle(frame);
      await click(inForm(frame, 'consult-request', '#name'), frame);
      await sendKeys({ type: 'Ana Rui' });
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowLeft' });
      const prerenderedName = inForm(frame, 'consult-request', '#name');

      await define(frame);
      expect(element(frame, 'consult-request').hasUpdated, 'the form, before the page is idle').to.be.false;
      expect(element(frame, 'relational-intro').hasUpdated, 'the intro, before the page is idle').to.be.false;
      expect(inForm(frame, 'consult-request', '#name')).to.equal(prerenderedName);
      await sendKeys({ type: 'X' });
      expect(prerenderedName.value).to.equal('Ana RXui');

      idle();
      await element(frame, 'consult-request').updateComplete;
      await element(frame, 'relational-intro').updateComplete;
      await frames();
      const name = inForm(frame, 'consult-request', '#name');
      expect(name, 'rendered by the module').not.to.equal(prerenderedName);
      expect(name.value).to.equal('Ana RXui');
      expect(deepActive(frame.contentDocument!) === name, 'focus on the name').to.be.true;
      expect([name.selectionStart, name.selectionEnd]).to.deep.equal([6, 6]);
      await sendKeys({ type: 'z' });
      expect(name.value).to.equal('Ana RXzui');
      expect(shadow(frame, 'consult-request').querySelectorAll('form')).to.have.length(1);
      expect(win(frame).hits).to.deep.equal([]);
    });

    it("styles each root once: its own <style> until the page is idle, then the element's sheets, looking the same", async () => {
      const framed = (frame = await page(await prerendered(`${INTRO}${FORM('sheets')}`)));
      const idle = holdIdle(framed);
      const look = (tag: string, selector: string) => {
        const style = win(framed).getComputedStyle(shadow(framed, tag).querySelector(selector)!);
        return [style.color, style.backgroundColor, style.fontSize, style.borderTopWidth].join(' ');
      };
      const before = {
        intro: look('relational-intro', '[part=article]'),
        submit: look('consult-request', '[part=submit]'),
      };

      await define(framed);
      for (const tag of ['relational-intro', 'consult-request']) {
        const root = shadow(framed, tag);
        expect(
          root.adoptedStyleSheets,
          `${tag}: no sheet of the module's before the page is idle`,
        ).to.have.length(0);
        expect(root.querySelectorAll('style'), `${tag}: its prerendered <style>`).to.have.length(1);
      }

      idle();
      await element(framed, 'consult-request').updateComplete;
      await element(framed, 'relational-intro').updateComplete;
      for (const tag of ['relational-intro', 'consult-request']) {
        const root = shadow(framed, tag);
        expect(root.adoptedStyleSheets.length, `${tag}: the element's sheets, once adopted`).to.be.above(0);
        expect(root.querySelectorAll('style'), `${tag}: the prerendered <style> gone`).to.have.length(0);
      }
      expect(look('relational-intro', '[part=article]')).to.equal(before.intro);
      expect(look('consult-request', '[part=submit]')).to.equal(before.submit);
    });
  });

  describe('a prerendered page whose module never arrives', () => {
    it('reads the intro as an article, and its CTA leads to the form', async () => {
      frame = await page(await prerendered(`${INTRO}${FORM('article')}`));
      const text = seenText(frame);
      expect(text).to.contain('Why it matters');
      expect(text).to.contain('You do not have to figure it out alone.');
      const cta = inForm<HTMLAnchorElement>(frame, 'relational-intro', '[part=cta]');
      expect(cta.localName).to.equal('a');
      expect(cta.getAttribute('href')).to.equal('#consult');
    });

    it('posts the form natively to the endpoint with encoding="form": the payload\'s keys, the honeypot and hidden fields', async function () {
      this.timeout(30000); // many real clicks and keystrokes: slow on a busy machine, not a timing claim
      const tag = `native-${Math.random().toString(36).slice(2)}`;
      frame = await page(await prerendered(FORM(tag)));
      const form = inForm<HTMLFormElement>(frame, 'consult-request', 'form');
      // the browser's own validation: an empty required name stops the submission
      let submitted = 0;
      form.addEventListener('submit', () => submitted++);
      form.requestSubmit();
      expect(submitted).to.equal(0);
      expect(inForm(frame, 'consult-request', '#name').validity.valueMissing).to.be.true;

      await click(inForm(frame, 'consult-request', '#name'), frame);
      await sendKeys({ type: 'Ana Ruiz' });
      await click(inForm(frame, 'consult-request', '#email'), frame);
      await sendKeys({ type: 'ana@example.org' });
      await click(inForm(frame, 'consult-request', '#consent'), frame);
      await click(inForm(frame, 'consult-request', '[part=submit]'), frame);
      await waitFor(async () => (await recorded(tag)).some((r) => r.method === 'POST'), 'the native post');
      const request = (await recorded(tag)).find((r) => r.method === 'POST')!;
      expect(request.headers['content-type']).to.contain('application/x-www-form-urlencoded');
      const body = new URLSearchParams(request.body);
      expect(body.get('name')).to.equal('Ana Ruiz');
      expect(body.get('email')).to.equal('ana@example.org');
      expect(body.get('consent')).to.equal('true');
      expect(body.get('contactMethod')).to.equal('email');
      expect(body.get('therapist')).to.equal('ana-ruiz');
      expect(body.get('_subject')).to.equal('New request');
      expect(body.has('rw-hp'), 'the honeypot goes with it').to.be.true;
    });

    it('sends multipart with encoding="multipart"', async () => {
      const tag = `multi-${Math.random().toString(36).slice(2)}`;
      frame = await page(await prerendered(FORM(tag, 'multipart')));
      const form = inForm<HTMLFormElement>(frame, 'consult-request', 'form');
      expect(form.enctype).to.equal('multipart/form-data');
      expect(form.method).to.equal('post');
      expect(form.getAttribute('action')).to.equal(`${ENDPOINT}/t/${tag}/ok200`);
    });

    it('shows the snippet\'s fallback text when Send is used with encoding="json"', async () => {
      const html = await prerendered(
        `<consult-request endpoint="${ENDPOINT}/t/json/ok200"><p slot="fallback">Call (503) 555-0142.</p></consult-request>`,
      );
      frame = await page(html);
      expect(seenText(frame)).to.not.contain('555-0142');
      await click(inForm(frame, 'consult-request', '[part=submit]'), frame);
      await frames();
      const popover = inForm<HTMLElement>(frame, 'consult-request', '[popover]');
      expect(popover.matches(':popover-open')).to.be.true;
      expect(seenText(frame)).to.contain('Call (503) 555-0142.');
      expect((await recorded('json')).length).to.equal(0);
    });

    it("opens a card's dialog-mode form as a popover that posts natively", async function () {
      this.timeout(30000); // many real clicks and keystrokes: slow on a busy machine, not a timing claim
      const tag = `card-${Math.random().toString(36).slice(2)}`;
      frame = await page(await prerendered(CARD(tag)));
      const trigger = inForm<HTMLElement>(frame, 'consult-request', '[part=trigger]');
      await click(trigger, frame);
      await frames();
      const dialog = inForm<HTMLElement>(frame, 'consult-request', '[part=dialog]');
      expect(dialog.matches(':popover-open')).to.be.true;
      expect(dialog.getBoundingClientRect().height).to.be.above(200);
      await click(inForm(frame, 'consult-request', '#name'), frame);
      await sendKeys({ type: 'Ana Ruiz' });
      await click(inForm(frame, 'consult-request', '#email'), frame);
      await sendKeys({ type: 'ana@example.org' });
      await click(inForm(frame, 'consult-request', '#consent'), frame);
      await click(inForm(frame, 'consult-request', '[part=submit]'), frame);
      await waitFor(async () => (await recorded(tag)).some((r) => r.method === 'POST'), 'the native post');
      expect(
        new URLSearchParams((await recorded(tag)).find((r) => r.method === 'POST')!.body).get('name'),
      ).to.equal('Ana Ruiz');
    });
  });

  describe('hostile strings', () => {
    const HOSTILE = [
      `"><img src=x onerror="__hit('attr')">`,
      `</template><script>__hit('template')</script>`,
      `<img src=x onerror=alert(1)>`,
      `' onmouseover='__hit(1)' x='`,
      `&lt;script&gt;__hit('entity')&lt;/script&gt;`,
    ];

    it('stay text through prerender: nothing runs and every attribute arrives as given', async () => {
      const value = HOSTILE.join(' ');
      const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const markup = `<relational-intro variant="card" therapist-name="${escaped}" credentials="${escaped}" location="${escaped}" approach="${escaped}">
          <consult-request slot="cta" mode="dialog" encoding="form" endpoint="${ENDPOINT}/t/hostile/ok200" therapist="${escaped}" cta-label="${escaped}">
            <input type="hidden" name="${escaped}" value="${escaped}"></consult-request></relational-intro>
        <relational-intro cta-label="${escaped}" consult-for="${escaped}"></relational-intro>`;
      const html = await prerendered(markup);
      frame = await page(html);
      await frames();
      expect(win(frame).hits).to.deep.equal([]);
      const doc = frame.contentDocument!;
      const card = doc.querySelector('relational-intro')!;
      for (const name of ['therapist-name', 'credentials', 'location', 'approach'])
        expect(card.getAttribute(name), name).to.equal(value);
      expect(card.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal(value);
      const form = card.querySelector('consult-request')!;
      expect(form.getAttribute('therapist')).to.equal(value);
      expect(
        form.shadowRoot!.querySelector<HTMLInputElement>('input[type=hidden][name=therapist]')!.value,
      ).to.equal(value);
      expect(doc.querySelectorAll('img, script:not(head script)')).to.have.length(0);
      for (const el of doc.querySelectorAll('relational-intro, consult-request'))
        expect(el.shadowRoot!.querySelectorAll('img, script'), el.localName).to.have.length(0);
      await arrive(frame);
      expect(win(frame).hits).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible before the module: intro, inline form, card', async () => {
      const holder = document.createElement('div');
      document.body.append(holder);
      try {
        holder.setHTMLUnsafe(
          await prerendered(
            `${INTRO}${FORM('axe')}${CARD('axe')}<relational-intro variant="summary"></relational-intro>`,
          ),
        );
        expect(customElements.get('relational-intro'), 'this page never loads the module').to.be.undefined;
        expect(holder.querySelector('consult-request')!.shadowRoot, 'a declarative shadow root').to.exist;
        await expect(holder).to.be.accessible();
      } finally {
        holder.remove();
      }
    });
  });
});
