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
  const tag = placeholder.dataset.relational ?? '';
  // A second copy of the bundle may meet a placeholder the first has already replaced.
  if (!placeholder.isConnected) return;
  const element = tags.includes(tag) ? customElements.get(tag) : undefined;
  if (!element) {
    console.error(
      `relational-widgets: data-relational="${tag}" names no element; use one of: ${tags.join(', ')}.`,
    );
    placeholder.removeAttribute('data-relational');
    return;
  }
  const own = (element as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  const allowed = new Set([...own, ...GLOBAL_ATTRIBUTES]);
  const widget = document.createElement(tag);
  for (const { name, value } of placeholder.attributes) {
    const target = name.startsWith('data-') ? name.slice(5) : name;
    if (allowed.has(target)) widget.setAttribute(target, value);
  }
  widget.append(...placeholder.children);
  placeholder.replaceWith(widget);
}

function mountAll(root: ParentNode, tags: readonly string[]): void {
  for (const placeholder of root.querySelectorAll<HTMLElement>(SELECTOR)) mount(placeholder, tags);
}

/**
 * Mounts the placeholders in the document now, and those added later (AJAX page loads),
 * for as long as the page lives.
 */
export function mountPlaceholders(tags: readonly string[]): void {
  mountAll(document, tags);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(SELECTOR)) mount(node, tags);
        mountAll(node, tags);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
