/**
 * Registers a custom element once the page's HTML has been read (`whenParsed`), unless the tag
 * is already taken, so a page that loads the bundle twice (or two copies of it from two URLs)
 * never throws. A module that arrives while the page is still being read does not break into
 * the reading: the browser would otherwise build each element the parser meets after it, one
 * by one, running its constructor and the page's pending microtasks each time.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  whenParsed(() => customElements.get(tag) || customElements.define(tag, element));
}

/**
 * Calls `then` once the page's HTML has been read: now, or when the parser is done (the document
 * becomes `interactive`, before the page's deferred scripts run and DOMContentLoaded).
 */
export function whenParsed(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('readystatechange', then, { once: true });
  else then();
}
