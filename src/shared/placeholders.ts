/**
 * Placeholders for editors that strip custom tags (a WordPress Author's Custom HTML block
 * keeps `<div data-*>` but drops `<consult-request>`):
 * `<div data-relational="consult-request" data-endpoint="…">fallback text</div>` becomes
 * the element it names. Each `data-*` becomes the attribute of the same name when the
 * element has that attribute. What moves into it:
 * - `relational-intro`: every element child (the text as plain `<h2>`, `<p>`…, which the intro
 *   then shows instead of its built-in summary; a card ignores it) and nested placeholders;
 * - `consult-request`: hidden inputs, captcha containers (`<div>`), elements with a `slot`, and
 *   nested placeholders. Its other content (text, paragraphs, links: the fallback shown until the
 *   module runs) goes with the placeholder, so it never ends up inside the form.
 */
import { whenParsed } from './define.js';

const SELECTOR = '[data-relational]';
/** Attributes every element takes besides its own. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'slot', 'lang', 'dir'];
/** A consult-request placeholder's children that belong to the form rather than to its fallback. */
const FORM_CHILDREN = 'input[type=hidden],div,[slot],[data-relational]';

function mount(placeholder: HTMLElement, tags: readonly string[]): void {
  // A second copy of the bundle may meet a placeholder the first has already replaced.
  if (!placeholder.isConnected) return;
  const tag = placeholder.dataset.relational!;
  const element =
    tags.includes(tag) && (customElements.get(tag) as { observedAttributes?: string[] } | undefined);
  if (!element) {
    placeholder.removeAttribute('data-relational');
    return console.error(
      `relational-widgets: data-relational="${tag}" names no element; use ${tags.join(' or ')}.`,
    );
  }
  const allowed = [...GLOBAL_ATTRIBUTES, ...(element.observedAttributes ?? [])];
  const widget = document.createElement(tag);
  for (const { name, value } of placeholder.attributes) {
    const target = name.replace(/^data-/, '');
    if (allowed.includes(target)) widget.setAttribute(target, value);
  }
  const moving = [...placeholder.children].filter(
    (c) => tag !== 'consult-request' || c.matches(FORM_CHILDREN),
  );
  widget.append(...moving);
  placeholder.replaceWith(widget);
}

/** Mounts `root` itself if it is a placeholder, then every placeholder inside it. */
function mountAll(root: Element | Document, tags: readonly string[]): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) mount(root, tags);
  for (const placeholder of root.querySelectorAll<HTMLElement>(SELECTOR)) mount(placeholder, tags);
}

/**
 * Mounts the placeholders in the document, and those added later (AJAX page loads), for as long
 * as the page lives. On a page still loading, from when its HTML has been read: watching the
 * parser add every node of the page one by one would cost a large page dearly.
 */
export function mountPlaceholders(tags: readonly string[]): void {
  whenParsed(() => {
    mountAll(document, tags);
    new MutationObserver((records) => {
      for (const { addedNodes } of records)
        for (const node of addedNodes) if (node instanceof Element) mountAll(node, tags);
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}
