/**
 * Prerendering, the author's end of it (the entry `relational-widgets/prerender`, never in the
 * runtime module a client's browser loads; the runtime's end is ./adopt.ts).
 *
 * `prerender(element)` gives the HTML a page can carry for an element as it renders now: the
 * element's tag and attributes, a declarative shadow root (`<template shadowrootmode="open">`)
 * with its styles and rendered content, and its light-DOM children (the intro's text, a card's
 * slotted form, each prerendered in turn). The page then paints the widget before, or without,
 * the module.
 *
 * When the module arrives, each element adopts that root (./adopt.ts).
 */
import type { LitElement } from 'lit';
import { nativeForm, type NativeFormSource } from './native-form.js';
import { introSummary, writeSummary } from '../relational-intro/write-summary.js';

/** How `prerender()` writes its output. */
export interface PrerenderOptions {
  /**
   * Per tag, the URL of a stylesheet holding that element's styles (the CSS inside its
   * prerendered `<style>`, saved as a file): its shadow roots then link it instead of carrying an
   * inline `<style>`, which a Content-Security-Policy `style-src` without `'unsafe-inline'` ignores.
   */
  stylesheets?: Partial<Record<'relational-intro' | 'consult-request', string>>;
  /**
   * Writes a placeholder for editors that strip custom tags, `<template>` and `<style>` (a
   * WordPress Author): `<div data-relational="…" data-…>` around the plain text, no shadow root.
   * It paints as plain text, and becomes the element when the site-wide module mounts it.
   */
  placeholder?: boolean;
}

/** What an element can add to, or change in, its prerendered form. */
export interface Prerenderable {
  /** Prepares a copy of the element (connected, not yet rendered) before it is serialised. */
  preparePrerender?(): void;
  /** Fixes the copy of the rendered shadow content for a page without the module (a form that posts natively). */
  finishPrerender?(root: ShadowRoot): void;
}

type Element_ = HTMLElement & Prerenderable & Partial<Pick<LitElement, 'updateComplete'>>;

/** The CSS of an element class's shadow root, as one string. */
const stylesOf = (element: Element): string =>
  (element.constructor as typeof LitElement).elementStyles
    .map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('') : s.cssText))
    .join('');

/**
 * Makes a rendered copy's shadow root what a page should carry: its styles first, Lit's marker
 * comments gone, checked boxes as attributes (a property alone does not serialise), then the
 * element's own fixes. The copy is thrown away afterwards, so its live DOM is changed in place.
 */
function finish(el: Element_, root: ShadowRoot, options: PrerenderOptions): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode!.removeChild(c);
  for (const input of root.querySelectorAll('input')) input.toggleAttribute('checked', input.checked);
  el.finishPrerender?.(root);
  // What each element's copy needs for a page without the module. This lives here, not in the
  // elements, so that the runtime module a client loads does not carry it.
  if (el.localName === 'consult-request') nativeForm(root, el as unknown as NativeFormSource);
  if (el.localName === 'relational-intro') ctaAsLink(el, root);
  const href = options.stylesheets?.[el.localName as 'consult-request'];
  const styles = document.createElement(href ? 'link' : 'style');
  if (href) Object.assign(styles, { rel: 'stylesheet', href });
  else styles.textContent = stylesOf(el);
  root.prepend(styles);
}

/** An intro's CTA button that names a form on the page (`consult-for`) becomes a link to it, so it leads there without the module. */
function ctaAsLink(el: Element, root: ShadowRoot): void {
  const id = el.getAttribute('consult-for')?.trim();
  // With `cta-href` the CTA is a link already; a button is there only for `consult-for`.
  const button = root.querySelector('button[part=cta]');
  if (!id || !button) return;
  const link = document.createElement('a');
  link.href = `#${id}`;
  link.className = 'cta';
  link.setAttribute('part', 'cta');
  link.textContent = button.textContent;
  button.replaceWith(link);
}

/** The placeholder form of an element of ours: a `<div data-relational>` whose `data-*` are its attributes. */
function toPlaceholder(el: Element): void {
  const div = document.createElement('div');
  div.dataset.relational = el.localName;
  for (const { name, value } of el.attributes) div.setAttribute(`data-${name}`, value);
  div.append(...el.childNodes);
  el.replaceWith(div);
}

/**
 * The HTML a page can carry for `element` (a `<relational-intro>` or a `<consult-request>`), as
 * it renders now with its attributes and children: paste it where the element would go, with
 * the module's `<script type="module" async>` anywhere on the page. Never carries what a client
 * typed. The element itself is left as it was; a copy of it is rendered out of sight, and the
 * browser serialises it (`getHTML()`), so every attribute and text is escaped as the parser expects.
 */
export async function prerender(element: Element, options: PrerenderOptions = {}): Promise<string> {
  await customElements.whenDefined(element.localName);
  const copy = element.cloneNode(true) as Element_;
  const stage = document.createElement('div');
  stage.style.cssText = 'position:fixed;visibility:hidden';
  // The copy resolves its language from its own place in the page, so it carries that `lang`.
  const lang = element.closest('[lang]')?.getAttribute('lang');
  if (lang && !copy.hasAttribute('lang')) copy.setAttribute('lang', lang);
  const ours = [copy, ...copy.querySelectorAll('*')].filter((el) => el.localName.includes('-')) as Element_[];
  for (const el of ours) {
    el.preparePrerender?.();
    const summary = introSummary(el);
    if (summary) writeSummary(el, summary);
  }
  stage.append(copy);
  document.body.append(stage);
  try {
    for (const el of ours) await el.updateComplete;
    if (options.placeholder) {
      for (const el of ours.reverse()) toPlaceholder(el);
      return stage.innerHTML;
    }
    const roots = ours.map((el) => el.shadowRoot!).filter(Boolean);
    ours.forEach((el) => el.shadowRoot && finish(el, el.shadowRoot, options));
    return stage.getHTML({ shadowRoots: roots });
  } finally {
    stage.remove();
  }
}
