/**
 * Registers a custom element unless the tag is already taken, so a page that loads the bundle
 * twice (or two copies of it from two URLs) never throws. On a page still being read: at once if
 * an element of that tag already read has nothing to show (it is empty, or holds only empty
 * elements: the one-tag embed's, a card from attributes with its form slotted; a prerendered
 * form, its content in its shadow root, counts too), else once the HTML has been read
 * (`whenParsed`). Cards written as HTML and prerendered intros show their content already, and
 * defining their element while the page is read would make the browser build each one it meets
 * after that, one by one, stopping its reading for the constructor each time.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const register = () => customElements.get(tag) || customElements.define(tag, element);
  if (document.querySelector(`${tag}:not(:has(:not(:empty)))`)) register();
  else whenParsed(register);
}

/**
 * Calls `then` once the page's HTML has been read: now, or when the parser is done (the document
 * becomes `interactive`, before the page's deferred scripts run and DOMContentLoaded).
 */
export function whenParsed(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('readystatechange', then, { once: true });
  else then();
}
