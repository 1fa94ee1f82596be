/**
 * Placeholders for editors that strip custom tags (a WordPress Author's Custom HTML block
 * keeps `<div data-*>` but drops `<consult-request>`):
 * `<div data-relational="consult-request" data-endpoint="…">fallback text</div>` becomes
 * the element it names. Each `data-*` becomes the attribute of the same name when the
 * element has that attribute; element children (hidden inputs, a nested placeholder)
 * move into it; the fallback text stays until then and goes with the placeholder.
 */

const SELECTOR = '[data-relational]';
/** Attributes every element takes besides its own. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'slot', 'lang', 'dir'];

function mount(placeholder: HTMLElement, tags: readonly string[]): void {
  // A second copy of the bundle may meet a placeholder the first has already replaced.
  if (!placeholder.isConnected) return;
  const tag = placeholder.dataset.relational!;
  const element = tags.includes(tag) && (customElements.get(tag) as { observedAttributes?: string[] } | undefined);
  if (!element) {
    placeholder.removeAttribute('data-relational');
    return console.error(`relational-widgets: data-relational="${tag}" names no element; use ${tags.join(' or ')}.`);
  }
  const allowed = [...GLOBAL_ATTRIBUTES, ...(element.observedAttributes ?? [])];
  const widget = document.createElement(tag);
  for (const { name, value } of placeholder.attributes) {
    const target = name.replace(/^data-/, '');
    if (allowed.includes(target)) widget.setAttribute(target, value);
  }
  widget.append(...placeholder.children);
  placeholder.replaceWith(widget);
}

/** Mounts `root` itself if it is a placeholder, then every placeholder inside it. */
function mountAll(root: Element | Document, tags: readonly string[]): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) mount(root, tags);
  for (const placeholder of root.querySelectorAll<HTMLElement>(SELECTOR)) mount(placeholder, tags);
}

/**
 * Mounts the placeholders in the document now, and those added later (AJAX page loads),
 * for as long as the page lives.
 */
export function mountPlaceholders(tags: readonly string[]): void {
  mountAll(document, tags);
  new MutationObserver((records) => {
    for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) mountAll(node, tags);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
