// The setup page's previews: the live preview's own page (the real elements with the current
// settings, unable to send anything) and the widgets prerendered for the snippets.
import { scriptTag } from './snippets.js';
import type { Settings } from './settings.js';

export type Scheme = 'light' | 'dark';

const PAGE = { light: { bg: '#fbfaf7', fg: '#1f2421' }, dark: { bg: '#161a18', fg: '#e8ebe9' } };

/**
 * The preview's page: `markup` (the widgets) and `module` (the build the snippet itself would
 * load) under a policy that lets the page load scripts from this origin and connect nowhere.
 */
export function previewDocument(s: Settings, scheme: Scheme, markup: string, module: string): string {
  const { bg, fg } = PAGE[scheme];
  return `<!doctype html><html lang="${s.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${location.origin}; connect-src 'none'; img-src https: data: ${location.origin}; style-src 'unsafe-inline'">
<style>:root{color-scheme:${scheme}}body{margin:0;padding:1rem;background:${bg};color:${fg};font:1.0625rem/1.55 system-ui,sans-serif}</style>
${scriptTag({ ...s, host: 'self' }, { version: '', files: { en: { file: '' } } }, module)}
</head><body>${markup}</body></html>`;
}

/**
 * Once the preview's page has loaded: a send there is cancelled (`onSend` says so), and the
 * frame takes the height of the page's body.
 */
export function watchPreview(frame: HTMLIFrameElement, onSend: () => void): void {
  const win = frame.contentWindow;
  if (!win) return;
  win.addEventListener(
    'consult-submit',
    (event) => {
      event.preventDefault();
      onSend();
    },
    true,
  );
  // Sized in the next frame, so resizing never feeds back into the observation that caused it.
  const body = win.document.body;
  if (!body) return; // the frame's page was replaced meanwhile; its own load sizes it
  const fit = () => {
    const height = `${Math.ceil(body.getBoundingClientRect().height) + 2}px`;
    if (frame.style.blockSize !== height) frame.style.blockSize = height;
  };
  // The frame's own observer: observing another document's node from this one reports loops here.
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  new Observer(() => win.requestAnimationFrame(fit)).observe(body);
}

/**
 * The widgets' markup through `prerender()`: the module at `href` (the very file the snippet
 * loads) is imported into this page to define the elements, then the prerender entry beside it
 * (`relational-prerender.js`, an authoring tool kept out of the module; in development
 * `prerender.ts`, beside src/index.ts) renders them out of sight and writes their HTML out.
 * Undefined without that entry: the snippets stay one tag.
 */
export async function prerenderWidgets(
  href: string,
  development: boolean,
  markup: string,
  lang: string,
): Promise<string | undefined> {
  await import(/* @vite-ignore */ href);
  const entry = new URL(development ? 'prerender.ts' : 'relational-prerender.js', href).href;
  const { prerender } = (await import(/* @vite-ignore */ entry)) as {
    prerender?: (el: Element) => Promise<string>;
  };
  if (!prerender) return;
  const stage = document.createElement('div');
  stage.lang = lang;
  stage.innerHTML = markup; // our own markup: every value in it is escaped (snippets.ts)
  const parts: string[] = [];
  for (const node of [...stage.childNodes])
    parts.push(node instanceof Element ? await prerender(node) : (node.textContent ?? ''));
  return parts.join('');
}
