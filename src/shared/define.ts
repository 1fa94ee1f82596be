/**
 * Registers a custom element unless the tag is already taken, so a page that
 * loads the bundle twice (or two copies of it from two URLs) never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Calls `then` once the page's HTML has been read: now, or when the parser is done (DOMContentLoaded). */
export function whenParsed(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then);
  else then();
}
