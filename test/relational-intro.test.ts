import { fixture, html, expect, oneEvent, waitUntil, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/relational-intro/relational-intro.js';
import type { RelationalIntro } from '../src/relational-intro/relational-intro.js';
import { HOSTILE, watchForExecution } from './support/hostile-strings.js';
import { consoleCalls } from './support/console.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** Clicks the middle of an element with the real mouse. */
async function click(target: Element) {
  const r = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
  });
}

describe('<relational-intro>', () => {
  describe('accessibility', () => {
    it('is accessible as full (the default)', async () => {
      const el = await fixture(html`<relational-intro></relational-intro>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible as summary, collapsed and expanded', async () => {
      const el = await fixture<RelationalIntro>(
        html`<relational-intro variant="summary"></relational-intro>`,
      );
      await expect(el).to.be.accessible();
      $(el, '[part="toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible as a card, with a photo, without one, and with a slotted CTA', async () => {
      const el = await fixture(html`<div>
        <relational-intro variant="card" therapist-name="Ana Ruiz" credentials="PsyD" location="Portland, OR"
          photo="/demo/photos/ana-ruiz.svg" photo-alt="Ana Ruiz smiling"></relational-intro>
        <relational-intro variant="card" therapist-name="Tomas Berg" practice-name="Harbor Practice"></relational-intro>
        <relational-intro variant="card" therapist-name="Mei Chen"><button slot="cta">Request a consultation</button></relational-intro>
      </div>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('the summary text', () => {
    it('covers all six parts of the article and ends in the free consultation', async () => {
      const el = await fixture(html`<relational-intro></relational-intro>`);
      const t = text(el);
      // 1. the hook
      expect(t).to.match(/pull away when you long to be close/);
      expect(t).to.match(/earliest emotional experiences/);
      // 2. from classical psychoanalysis to relational theory
      expect(t).to.match(/neutral therapist/);
      expect(t).to.match(/we grow in relationship/);
      expect(t).to.match(/real person, attuned and responsive/);
      // 3. the three pillars
      for (const pillar of ['Mutuality', 'Here-and-now dynamics', 'The therapist’s subjectivity']) {
        expect($(el, '[part="pillars"]')!.textContent).to.contain(pillar);
      }
      // 4. how it helps
      expect(t).to.match(/met rather than judged/);
      expect(t).to.match(/empathy rather than silence/);
      expect(t).to.match(/ask for what you need/);
      expect(t).to.match(/compassion/);
      // 5. why it matters
      expect(t).to.match(/personal flaws/);
      expect(t).to.match(/not to pathologize/);
      expect(t).to.match(/no quick fixes/);
      // 6. the call to action
      expect(t).to.match(/free 20-minute consultation/);
      expect(t).to.match(/You do not have to figure it out alone/);
      expect($(el, '[part="cta"]')!.textContent!.trim()).to.equal('Book a free 20-minute consultation');
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(5);
    });

    it('reads in about two minutes (300-430 words, 200-230 words a minute)', async () => {
      const el = await fixture(html`<relational-intro></relational-intro>`);
      const n = words($(el, 'article')!.innerText);
      expect(n).to.be.within(300, 430);
    });

    it('shows a teaser of at most 80 words in the summary variant', async () => {
      const el = await fixture(html`<relational-intro variant="summary"></relational-intro>`);
      const visible = words($(el, 'article')!.innerText);
      const buttons = words($(el, '[part="toggle"]')!.innerText) + words($(el, '[part="cta"]')!.innerText);
      expect(visible - buttons).to.be.within(30, 80);
      expect(text(el)).not.to.contain('Mutuality');
    });
  });

  describe('headings', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders a real h${level} title at heading-level="${level}"`, async () => {
        const el = await fixture(html`<relational-intro heading-level=${level}></relational-intro>`);
        expect($(el, `h${level}[part="heading"]`)!.textContent).to.equal('Healing through relationship');
        const sub = Math.min(6, level + 1);
        expect(el.shadowRoot!.querySelectorAll(`h${sub}[part="subheading"]`)).to.have.length(5);
      });
    }

    it('defaults to h2, so it fits under the host page’s h1', async () => {
      const el = await fixture(html`<relational-intro></relational-intro>`);
      expect($(el, 'h2[part="heading"]')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(5);
    });

    const clamps: [string, number][] = [
      ['0', 1],
      ['-3', 1],
      ['9', 6],
      ['42', 6],
      ['abc', 2],
      ['', 2],
      ['3.7', 3],
    ];
    for (const [value, level] of clamps) {
      it(`clamps heading-level="${value}" to ${level}`, async () => {
        const el = await fixture(html`<relational-intro heading-level=${value}></relational-intro>`);
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal(`h${level}`);
      });
    }

    it('uses the heading level for the card’s name too', async () => {
      const el = await fixture(
        html`<relational-intro variant="card" heading-level="3" therapist-name="Ana Ruiz"></relational-intro>`,
      );
      expect($(el, 'h3[part="heading"]')!.textContent).to.equal('Ana Ruiz');
    });
  });

  describe('the call to action', () => {
    it('puts consult-minutes in the label and the closing text', async () => {
      const el = await fixture(html`<relational-intro consult-minutes="45"></relational-intro>`);
      expect($(el, '[part="cta"]')!.textContent!.trim()).to.equal('Book a free 45-minute consultation');
      expect(text(el)).to.contain('A free 45-minute consultation');
      expect(text(el)).not.to.contain('20-minute');
    });

    for (const bad of ['abc', '0', '-5', '', '1e9']) {
      it(`falls back to 20 minutes for consult-minutes="${bad}"`, async () => {
        const el = await fixture(html`<relational-intro consult-minutes=${bad}></relational-intro>`);
        expect($(el, '[part="cta"]')!.textContent!.trim()).to.equal('Book a free 20-minute consultation');
      });
    }

    it('takes its label from cta-label', async () => {
      const el = await fixture(html`<relational-intro cta-label="Talk with me"></relational-intro>`);
      expect($(el, '[part="cta"]')!.textContent!.trim()).to.equal('Talk with me');
    });

    it('is a real link with cta-href, and a button without', async () => {
      const link = await fixture(html`<relational-intro cta-href="/contact#form"></relational-intro>`);
      const a = $<HTMLAnchorElement>(link, 'a[part="cta"]')!;
      expect(a.getAttribute('href')).to.equal('/contact#form');
      const plain = await fixture(html`<relational-intro></relational-intro>`);
      expect($<HTMLButtonElement>(plain, 'button[part="cta"]')!.type).to.equal('button');
      expect($(plain, 'a')).to.be.null;
    });

    for (const ok of [
      'https://example.org/book',
      'mailto:ana@example.org',
      'tel:+15035550100',
      '#consult',
      'book.html',
    ]) {
      it(`accepts cta-href="${ok}"`, async () => {
        const el = await fixture(html`<relational-intro cta-href=${ok}></relational-intro>`);
        expect($(el, 'a[part="cta"]')!.getAttribute('href')).to.equal(ok);
      });
    }

    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      it(`refuses cta-href=${JSON.stringify(bad)} with a console error naming the attribute`, async () => {
        let el!: Element;
        const errors = await consoleCalls('error', async () => {
          el = await fixture(html`<relational-intro cta-href=${bad}></relational-intro>`);
        });
        expect($(el, 'a')).to.be.null;
        expect(el.shadowRoot!.innerHTML).not.to.match(/script:|data:/i);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('cta-href');
      });
    }

    it('fires relational-cta, then follows the link, when a person presses Enter on it', async () => {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await fixture(html`<relational-intro cta-href="#booking"></relational-intro>`);
      const a = $<HTMLAnchorElement>(el, '[part="cta"]')!;
      a.focus();
      const event = oneEvent(el, 'relational-cta');
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed, cancelable } = await event;
      expect({ bubbles, composed, cancelable }).to.deep.equal({
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      expect(detail).to.deep.equal({ href: '#booking', consultFor: null });
      await waitUntil(() => location.hash === '#booking', 'the link did not navigate');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('does not navigate when relational-cta is canceled', async () => {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await fixture(html`<relational-intro cta-href="#canceled"></relational-intro>`);
      let fired = 0;
      el.addEventListener('relational-cta', (e) => {
        fired++;
        e.preventDefault();
      });
      await click($(el, '[part="cta"]')!);
      await nextFrame();
      await nextFrame();
      expect(fired).to.equal(1);
      expect(location.hash).to.equal('');
    });

    it('scrolls to and focuses the consult-for target, a plain focusable element', async () => {
      const wrap = await fixture(html`<div>
        <relational-intro consult-for="intro-target"></relational-intro>
        <div style="block-size: 3000px"></div>
        <input id="intro-target" aria-label="Your name" />
      </div>`);
      const el = wrap.querySelector('relational-intro')!;
      const target = wrap.querySelector('input')!;
      expect(target.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
      const cta = $(el, '[part="cta"]')!;
      cta.scrollIntoView({ block: 'center' });
      cta.focus();
      const event = oneEvent(el, 'relational-cta');
      await sendKeys({ press: ' ' });
      expect((await event).detail).to.deep.equal({ href: null, consultFor: 'intro-target' });
      expect(document.activeElement).to.equal(target);
      await waitUntil(() => {
        const r = target.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, 'the target was not scrolled into view');
    });

    it('calls open() on a consult-for target that has one, instead of focusing it', async () => {
      const wrap = await fixture(html`<div>
        <relational-intro consult-for="dialog-form"></relational-intro>
        <div id="dialog-form" tabindex="-1"></div>
      </div>`);
      const target = wrap.querySelector<HTMLElement & { open?: () => void }>('#dialog-form')!;
      let opened = 0;
      target.open = () => void opened++;
      const cta = $(wrap.querySelector('relational-intro')!, '[part="cta"]')!;
      await click(cta);
      expect(opened).to.equal(1);
      expect(document.activeElement).not.to.equal(target);
    });

    it('scrolls to and focuses an inline-mode target even though it has open()', async () => {
      const wrap = await fixture(html`<div>
        <relational-intro consult-for="inline-form"></relational-intro>
        <div id="inline-form" tabindex="-1" mode="inline"></div>
      </div>`);
      const target = wrap.querySelector<HTMLElement & { open?: () => void }>('#inline-form')!;
      let opened = 0;
      target.open = () => void opened++;
      await click($(wrap.querySelector('relational-intro')!, '[part="cta"]')!);
      expect(opened).to.equal(0);
      expect(document.activeElement).to.equal(target);
    });

    it('neither opens nor focuses anything when relational-cta is canceled', async () => {
      const wrap = await fixture(html`<div>
        <relational-intro consult-for="t-open"></relational-intro>
        <input id="t-focus" aria-label="x" />
        <div id="t-open"></div>
      </div>`);
      const el = wrap.querySelector('relational-intro')!;
      const opener = wrap.querySelector<HTMLElement & { open?: () => void }>('#t-open')!;
      let opened = 0;
      opener.open = () => void opened++;
      el.addEventListener('relational-cta', (e) => e.preventDefault());
      await click($(el, '[part="cta"]')!);
      expect(opened).to.equal(0);
      el.setAttribute('consult-for', 't-focus');
      await (el as RelationalIntro).updateComplete;
      await click($(el, '[part="cta"]')!);
      expect(document.activeElement).not.to.equal(wrap.querySelector('#t-focus'));
    });

    it('reports a consult-for id that matches nothing', async () => {
      const el = await fixture(html`<relational-intro consult-for="nowhere"></relational-intro>`);
      const errors = await consoleCalls('error', async () => $(el, '[part="cta"]')!.click());
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('consult-for');
    });

    it('has a visible focus ring and a 44px touch target', async () => {
      const wrap = await fixture(
        html`<div><button>before</button><relational-intro variant="summary"></relational-intro></div>`,
      );
      const el = wrap.querySelector('relational-intro')!;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const toggle = $(el, '[part="toggle"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(toggle).outlineWidth)).to.be.at.least(2);
      for (const control of [toggle, $(el, '[part="cta"]')!]) {
        const r = control.getBoundingClientRect();
        expect(r.height, control.getAttribute('part')!).to.be.at.least(44);
        expect(r.width, control.getAttribute('part')!).to.be.at.least(44);
      }
    });
  });

  describe('the summary variant', () => {
    it('expands to the full text with the keyboard and keeps focus on its button', async () => {
      const wrap = await fixture(
        html`<div><button>before</button><relational-intro variant="summary"></relational-intro></div>`,
      );
      const el = wrap.querySelector<RelationalIntro>('relational-intro')!;
      const toggle = $(el, 'button[part="toggle"]')!;
      const more = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(more.hidden).to.be.true;

      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(more.hidden).to.be.false;
      expect(more.innerText).to.contain('Mutuality');
      expect(more.innerText).to.contain('figure it out alone');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      expect(words($(el, 'article')!.innerText)).to.be.within(300, 440);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(more.hidden).to.be.true;
    });
  });

  describe('misuse', () => {
    it('shows full for an unknown variant, with one console warning per bad value', async () => {
      let el!: RelationalIntro;
      const warnings = await consoleCalls('warn', async () => {
        el = await fixture<RelationalIntro>(html`<relational-intro variant="fancy"></relational-intro>`);
        el.consultMinutes = 30;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('variant').and.contain('fancy');
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(5);
      expect($(el, '[part="toggle"], [part="card"]')).to.be.null;
    });

    it('renders hostile strings in every attribute as text, and none of them runs', async () => {
      for (const bad of HOSTILE) {
        // Installed before the elements render: any payload that runs is recorded (alert included), never a hang.
        const watch = watchForExecution();
        try {
          const wrap = await fixture(html`<div style="inline-size: 320px">
            <relational-intro variant="card" therapist-name=${bad} credentials=${bad} practice-name=${bad}
              location=${bad} photo=${bad} photo-alt=${bad} approach=${bad} cta-label=${bad}
              consult-for=${bad} heading-level=${bad} consult-minutes=${bad}></relational-intro>
            <relational-intro variant=${bad} cta-href=${bad} cta-label=${bad} heading-level=${bad}></relational-intro>
          </div>`);
          await nextFrame();
          expect(await watch.settle(), `what ran for ${bad.slice(0, 40)}`).to.deep.equal([]);
          for (const el of wrap.querySelectorAll('relational-intro')) {
            const root = el.shadowRoot!;
            expect(root.querySelector('script'), bad).to.be.null;
            expect(root.querySelector('a[href*="script:" i]'), bad).to.be.null;
            expect(root.querySelector('[onerror]'), bad).to.be.null;
            expect(root.querySelector('img:not([part="photo"])'), bad).to.be.null;
            expect(root.querySelector('[part="cta"]')!.textContent, bad).to.contain(bad);
            expect(el.scrollWidth, bad).to.be.at.most(el.clientWidth);
          }
          const card = wrap.querySelector('relational-intro')!;
          for (const part of ['heading', 'credentials', 'approach']) {
            expect($(card, `[part="${part}"]`)!.textContent, part).to.equal(bad);
          }
          expect($(card, '[part="place"]')!.textContent).to.equal(`${bad} · ${bad}`);
        } finally {
          watch.stop();
        }
      }
    });
  });

  describe('the card variant', () => {
    it('shows the therapist’s identity, a one-line approach and its own CTA', async () => {
      const el =
        await fixture(html`<relational-intro variant="card" therapist-name="Ana Ruiz" credentials="PsyD, LMFT"
        practice-name="Riverbend Therapy" location="Portland, OR" photo="/demo/photos/ana-ruiz.svg" photo-alt="Ana Ruiz"></relational-intro>`);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Ana Ruiz');
      expect($(el, '[part="credentials"]')!.textContent).to.equal('PsyD, LMFT');
      expect($(el, '[part="place"]')!.textContent).to.equal('Riverbend Therapy · Portland, OR');
      expect($(el, '[part="approach"]')!.textContent).to.match(/^Relational psychodynamic therapy/);
      const img = $<HTMLImageElement>(el, 'img[part="photo"]')!;
      expect(img.alt).to.equal('Ana Ruiz');
      expect($(el, '[part="cta"]')!.textContent!.trim()).to.equal('Book a free 20-minute consultation');
      expect($(el, 'section')).to.be.null;
    });

    it('treats a photo without photo-alt as decorative', async () => {
      const el = await fixture(
        html`<relational-intro variant="card" therapist-name="Ana Ruiz" photo="/demo/photos/ana-ruiz.svg"></relational-intro>`,
      );
      expect($(el, 'img[part="photo"]')!.getAttribute('alt')).to.equal('');
    });

    it('lets a slotted element be the CTA, and hides its own', async () => {
      const el =
        await fixture<RelationalIntro>(html`<relational-intro variant="card" therapist-name="Ana Ruiz">
        <button slot="cta">Request a consultation</button></relational-intro>`);
      expect($(el, '[part="cta"]')).to.be.null;
      const slot = $<HTMLSlotElement>(el, 'slot[name="cta"]')!;
      expect(slot.assignedElements()).to.have.length(1);
      el.querySelector('button')!.remove();
      await waitUntil(() => $(el, '[part="cta"]'), 'own CTA did not come back');
    });

    it('keeps its own CTA until a slotted custom element is defined', async () => {
      const tag = `late-consult-${Math.random().toString(36).slice(2)}`;
      const wrap = await fixture(html`<div></div>`);
      wrap.innerHTML = `<relational-intro variant="card" therapist-name="Ana Ruiz"><${tag} slot="cta"></${tag}></relational-intro>`;
      const el = wrap.firstElementChild as RelationalIntro;
      await el.updateComplete;
      expect($(el, '[part="cta"]')).to.exist;
      customElements.define(tag, class extends HTMLElement {});
      await waitUntil(() => !$(el, '[part="cta"]'), 'own CTA stayed after the slotted element was defined');
    });

    it('shows a tidy monogram when the photo fails to load, at the same size', async () => {
      const wrap = await fixture(html`<div style="inline-size: 360px">
        <relational-intro variant="card" therapist-name="Ana Ruiz" photo="/demo/photos/ana-ruiz.svg" photo-alt="Ana Ruiz"></relational-intro>
        <relational-intro variant="card" therapist-name="Ana María Ruiz" photo="/demo/photos/missing-404.jpg" photo-alt="Ana"></relational-intro>
      </div>`);
      const [ok, broken] = wrap.querySelectorAll('relational-intro');
      await waitUntil(() => !$(broken!, 'img'), 'the broken <img> stayed');
      const monogram = $(broken!, '[part="monogram"]')!;
      expect(monogram.textContent).to.equal('AR');
      expect(monogram.getAttribute('aria-hidden')).to.equal('true');
      await waitUntil(() => $<HTMLImageElement>(ok!, 'img')!.complete);
      const a = $(ok!, '[part="photo"]')!.getBoundingClientRect();
      const b = monogram.getBoundingClientRect();
      expect([b.width, b.height]).to.deep.equal([a.width, a.height]);
      // the same height, give or take sub-pixel rounding of the fractional line height
      expect(broken!.getBoundingClientRect().height).to.be.closeTo(ok!.getBoundingClientRect().height, 0.01);
      await expect(broken).to.be.accessible();
    });

    it('shows the monogram when there is no photo', async () => {
      const el = await fixture(
        html`<relational-intro variant="card" therapist-name="Ñuño de la Peña"></relational-intro>`,
      );
      expect($(el, 'img')).to.be.null;
      expect($(el, '[part="monogram"]')!.textContent).to.equal('ÑP');
    });
  });

  describe('layout', () => {
    it('lays out right to left under dir="rtl"', async () => {
      const wrap = await fixture(html`<div dir="rtl" style="inline-size: 480px">
        <relational-intro variant="card" therapist-name="ليلى حداد" location="عمّان"></relational-intro>
        <relational-intro></relational-intro>
      </div>`);
      const [card, full] = wrap.querySelectorAll('relational-intro');
      const photo = $(card!, '[part="monogram"]')!.getBoundingClientRect();
      const name = $(card!, '[part="heading"]')!.getBoundingClientRect();
      expect(photo.left).to.be.greaterThan(name.right - 1);
      const pillar = $(full!, '[part="pillars"] > div')!;
      expect(getComputedStyle(pillar).borderRightWidth).to.equal('3px');
      expect(getComputedStyle(pillar).borderLeftWidth).to.equal('0px');
    });

    it("gives the call to action its own space under the summary's toggle, and a slotted form its own width", async () => {
      const wrap = await fixture(html`<div style="inline-size: 640px">
        <relational-intro variant="summary"></relational-intro>
        <relational-intro><consult-request slot="cta" mode="dialog" endpoint="/x"></consult-request></relational-intro>
      </div>`);
      const [summary, full] = wrap.querySelectorAll('relational-intro');
      const toggle = $(summary!, '[part="toggle"]')!.getBoundingClientRect();
      const cta = $(summary!, '[part="cta"]')!.getBoundingClientRect();
      expect(cta.top - toggle.bottom, 'the two buttons do not touch').to.be.at.least(12);
      const slotted = full!.querySelector('consult-request')!;
      await import('../src/consult-request/consult-request.js');
      await (slotted as unknown as RelationalIntro).updateComplete;
      const trigger = $(slotted, '[part="trigger"]')!.getBoundingClientRect();
      const area = $(full!, '.cta-area')!.getBoundingClientRect();
      expect(trigger.width, "the form's button is as wide as its words, not the intro").to.be.below(
        area.width * 0.9,
      );
    });

    for (const variant of ['full', 'summary', 'card']) {
      it(`does not scroll sideways at 320px as ${variant}`, async () => {
        const wrap = await fixture(html`<div style="inline-size: 320px; overflow: auto">
          <relational-intro variant=${variant} therapist-name="Alexandrina Konstantinopoulou-Wetherby"
            credentials="PhD, LCSW, Certified Psychodynamic Psychotherapist" location="Saint Petersburg, FL"></relational-intro>
        </div>`);
        const el = wrap.firstElementChild as RelationalIntro;
        if (variant === 'summary') {
          $(el, '[part="toggle"]')!.click();
          await el.updateComplete;
        }
        expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(
            wrap.getBoundingClientRect().right + 0.5,
          );
        }
        const cta = $(el, '[part="cta"]')!.getBoundingClientRect();
        expect(cta.height).to.be.at.least(44);
      });
    }
  });
});
