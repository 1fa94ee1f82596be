/**
 * Registers a custom element unless the tag is already taken, so a page that loads the bundle
 * twice (or two copies of it from two URLs) never throws. On a page still being read, at once
 * only if one of its elements already read shows nothing until it is drawn (the one-tag embed);
 * otherwise once the HTML has been read (`whenParsed`): cards written as HTML and prerendered
 * widgets read already, and defining the element now would make the browser build each one
 * it meets after this, one by one, stopping its reading for the constructor each time.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const register = () => customElements.get(tag) || customElements.define(tag, element);
  if (document.querySelector(`${tag}:empty`)) register();
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
