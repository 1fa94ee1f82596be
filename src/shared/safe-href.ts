/**
 * A link the site owner gave, if it is http(s), mailto:, tel: or relative to the page (it then
 * has the page's own scheme); otherwise null. Parsed as the browser would, so `java\tscript:` is
 * caught too.
 */
export function safeHref(value: string): string | null {
  try {
    const { protocol } = new URL(value, document.baseURI);
    return /^(https?|mailto|tel):$/.test(protocol) || protocol === new URL(document.baseURI).protocol
      ? value
      : null;
  } catch {
    return null;
  }
}
