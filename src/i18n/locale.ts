// Which language an element speaks, kept up to date while it is on the page.
import type { ReactiveController, ReactiveElement } from 'lit';
import { catalogCode, catalogs, fallbackLanguage, merge, type Catalog, type Strings } from './catalog.js';
import { scriptStrings } from './overrides.js';

/** Languages written right to left, by their primary subtag. */
const RTL = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/i;

/**
 * The language an element's text is in: its own `lang`, else the nearest ancestor's (climbing
 * out of shadow roots to their hosts), else `<html lang>`, when a catalog serves that tag (itself
 * or by prefix: `es-MX` is served by `es`); otherwise the fallback, `en` (in a one-language build,
 * that language). The payload's `locale` and the
 * prerendered `lang` are this value.
 */
export function resolveLanguage(el: Element): string {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const declared = node.closest('[lang]')?.getAttribute('lang')!.trim();
    if (declared !== undefined) return catalogCode(declared) ? declared : fallbackLanguage;
  }
  return fallbackLanguage;
}

/**
 * Adds a language under a BCP 47 code such as `de` or `pt-BR`; keys it leaves out stay English.
 * Elements already on the page switch to it at once if it is theirs. Register a language before
 * its elements render: replacing one does not re-render them.
 */
export function registerLanguage(code: string, catalog: Strings): void {
  catalogs.set(code.toLowerCase(), catalog);
  controllers.forEach((c) => c.refresh());
}

/** Every connected element's controller, and the one observer that watches `lang` for them all. */
const controllers = new Set<LocaleController>();
const WATCH: MutationObserverInit = { attributeFilter: ['lang'], subtree: true };
let observer: MutationObserver | undefined;
/** The fallback language's sentences, made once: every element's until its first render. */
let initial: Catalog | undefined;

/**
 * Gives an element its language and its strings: `lang`, `dir` and `strings` (English, then the
 * language's catalog, then the site owner's overrides: a child
 * `<script type="application/json" slot="strings">`, then the element's `strings` property).
 * The host re-renders when `lang` changes on it, on an ancestor (across shadow roots) or on
 * `<html>`, or when a language is registered. One MutationObserver serves every element on the
 * page and stops with the last one.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag the element's text is in (see `resolveLanguage`). */
  lang = fallbackLanguage;
  /** `rtl` when that language is written right to left; otherwise the page's direction applies. */
  dir?: 'rtl';
  /** Every sentence, in that language, with the site owner's overrides. */
  strings: Catalog;
  private host: ReactiveElement;
  private overrides: () => Strings | undefined;
  private fromScript: () => Strings | undefined;

  /** `overrides` gives the element's `strings` property, read before each render. */
  constructor(host: ReactiveElement, overrides: () => Strings | undefined) {
    this.host = host;
    this.overrides = overrides;
    this.fromScript = scriptStrings(host);
    this.strings = initial ??= merge(fallbackLanguage);
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    // `lang` inside a shadow root is invisible from the document: watch each root on the way up too.
    observer.observe(document.documentElement, WATCH);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
      observer.observe(root, WATCH);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) observer = void observer?.disconnect();
  }

  /** Before each render: the strings for the language, with the overrides as they are now. */
  hostUpdate(): void {
    this.strings = merge(catalogCode(this.lang) || fallbackLanguage, this.fromScript(), this.overrides());
  }

  /** Resolves the language again; the host re-renders if it changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.dir = RTL.test(lang) ? 'rtl' : undefined;
    this.host.requestUpdate();
  }
}
