// <relational-intro> is HTML-first (README, "Your own words"): with light-DOM text it shows that
// text in its layout, one part can be replaced by slot, placeholders carry text too, and
// prerendered HTML upgrades in place on a page that already has the module.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { RelationalIntro } from '../src/index.js';
import { prerender } from '../src/prerender.js';
import { click, frames, waitFor } from './support/person.js';

type Intro = RelationalIntro & { updateComplete: Promise<boolean> };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const slot = (el: Element, name = '') =>
  $<HTMLSlotElement>(el, name ? `slot[name="${name}"]` : 'slot:not([name])')!;

/** The text a person sees in the element, its light DOM and shadow DOM together, white space collapsed. */
function seen(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement ?? (node.parentNode as ShadowRoot).host;
      if (parent.checkVisibility()) parts.push(node.textContent!);
      return;
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      for (const n of assigned.length ? assigned : node.childNodes) walk(n);
      return;
    }
    const root = (node as Element).shadowRoot;
    for (const child of (root ?? node).childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('<relational-intro> HTML-first', () => {
  describe('its own text', () => {
    it("shows the therapist's whole text in its layout instead of the built-in summary, with the CTA", async () => {
      const el = await fixture<Intro>(html`<relational-intro consult-for="nowhere">
        <h2>How I work</h2>
        <p>I meet each person as they are.</p>
        <p>Sessions are fifty minutes.</p>
      </relational-intro>`);
      await expect(el).to.be.accessible();
      const text = seen(el);
      expect(text).to.contain('How I work I meet each person as they are. Sessions are fifty minutes.');
      expect(text).to.not.contain('Healing through relationship');
      expect(text).to.not.contain('Why it matters');
      expect(
        slot(el)
          .assignedElements()
          .map((e) => e.localName),
      ).to.deep.equal(['h2', 'p', 'p']);
      expect($(el, '[part="cta"]')!.textContent).to.contain('Book a free 20-minute consultation');
    });

    it('styles its top-level blocks like the built-in text (::slotted)', async () => {
      const el = await fixture<Intro>(
        html`<relational-intro><h2>How I work</h2><p>First.</p><h3>Fees</h3><ul><li>Sliding scale</li></ul></relational-intro>`,
      );
      const [h2, p, h3, ul] = [...el.children] as HTMLElement[];
      const size = parseFloat(getComputedStyle(el).fontSize);
      expect(getComputedStyle(h2!).fontWeight).to.equal('650');
      expect(parseFloat(getComputedStyle(h2!).fontSize)).to.be.closeTo(size * 1.6, 0.5);
      expect(getComputedStyle(h2!).marginTop).to.equal('0px');
      expect(parseFloat(getComputedStyle(h3!).marginTop)).to.be.closeTo(
        parseFloat(getComputedStyle(h3!).fontSize) * 1.75,
        0.5,
      );
      expect(parseFloat(getComputedStyle(p!).fontSize)).to.be.closeTo(size * 1.125, 0.5);
      expect(parseFloat(getComputedStyle(ul!).paddingInlineStart)).to.be.closeTo(size * 1.25, 0.5);
    });

    it('keeps the headings as written: heading-level applies to the built-in text only', async () => {
      const el = await fixture<Intro>(
        html`<relational-intro heading-level="4"><h2>How I work</h2><p>Text.</p></relational-intro>`,
      );
      expect(el.querySelector('h2')).to.exist;
      expect(el.shadowRoot!.querySelector('h4, h5')).to.be.null;
    });

    it('replaces one part by slot name and keeps the rest of the built-in summary', async () => {
      const el = await fixture<Intro>(html`<relational-intro>
        <p slot="closing">Write to me; I answer within two days.</p>
      </relational-intro>`);
      await expect(el).to.be.accessible();
      const text = seen(el);
      expect(text).to.contain('Healing through relationship');
      expect(text).to.contain('Why it matters');
      expect(text).to.contain('Write to me; I answer within two days.');
      expect(text).to.not.contain('Let’s explore this together');
      expect(text.indexOf('Why it matters')).to.be.below(text.indexOf('Write to me'));
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(5);
    });

    it('replaces the title or the opening paragraph alone', async () => {
      const el = await fixture<Intro>(
        html`<relational-intro><h2 slot="title">Working together</h2><p slot="lead">A first paragraph of my own.</p></relational-intro>`,
      );
      const text = seen(el);
      expect(text.startsWith('Working together A first paragraph of my own.')).to.be.true;
      expect(text).to.not.contain('Healing through relationship');
      expect(text).to.contain('From the couch to the connection');
    });

    it('switches to text added later, and back to the built-in summary when it is removed', async () => {
      const el = await fixture<Intro>(html`<relational-intro></relational-intro>`);
      expect(seen(el)).to.contain('Healing through relationship');
      const p = document.createElement('p');
      p.textContent = 'Added by the page later.';
      el.append(p);
      await waitFor(
        () => !seen(el).includes('Healing through relationship'),
        'the built-in text to step aside',
      );
      expect(seen(el)).to.contain('Added by the page later.');
      p.remove();
      await waitFor(() => seen(el).includes('Healing through relationship'), 'the built-in text to return');
    });

    it("summary variant: the toggle reveals the more slot of the therapist's text", async () => {
      const el = await fixture<Intro>(html`<relational-intro variant="summary">
        <h2>How I work</h2><p>A short teaser.</p>
        <h3 slot="more">Fees</h3><p slot="more">Sliding scale available.</p>
      </relational-intro>`);
      await expect(el).to.be.accessible();
      expect(seen(el)).to.contain('A short teaser.');
      expect(seen(el)).to.not.contain('Sliding scale available.');
      const toggle = $(el, '[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await click(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(seen(el)).to.contain('Fees Sliding scale available.');
      await expect(el).to.be.accessible();
      await click(toggle);
      await el.updateComplete;
      expect(seen(el)).to.not.contain('Sliding scale available.');
    });

    it('a card ignores light-DOM text (its fallback, say) and shows its own layout', async () => {
      const el = await fixture<Intro>(
        html`<relational-intro variant="card" therapist-name="Ana Ruiz"><p>Ana Ruiz: call (503) 555-0142.</p></relational-intro>`,
      );
      expect(seen(el)).to.not.contain('555-0142');
      expect(seen(el)).to.contain('Ana Ruiz');
    });
  });

  describe('prerendered HTML on a page that has the module', () => {
    it('upgrades in place: drawn once, the same text, accessible', async () => {
      const original = await fixture<Intro>(
        html`<relational-intro variant="summary" consult-for="f"></relational-intro>`,
      );
      const markup = await prerender(original);
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.setHTMLUnsafe(markup);
      const el = holder.querySelector('relational-intro') as Intro;
      await el.updateComplete;
      await frames();
      expect(el.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('style'), 'the prerendered <style> gave way to the adopted sheets')
        .to.be.null;
      expect(seen(el)).to.equal(seen(original));
      await expect(el).to.be.accessible();
      await click($(el, '[part="toggle"]')!);
      await el.updateComplete;
      expect(seen(el)).to.contain('Why it matters');
    });
  });

  describe('placeholders (data-relational) with content', () => {
    it("an Author's placeholder with the text as plain <h2>/<p> becomes an intro showing that text", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<div data-relational="relational-intro" data-variant="full"><h2>How I work</h2><p>My own words.</p></div>`;
      await waitFor(() => !!host.querySelector('relational-intro'), 'the placeholder to mount');
      const el = host.querySelector('relational-intro') as Intro;
      await el.updateComplete;
      expect(seen(el)).to.contain('How I work My own words.');
      expect(seen(el)).to.not.contain('Healing through relationship');
      await expect(el).to.be.accessible();
    });

    it('prerender(el, { placeholder: true }) writes plain text a WordPress Author keeps, which mounts as the same intro', async () => {
      const original = await fixture<Intro>(html`<relational-intro heading-level="3"></relational-intro>`);
      const markup = await prerender(original, { placeholder: true });
      expect(markup).to.not.match(/<template|<style|<relational-intro/);
      expect(markup.startsWith('<div data-relational="relational-intro" data-heading-level="3"')).to.be.true;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = markup;
      await waitFor(() => !!host.querySelector('relational-intro'), 'the placeholder to mount');
      const el = host.querySelector('relational-intro') as Intro;
      await el.updateComplete;
      expect(el.querySelector(':scope > h3')!.textContent).to.equal('Healing through relationship');
      // the same words; the plain list writes "Mutuality: …" where the built-in one has a term and its description
      expect(seen(el).replace(/ : /g, ' ')).to.equal(seen(original));
    });

    it("a form placeholder's fallback text stays out of the form; its hidden fields go in", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<div data-relational="relational-intro" data-variant="card" data-therapist-name="Ana Ruiz">
        <div data-relational="consult-request" data-slot="cta" data-mode="dialog" data-endpoint="/consult">
          <p>Email ana@example.org for a consultation.</p> Or call (503) 555-0142.
          <input type="hidden" name="_subject" value="Directory request">
        </div></div>`;
      await waitFor(() => !!host.querySelector('consult-request'), 'the placeholders to mount');
      const form = host.querySelector('consult-request')! as HTMLElement & {
        open(): Promise<void>;
        close(): void;
      };
      expect(form.textContent).to.not.contain('ana@example.org');
      expect(form.textContent).to.not.contain('555-0142');
      expect(form.querySelector('input[type=hidden][name=_subject]')).to.exist;
      await form.open();
      expect(seen(form)).to.not.contain('ana@example.org');
      form.close();
    });
  });
});
