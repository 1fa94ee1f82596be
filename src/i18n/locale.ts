// Which language an element speaks, kept up to date while it is on the page.
import type { ReactiveController, ReactiveElement } from 'lit';
import { catalogCode, merge, onLanguagesChanged, type Catalog, type Strings } from './catalog.js';

/** Languages written right to left, by their primary subtag. */
const RTL = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/;

/**
 * The element's own `lang`, else the nearest ancestor's, climbing out of shadow roots to their
 * hosts, else `<html lang>` (the last ancestor), else ''. `lang=""` means "unknown": ''.
 */
function declaredLanguage(el: Element): string {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!.trim();
  }
  return '';
}

/**
 * The language an element's text is in: the declared tag when a catalog serves it (itself or by
 * prefix: `es-MX` is served by `es`), else `en`. The payload's `locale` and the prerendered
 * `lang` are this value.
 */
export function resolveLanguage(el: Element): string {
  const declared = declaredLanguage(el);
  return catalogCode(declared) === 'en' && !/^en\b/i.test(declared) ? 'en' : declared;
}

/**
 * The site owner's sentences from a child `<script type="application/json" slot="strings">`:
 * a JSON object of catalog keys to text. A page's JSON never runs, so this works under any
 * Content Security Policy; only text values are taken, and they are shown as text.
 */
function scriptStrings(host: Element): Strings | undefined {
  const script = host.querySelector(':scope > script[type="application/json"][slot="strings"]');
  if (!script) return undefined;
  try {
    const data: unknown = JSON.parse(script.textContent!);
    if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string'));
  } catch {
    /* reported below */
  }
  console.error(`<${host.localName}>: the <script slot="strings"> inside it must hold a JSON object, like {"submit": "Send"}; it was ignored.`);
  return undefined;
}

/** Every connected element's controller, and the one observer that watches `lang` for them all. */
const controllers = new Set<LocaleController>();
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;
const refreshAll = () => controllers.forEach((c) => c.refresh());
const reloadAll = () => controllers.forEach((c) => c.refresh(true));

/**
 * Gives an element its language and its strings: `lang`, `dir` and `strings` (English, then the
 * language's catalog, then the site owner's overrides). The host re-renders when `lang` changes
 * on it, on an ancestor (across shadow roots) or on `<html>`, or when a language is registered.
 * One MutationObserver serves every element on the page and stops with the last one.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag the element's text is in (see `resolveLanguage`). */
  lang = 'en';
  /** `rtl` when that language is written right to left; otherwise the page's direction applies. */
  dir?: 'rtl';
  /** Every sentence, in that language, with the site owner's overrides. */
  strings: Catalog;
  private host: ReactiveElement;
  private overrides: () => Strings | undefined;
  private fromScript?: Strings;
  private merged?: { code: string; layers: unknown[] };

  /** `overrides` gives the element's `strings` property, read before each render; it wins over the JSON script. */
  constructor(host: ReactiveElement, overrides: () => Strings | undefined) {
    this.host = host;
    this.overrides = overrides;
    this.strings = merge('en');
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observer ??= new MutationObserver(refreshAll);
    stopListening ??= onLanguagesChanged(reloadAll);
    observer.observe(document.documentElement, OPTIONS);
    // `lang` inside a shadow root is invisible from the document: watch each root on the way up.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, OPTIONS);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size) return;
    observer?.disconnect();
    stopListening?.();
    observer = stopListening = undefined;
  }

  /** Merges the strings again when the language or an override changed. */
  hostUpdate(): void {
    const code = catalogCode(this.lang);
    // Read at the first render (the parser has given the element its children by then) and after a reload.
    if (!this.merged) this.fromScript = scriptStrings(this.host);
    const layers = [this.fromScript, this.overrides()];
    const last = this.merged;
    if (last && last.code === code && layers.every((layer, i) => layer === last.layers[i])) return;
    this.merged = { code, layers };
    this.strings = merge(code, ...layers);
  }

  /**
   * Resolves the language again; the host re-renders only if it changed, or always with `reload`
   * (a catalog was registered, perhaps this element's own).
   */
  refresh(reload = false): void {
    const lang = resolveLanguage(this.host);
    if (reload) this.merged = undefined;
    if (lang === this.lang && !reload) return;
    this.lang = lang;
    this.dir = RTL.test(lang.toLowerCase()) ? 'rtl' : undefined;
    this.host.requestUpdate();
  }
}
