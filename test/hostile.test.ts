// Hostile host pages: the built bundle on pages we do not control, each page
// framed as a site owner ships it (test/pages/hostile-*.html, served untransformed):
//   a. hostile-theme.html   a theme stylesheet with aggressive global rules
//   b. hostile-csp*.html    a strict Content Security Policy with Trusted Types required
//   c. hostile-two-copies   two copies of the bundle from two URLs
//   d. hostile-ajax.html    widgets inserted, moved, removed and re-added by an AJAX page loader
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ENDPOINT } from './support/origins.js';
import { openPage, pageReport, renderedElements } from './support/frame.js';
import { click as clickAt, deepActive as activeIn, frames, pause, waitFor } from './support/person.js';
import { dialogOf } from './support/parts.js';

interface Widget extends HTMLElement {
  updateComplete: Promise<unknown>;
  open(): void;
  close(): void;
  status: string;
}
interface Track {
  snapshot(): { listeners: Record<string, number>; timeouts: number; intervals: number; frames: number };
}
type FrameWindow = Window &
  typeof globalThis & {
    hostileTrack: Track;
    ajaxLoad(id: string): void;
    eval(code: string): unknown;
    importFrom(url: string): Promise<unknown>;
  };

interface Recorded {
  method: string;
  url: string;
  body: string;
}

/** Opens a hostile page pinned to the top left of the test page, so page and frame coordinates line up simply. */
async function open(name: string, width = 760, height = 560): Promise<HTMLIFrameElement> {
  const frame = await openPage(name, width, height);
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', zIndex: '1' });
  await renderedElements(frame);
  await frames();
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;
const byId = (frame: HTMLIFrameElement, id: string) => frame.contentDocument!.getElementById(id) as Widget;
/** A dialog-mode form's trigger: the button of its shadow root that is not inside the dialog. */
function triggerOf(el: Widget): HTMLButtonElement {
  const trigger = [...el.shadowRoot!.querySelectorAll('button')].find((b) => !b.closest('dialog'));
  expect(trigger, `${el.localName}#${el.id} (mode="dialog") has a trigger button outside its dialog`).to
    .exist;
  return trigger!;
}

/** The next event of a type, or a clear failure after a few seconds. */
function nextEvent(target: EventTarget, type: string, timeout = 5000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout}ms`)), timeout);
    target.addEventListener(type, (e) => (clearTimeout(timer), resolve(e)), { once: true });
  });
}

/** The element with focus inside the framed page, looking into shadow roots. */
const deepActive = (frame: HTMLIFrameElement): Element | null => activeIn(frame.contentDocument!);

/** Clicks an element of the framed page with the real mouse, once it has stopped moving. */
const click = (frame: HTMLIFrameElement, target: Element): Promise<void> => clickAt(target, frame);

/** Name, email and consent as a person gives them: click, type, Tab out (no doubled letters: WebKitGTK drops them, src/MAINTAINING.md). */
async function fill(frame: HTMLIFrameElement, el: Widget): Promise<void> {
  const root = el.shadowRoot!;
  for (const [id, text] of [
    ['name', 'Ana Ruiz'],
    ['email', 'ana@example.org'],
  ]) {
    const field = root.getElementById(id) as HTMLInputElement;
    await click(frame, field);
    await waitFor(() => deepActive(frame) === field, `#${id} to take focus`, 3000);
    await sendKeys({ type: text });
    await waitFor(() => field.value === text, `"${text}" in #${id}`, 3000);
    await sendKeys({ press: 'Tab' });
  }
  const consent = root.getElementById('consent') as HTMLInputElement;
  await click(frame, consent);
  await waitFor(() => consent.checked, 'the consent box to be ticked', 3000);
}

async function submit(frame: HTMLIFrameElement, el: Widget): Promise<void> {
  await click(frame, el.shadowRoot!.querySelector('[part="submit"]')!);
  await waitFor(() => el.status === 'success', 'the request to succeed (status "success")', 8000);
}

async function posts(tag: string): Promise<Recorded[]> {
  const all: Recorded[] = await (await fetch(`${ENDPOINT}/__requests?tag=${tag}`)).json();
  return all.filter((r) => r.method === 'POST');
}

/** Every element inside the widgets' shadow roots (nested roots included), with the host it belongs to. */
function shadowElements(frame: HTMLIFrameElement): { host: Element; el: Element }[] {
  const out: { host: Element; el: Element }[] = [];
  const walk = (host: Element) => {
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      out.push({ host, el });
      if (el.shadowRoot) walk(el);
    }
  };
  for (const host of frame.contentDocument!.querySelectorAll('relational-intro, consult-request')) walk(host);
  return out;
}

/** Shown to a sighted person: rendered, and not the visually hidden (screen-reader only) text. */
const shown = (el: Element) =>
  el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !el.closest('.sr');

const describeEl = (host: Element, el: Element) =>
  `${host.localName}#${host.id} ${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/** sRGB channels and alpha of any CSS colour, as the engine itself paints it. */
function rgba(color: string): [number, number, number, number] {
  const c = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  c.clearRect(0, 0, 1, 1);
  c.fillStyle = color;
  c.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = c.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
const luminance = ([r, g, b]: number[]) => {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};
const over = (top: number[], bottom: number[]) =>
  top.slice(0, 3).map((v, i) => v * top[3]! + bottom[i]! * (1 - top[3]!));

/** Contrast of an element's text against the backgrounds stacked behind it (shadow hosts crossed), on white. */
function contrast(el: Element): number {
  const chain: Element[] = [];
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null))
    chain.push(n);
  let back = [255, 255, 255];
  for (const n of chain.reverse()) back = over(rgba(getComputedStyle(n).backgroundColor), back);
  const fore = over(rgba(getComputedStyle(el).color), back);
  const [a, b] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

/**
 * Legible, as a person reading it would judge: every piece of text a sighted person can see is
 * at least 12px (form controls 16px, as designed), its lines do not overlap (line height at
 * least the font size), letters and words are not spread past WCAG 1.4.12's text-spacing
 * bounds (0.12em, 0.16em), and it has at least 4.5:1 contrast with what is behind it.
 */
function illegible(frame: HTMLIFrameElement): string[] {
  const problems: string[] = [];
  const view = win(frame);
  for (const { host, el } of shadowElements(frame)) {
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const control = el.matches('input:not([type=hidden], [type=checkbox], [type=radio]), textarea, button');
    if ((!text && !control) || !shown(el)) continue;
    const cs = view.getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    const what = describeEl(host, el);
    if (size < (control && !el.matches('button') ? 16 : 12))
      problems.push(`${what}: font-size ${cs.fontSize}`);
    const lh = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
    if (lh < size - 0.01) problems.push(`${what}: line-height ${cs.lineHeight} for font-size ${cs.fontSize}`);
    const letters = cs.letterSpacing === 'normal' ? 0 : parseFloat(cs.letterSpacing);
    if (letters > 0.12 * size + 0.01) problems.push(`${what}: letter-spacing ${cs.letterSpacing}`);
    const words = cs.wordSpacing === 'normal' ? 0 : parseFloat(cs.wordSpacing);
    if (words > 0.16 * size + 0.01) problems.push(`${what}: word-spacing ${cs.wordSpacing}`);
    const ratio = contrast(el);
    if (text && ratio < 4.5) problems.push(`${what}: contrast ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

/**
 * Usable controls: every button, field and box a person can see is at least 24x24 CSS px (WCAG
 * 2.5.8), and the fields and buttons keep the 44px height they are designed with (2.75rem of a
 * 16px root); every label and legend is shown with its text.
 */
function unusable(frame: HTMLIFrameElement): string[] {
  const problems: string[] = [];
  for (const { host, el } of shadowElements(frame)) {
    if (!shown(el)) continue;
    const what = describeEl(host, el);
    const r = el.getBoundingClientRect();
    if (el.matches('button, input:not([type=hidden]), textarea, select, a[part=cta]')) {
      if (r.width < 24 || r.height < 24)
        problems.push(`${what}: ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
      if (
        el.matches('button, input:not([type=checkbox], [type=radio]), textarea, a[part=cta]') &&
        r.height < 44
      )
        problems.push(`${what}: ${r.height.toFixed(1)}px tall, designed for 44`);
    }
    if (el.matches('label, legend') && (r.width < 1 || r.height < 1 || !el.textContent!.trim()))
      problems.push(`${what}: label not shown (${r.width}x${r.height})`);
  }
  return problems;
}

/** Anything of the widgets that sticks out of the page sideways (the theme hides the page's own scrollbar). */
function overflowing(frame: HTMLIFrameElement): string[] {
  const width = frame.contentDocument!.documentElement.clientWidth;
  const problems: string[] = [];
  const hosts = [...frame.contentDocument!.querySelectorAll('relational-intro, consult-request')];
  for (const { host, el } of [...hosts.map((h) => ({ host: h, el: h })), ...shadowElements(frame)]) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width && (r.left < -0.5 || r.right > width + 0.5))
      problems.push(`${describeEl(host, el)}: ${r.left.toFixed(1)}..${r.right.toFixed(1)} of ${width}`);
  }
  return problems;
}

/**
 * The dialog is open, modal, inside the viewport and on top of everything: the topmost element at
 * its centre and just inside its top edge (where the theme's sticky header with the largest
 * z-index would be) is inside the dialog.
 */
function expectOnTop(frame: HTMLIFrameElement, el: Widget): void {
  const dialog = dialogOf(el)!;
  expect(dialog, 'a <dialog> in the shadow root').to.exist;
  expect(dialog.open, 'dialog open').to.be.true;
  expect(dialog.matches(':modal'), 'dialog is modal (in the top layer)').to.be.true;
  const r = dialog.getBoundingClientRect();
  const view = frame.contentDocument!.documentElement;
  expect(r.width, 'dialog width').to.be.greaterThan(200);
  expect(r.height, 'dialog height').to.be.greaterThan(100);
  expect(
    r.left >= 0 && r.top >= 0 && r.right <= view.clientWidth + 0.5,
    `dialog within the viewport: ${JSON.stringify(r)}`,
  ).to.be.true;
  for (const [x, y] of [
    [r.left + r.width / 2, r.top + Math.min(r.height, view.clientHeight - r.top) / 2],
    [r.left + r.width / 2, r.top + 6],
  ]) {
    expect(frame.contentDocument!.elementFromPoint(x!, y!), `page's topmost element at ${x},${y}`).to.equal(
      el,
    );
    const inner = el.shadowRoot!.elementFromPoint(x!, y!);
    expect(
      inner && dialog.contains(inner),
      `topmost at ${x},${y} is inside the dialog (got ${inner?.localName})`,
    ).to.be.true;
  }
}

/** The root element's overflow as the page would see it while locked: scrolling off on the viewport. */
const locked = (frame: HTMLIFrameElement) => {
  const cs = win(frame).getComputedStyle(frame.contentDocument!.documentElement);
  return cs.overflowY === 'hidden' || cs.overflowY === 'clip';
};

describe('hostile host pages', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  describe('a. a theme stylesheet with aggressive global rules (hostile-theme.html)', () => {
    for (const [width, height] of [
      [760, 560],
      [320, 560],
    ] as const) {
      it(`keeps every text legible at ${width}px wide: size, line height, spacing, contrast`, async () => {
        frame = await open('hostile-theme.html', width, height);
        expect(illegible(frame)).to.deep.equal([]);
      });

      it(`keeps controls at a usable size and labels shown, at ${width}px wide`, async () => {
        frame = await open('hostile-theme.html', width, height);
        expect(unusable(frame)).to.deep.equal([]);
      });

      it(`overflows nothing sideways at ${width}px wide`, async () => {
        frame = await open('hostile-theme.html', width, height);
        expect(overflowing(frame)).to.deep.equal([]);
      });
    }

    it('the page really is hostile: its rules reach the hosts and what inherits', async () => {
      frame = await open('hostile-theme.html');
      const view = win(frame);
      const intro = byId(frame, 'intro');
      const cs = view.getComputedStyle(intro);
      expect(cs.lineHeight, 'host line-height from `* { line-height: 0.8 !important }`').to.not.equal(
        'normal',
      );
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.closeTo(0.8, 0.01);
      expect(view.getComputedStyle(frame.contentDocument!.documentElement).fontSize).to.equal('10px');
      expect(cs.textTransform).to.equal('lowercase');
      const pageDialog = frame.contentDocument!.createElement('dialog');
      frame.contentDocument!.body.append(pageDialog);
      expect(view.getComputedStyle(pageDialog).position, 'the theme restyles dialogs').to.equal('static');
      pageDialog.remove();
    });

    it("opens the card's dialog above everything from a real click; Escape closes it and the page is as before", async () => {
      frame = await open('hostile-theme.html');
      const form = byId(frame, 'card-form');
      const root = frame.contentDocument!.documentElement;
      const before = root.getAttribute('style');
      const trigger = triggerOf(form);
      const opened = nextEvent(form, 'consult-open');
      await click(frame, trigger);
      await opened;
      await frames();
      expectOnTop(frame, form);
      expect(locked(frame), 'page scroll locked while open').to.be.true;
      expect(illegible(frame), 'legible inside the dialog').to.deep.equal([]);
      expect(unusable(frame), 'usable inside the dialog').to.deep.equal([]);
      await waitFor(() => deepActive(frame!)?.id === 'name', 'focus on the first field');
      const closed = nextEvent(form, 'consult-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await frames();
      expect(dialogOf(form)!.open).to.be.false;
      expect(deepActive(frame), 'focus back on the trigger').to.equal(trigger);
      expect(root.getAttribute('style'), "the root element's style attribute as it was").to.equal(before);
      expect(pageReport(frame).errors).to.deep.equal([]);
    });

    it('opens with open() at 320x568 and fits the screen', async () => {
      frame = await open('hostile-theme.html', 320, 568);
      const form = byId(frame, 'card-form');
      form.open();
      await form.updateComplete;
      await frames();
      expectOnTop(frame, form);
      const r = dialogOf(form)!.getBoundingClientRect();
      expect(r.bottom, 'dialog bottom within 568px').to.be.at.most(568.5);
      expect(overflowing(frame)).to.deep.equal([]);
      form.close();
    });
  });

  for (const page of ['hostile-csp.html', 'hostile-csp-tt.html']) {
    const allowList = page.includes('-tt');
    describe(`b. a strict CSP${allowList ? ', Trusted Types allowing only the lit-html policy' : ', Trusted Types required'} (${page})`, () => {
      it('renders, styles apply, the photo loads, and no policy violation happens', async () => {
        frame = await open(page);
        const view = win(frame);
        for (const el of frame.contentDocument!.querySelectorAll<Widget>(
          'relational-intro, consult-request',
        )) {
          expect(el.shadowRoot!.textContent!.trim(), `${el.localName}#${el.id} text`).to.not.equal('');
          expect(el.getBoundingClientRect().height, `${el.localName}#${el.id} height`).to.be.greaterThan(0);
        }
        // The shadow roots' styles are constructable stylesheets: style-src 'self' must not block them.
        const crisis = byId(frame, 'inline-form').shadowRoot!.querySelector('[part="crisis"]')!;
        expect(
          view.getComputedStyle(crisis).borderInlineStartWidth,
          "the element's own sheet applies",
        ).to.equal('4px');
        const cta = byId(frame, 'intro').shadowRoot!.querySelector<HTMLElement>('[part="cta"]')!;
        expect(
          rgba(view.getComputedStyle(cta).backgroundColor)[3],
          'the CTA has its accent background',
        ).to.equal(1);
        const card = byId(frame, 'card');
        const photo = card.shadowRoot!.querySelector<HTMLImageElement>('[part="photo"]')!;
        expect(photo, 'the card shows the photo (not the monogram)').to.exist;
        photo.scrollIntoView();
        await waitFor(() => photo.complete && photo.naturalWidth > 0, "the photo from 'self' to load");
        expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
      });

      it('opens the dialog and sends a request from it to the endpoint connect-src allows', async () => {
        frame = await open(page);
        const form = byId(frame, 'card-form');
        const tag = crypto.randomUUID();
        form.setAttribute('endpoint', `${ENDPOINT}/t/${tag}/ok200`);
        await form.updateComplete;
        await click(frame, triggerOf(form));
        await waitFor(() => !!dialogOf(form)?.open, 'the dialog to open');
        expectOnTop(frame, form);
        await fill(frame, form);
        await submit(frame, form);
        const sent = await posts(tag);
        expect(sent).to.have.length(1);
        expect(JSON.parse(sent[0]!.body)).to.include({
          name: 'Ana Ruiz',
          email: 'ana@example.org',
          therapist: 'ana-ruiz',
        });
        expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
      });

      it('sends from the inline form too', async () => {
        frame = await open(page);
        const form = byId(frame, 'inline-form');
        const tag = crypto.randomUUID();
        form.setAttribute('endpoint', `${ENDPOINT}/t/${tag}/ok200`);
        await form.updateComplete;
        await fill(frame, form);
        await submit(frame, form);
        expect(await posts(tag)).to.have.length(1);
        expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
      });

      // Run last on the page: it causes violations on purpose, proving that the policy above was
      // really enforced (otherwise "no violations" could pass on a page without one).
      it("really is enforced: eval, an inline <style>, other origins' scripts and images, a fetch outside connect-src are refused", async () => {
        frame = await open(page);
        const view = win(frame);
        const doc = frame.contentDocument!;
        const violations = () => pageReport(frame!).violations;
        /** Runs a probe and returns the directive of the one violation it caused. */
        async function probe(what: string, act: () => unknown): Promise<string> {
          const before = violations().length;
          await act();
          await waitFor(() => violations().length > before, `a violation for ${what}`, 3000);
          return violations()[before]!.split(' ')[0]!;
        }
        const other = `${ENDPOINT}/t/csp-probe`;
        // eval: script-src has no 'unsafe-eval' (Chromium reports it as a Trusted Types violation first).
        expect(await probe('eval', () => expect(() => view.eval('1 + 1')).to.throw())).to.match(
          /^(script-src|require-trusted-types-for)/,
        );
        const style = doc.createElement('style');
        style.textContent = 'body { background: rgb(255, 0, 0) }';
        expect(await probe('an inline <style>', () => doc.head.append(style))).to.match(/^style-src/);
        expect(view.getComputedStyle(doc.body).backgroundColor).to.not.equal('rgb(255, 0, 0)');
        const load = () =>
          view.importFrom(`${other}/script.js`).then(
            () => expect.fail('a module from another origin was imported'),
            () => undefined,
          );
        expect(await probe('a script from another origin', load)).to.match(/^script-src/);
        const img = doc.createElement('img');
        img.src = `${other}/image.png`;
        expect(await probe('an image from another origin', () => doc.body.append(img))).to.match(/^img-src/);
        let fetched = true;
        const fetch = () =>
          view.fetch('/__endpoint/t/csp-probe/ok200', { method: 'POST' }).catch(() => (fetched = false));
        expect(await probe('a same-origin fetch', fetch)).to.match(/^connect-src/);
        expect(fetched, 'the fetch failed').to.be.false;
      });

      it('really requires Trusted Types (skipped where the engine has none)', async function () {
        frame = await open(page);
        const view = win(frame) as FrameWindow & {
          trustedTypes?: { createPolicy(name: string, rules: object): unknown };
        };
        if (!view.trustedTypes) this.skip(); // reported in the run's skipped count, per engine
        let error: Error | undefined;
        try {
          frame.contentDocument!.createElement('div').innerHTML = '<b>bold</b>';
        } catch (e) {
          error = e as Error;
        }
        expect(error?.name, 'a plain string to innerHTML is refused').to.equal('TypeError');
        if (allowList) {
          expect(
            () => view.trustedTypes!.createPolicy('other', { createHTML: (s: string) => s }),
            'a policy not allowed',
          ).to.throw();
          expect(
            () => view.trustedTypes!.createPolicy('lit-html', { createHTML: (s: string) => s }),
            'lit-html, already taken by Lit',
          ).to.throw();
        }
      });
    });
  }

  describe("b. two copies of the bundle under `trusted-types lit-html 'allow-duplicates'` (hostile-csp-tt-two-copies.html)", () => {
    it('loads both copies without an error or violation, and renders', async () => {
      frame = await open('hostile-csp-tt-two-copies.html');
      for (const el of frame.contentDocument!.querySelectorAll<Widget>('relational-intro, consult-request')) {
        expect(el.shadowRoot!.textContent!.trim(), `${el.localName}#${el.id}`).to.not.equal('');
      }
      await pause(200);
      expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
    });
  });

  describe('b. two copies of the bundle under `trusted-types lit-html` alone (hostile-csp-tt-twice.html)', () => {
    it("the second copy's Lit cannot create its policy again (hence the README's 'allow-duplicates'); the first copy's elements work", async function () {
      frame = await open('hostile-csp-tt-twice.html');
      if (!(win(frame) as unknown as { trustedTypes?: unknown }).trustedTypes) this.skip();
      await pause(200);
      for (const el of frame.contentDocument!.querySelectorAll<Widget>('relational-intro, consult-request')) {
        expect(el.shadowRoot!.textContent!.trim(), `${el.localName}#${el.id}`).to.not.equal('');
      }
      const { errors, violations } = pageReport(frame);
      expect(
        violations.map((v) => v.split(' ')[0]),
        'one trusted-types violation',
      ).to.deep.equal(['trusted-types']);
      expect(errors, 'one error: the policy name is taken').to.have.length(1);
    });
  });

  describe('c. two copies of the bundle from two URLs (hostile-two-copies.html)', () => {
    it("runs both copies without an error; the first copy's classes own the tags", async () => {
      frame = await open('hostile-two-copies.html');
      const doc = frame.contentDocument!;
      const urls = [...doc.querySelectorAll('script[type=module]')].map(
        (s) => new URL(s.getAttribute('src')!, location.href).href,
      );
      expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([
        '/raw/dist/relational-widgets.js',
        '/raw/copy/relational-widgets.js',
      ]);
      const [first, second] = (await Promise.all(
        urls.map((u) => win(frame!).eval(`import(${JSON.stringify(u)})`)),
      )) as Record<string, unknown>[];
      expect(second!.ConsultRequest, 'the second copy is a module of its own').to.not.equal(
        first!.ConsultRequest,
      );
      expect(win(frame).customElements.get('consult-request')).to.equal(first!.ConsultRequest);
      expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
    });

    it('mounts a placeholder once, not once per copy', async () => {
      frame = await open('hostile-two-copies.html');
      const doc = frame.contentDocument!;
      await frames();
      expect(doc.querySelectorAll('[data-relational]')).to.have.length(0);
      expect(doc.querySelectorAll('#teaser')).to.have.length(1);
      expect(doc.getElementById('teaser')!.localName).to.equal('relational-intro');
      expect(doc.querySelectorAll('relational-intro')).to.have.length(3);
    });

    it("opens the card's dialog, and a submission is sent once", async () => {
      frame = await open('hostile-two-copies.html');
      const card = byId(frame, 'card-form');
      const trigger = triggerOf(card);
      await click(frame, trigger);
      await waitFor(() => !!dialogOf(card)?.open, 'the dialog to open');
      expectOnTop(frame, card);
      await waitFor(() => deepActive(frame!)?.id === 'name', 'focus on the first field');
      const closed = nextEvent(card, 'consult-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialogOf(card)!.open).to.be.false;
      await waitFor(() => deepActive(frame!) === trigger, 'focus back on the trigger');

      const form = byId(frame, 'inline-form');
      const tag = crypto.randomUUID();
      form.setAttribute('endpoint', `/__endpoint/t/${tag}/ok200`);
      await form.updateComplete;
      let successes = 0;
      form.addEventListener('consult-success', () => successes++);
      await fill(frame, form);
      await submit(frame, form);
      await pause(500);
      expect(await posts(tag)).to.have.length(1);
      expect(successes, 'consult-success events').to.equal(1);
      expect(pageReport(frame)).to.deep.equal({ errors: [], violations: [] });
    });
  });

  describe('d. AJAX page loads: inserted, moved, removed, re-added (hostile-ajax.html)', () => {
    /** Lets async work finish: frames, and a little time for short timers. */
    const settle = async () => {
      await frames();
      await pause(150);
      await frames();
    };

    async function load(f: HTMLIFrameElement, id: string) {
      win(f).ajaxLoad(id);
      if (id) await renderedElements(f);
      await settle();
    }

    it('renders, opens and sends each time the page is loaded again', async () => {
      frame = await open('hostile-ajax.html');
      for (let round = 1; round <= 3; round++) {
        await load(frame, 'about-page');
        const intro = byId(frame, 'intro');
        expect(intro.shadowRoot!.textContent, `round ${round}: intro`).to.contain('20-minute');
        const card = byId(frame, 'card-form');
        await click(frame, triggerOf(card));
        await waitFor(() => !!dialogOf(card)?.open, `round ${round}: the dialog to open`);
        expectOnTop(frame, card);
        card.close();
        await waitFor(() => !dialogOf(card)!.open, 'the dialog to close');
        const form = byId(frame, 'inline-form');
        const tag = crypto.randomUUID();
        form.setAttribute('endpoint', `/__endpoint/t/${tag}/ok200`);
        await form.updateComplete;
        await fill(frame, form);
        await submit(frame, form);
        expect(await posts(tag), `round ${round}: one request`).to.have.length(1);
        await load(frame, '');
      }
      expect(pageReport(frame).errors).to.deep.equal([]);
    });

    it("removed while its dialog is open: the page's own overflow comes back exactly", async () => {
      frame = await open('hostile-ajax.html');
      const root = frame.contentDocument!.documentElement;
      root.style.overflow = 'clip';
      await load(frame, 'about-page');
      const card = byId(frame, 'card-form');
      card.open();
      await waitFor(() => !!dialogOf(card)?.open, 'the dialog to open');
      expect(root.style.overflow, 'locked while open').to.not.equal('clip');
      expect(locked(frame)).to.be.true;
      await load(frame, '');
      expect(root.style.overflow, "the page's own value").to.equal('clip');
      expect(root.getAttribute('style')).to.equal('overflow: clip;');
      // And with no overflow of its own, none is left behind.
      root.removeAttribute('style');
      await load(frame, 'about-page');
      byId(frame, 'card-form').open();
      await waitFor(() => locked(frame!), 'the lock');
      await load(frame, '');
      expect(root.getAttribute('style') ?? '', 'no inline style left on <html>').to.equal('');
      expect(locked(frame), 'scrolling possible again').to.be.false;
      // A page (or another widget) that holds its own overflow with !important gets it back as it was.
      root.setAttribute('style', 'overflow: clip !important;');
      await load(frame, 'about-page');
      byId(frame, 'card-form').open();
      await waitFor(() => !!dialogOf(byId(frame!, 'card-form'))?.open, 'the dialog to open');
      await load(frame, '');
      expect(root.getAttribute('style'), "the page's own !important overflow").to.equal(
        'overflow: clip !important;',
      );
      expect(pageReport(frame).errors).to.deep.equal([]);
    });

    it('moved to another part of the page (closed, and while open): still works, and the lock never outlives the modal', async () => {
      frame = await open('hostile-ajax.html');
      const doc = frame.contentDocument!;
      await load(frame, 'about-page');
      const cardEl = byId(frame, 'card');
      const form = byId(frame, 'card-form');
      doc.getElementById('sidebar')!.append(cardEl);
      await settle();
      expect(cardEl.shadowRoot!.textContent).to.contain('Ana Ruiz');
      await click(frame, triggerOf(form));
      await waitFor(() => !!dialogOf(form)?.open, 'the dialog to open after the move');
      expectOnTop(frame, form);
      // Moving it while open: it may stay open as a modal, or close; never a lock without a modal.
      doc.getElementById('content')!.prepend(cardEl);
      await settle();
      expect(
        locked(frame),
        `locked (${locked(frame)}) only while modal (${dialogOf(form)!.matches(':modal')})`,
      ).to.equal(dialogOf(form)!.matches(':modal'));
      form.close();
      await settle();
      expect(locked(frame)).to.be.false;
      expect(doc.documentElement.getAttribute('style') ?? '').to.equal('');
      // The same node removed and re-added, as a loader that caches pages does.
      const inline = byId(frame, 'inline-form');
      const parent = inline.parentElement!;
      inline.remove();
      await settle();
      parent.append(inline);
      await settle();
      const tag = crypto.randomUUID();
      inline.setAttribute('endpoint', `/__endpoint/t/${tag}/ok200`);
      await inline.updateComplete;
      await fill(frame, inline);
      await submit(frame, inline);
      expect(await posts(tag)).to.have.length(1);
      expect(pageReport(frame).errors).to.deep.equal([]);
    });

    it('leaves no listeners or timers behind on window, document, <html>, <body> or media queries', async () => {
      frame = await open('hostile-ajax.html');
      const track = win(frame).hostileTrack;
      await settle();
      const baseline = track.snapshot();
      // The counter itself: a bare addEventListener() in the page's own realm (as a module calls it) is seen.
      win(frame).eval('addEventListener("online", window.probe = () => {})');
      expect(
        track.snapshot().listeners['window online'],
        'the counter sees a bare addEventListener()',
      ).to.equal((baseline.listeners['window online'] ?? 0) + 1);
      win(frame).eval('removeEventListener("online", window.probe)');
      expect(track.snapshot()).to.deep.equal(baseline);
      for (let round = 0; round < 3; round++) {
        await load(frame, 'about-page');
        const card = byId(frame, 'card-form');
        card.open();
        await waitFor(() => !!dialogOf(card)?.open, 'the dialog to open');
        await settle();
        // Removed while open, the worst case: the dialog's listeners were live.
        await load(frame, '');
        await load(frame, 'about-page');
        byId(frame, 'card').remove();
        byId(frame, 'intro').remove();
        const form = byId(frame, 'inline-form');
        await fill(frame, form);
        form.setAttribute('endpoint', `/__endpoint/t/${crypto.randomUUID()}/rate429?after=30`);
        await form.updateComplete;
        await click(frame, form.shadowRoot!.querySelector('[part="submit"]')!);
        await waitFor(() => form.status === 'error', 'the failed send');
        expect(
          track.snapshot().timeouts,
          'the Retry-After timer is counted while the form is on the page',
        ).to.be.greaterThan(baseline.timeouts);
        await load(frame, '');
      }
      await settle();
      expect(track.snapshot()).to.deep.equal(baseline);
    });
  });
});
