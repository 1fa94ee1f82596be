// The site owner's own sentences from the page's HTML: a child
// `<script type="application/json" slot="strings">{"submit": "Send"}</script>`. A JSON script
// never runs, so this works under any Content Security Policy; its text is shown as text.
import type { Strings } from './catalog.js';

const SCRIPT = ':scope>script[type="application/json"][slot=strings]';

/** Keeps text and groups of text (`{"contactMethodOptions": {"phone": "…"}}`), nothing else. */
const textOnly = (data: object): Strings =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) =>
        typeof v === 'string' ||
        (v && typeof v === 'object' && Object.values(v).every((s) => typeof s === 'string')),
    ),
  );

/**
 * A reader of the host's JSON strings, to call before each render: it parses again only when the
 * script's text changed, so a mistake is reported once (with how to fix it) and then ignored.
 */
export function scriptStrings(host: Element): () => Strings | undefined {
  let json = '';
  let strings: Strings | undefined;
  return () => {
    const text = host.querySelector(SCRIPT)?.textContent ?? '';
    if (text === json) return strings;
    json = text;
    strings = undefined;
    try {
      const data: unknown = text && JSON.parse(text);
      if (data && typeof data === 'object') strings = textOnly(data);
    } catch {
      /* reported below */
    }
    if (text && !strings)
      console.error(`<${host.localName}>: its <script slot="strings"> is not a JSON object; ignored.`);
    return strings;
  };
}
