// The catalogs the module knows, and how a site owner's own sentences are laid over them.
// English is always here; a language build (relational-widgets.es.js, …) registers its own,
// and so can a page, for a language we do not ship. No DOM here.
import { en, type Catalog } from './en.js';

export type { Catalog };

/**
 * A site owner's sentences: any key of the catalog. Where the catalog has a function (a sentence
 * with a number or a name in it), plain text with the value's name in braces works too:
 * `{ consultTitle: 'Ask for your {minutes} minutes' }`.
 */
export type Strings = { [K in keyof Catalog]?: Catalog[K] | string };

const catalogs = new Map<string, Strings>([['en', en]]);
const listeners = new Set<() => void>();

/**
 * Adds a language (or replaces one) under a BCP 47 code such as `de` or `pt-BR`. Keys it leaves
 * out stay English. Elements already on the page switch to it at once if it is theirs.
 */
export function registerLanguage(code: string, catalog: Strings): void {
  catalogs.set(code.toLowerCase(), catalog);
  for (const changed of listeners) changed();
}

/** Calls `changed` whenever a language is registered; returns the way to stop. */
export function onLanguagesChanged(changed: () => void): () => void {
  listeners.add(changed);
  return () => listeners.delete(changed);
}

/**
 * The catalog code for a language tag: the tag itself if registered, else its prefixes in turn
 * (`es-MX` gives `es`, `zh-Hant-TW` tries `zh-hant`, then `zh`), else `en`.
 */
export function catalogCode(tag: string): string {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  for (; parts.length; parts.pop()) if (catalogs.has(parts.join('-'))) return parts.join('-');
  return 'en';
}

/** Text with `{name}` marks as a catalog function: each mark takes the named value. */
const template =
  (text: string) =>
  (values: Record<string, unknown>): string =>
    text.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));

/**
 * English, then the language's catalog, then each layer of overrides, later layers winning.
 * Keys English does not have and values of the wrong kind are left out (a site owner's JSON
 * may hold anything); text for a function key becomes a template.
 */
export function merge(code: string, ...layers: (Strings | undefined)[]): Catalog {
  const out: Record<string, unknown> = { ...en };
  for (const layer of [catalogs.get(code), ...layers]) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const base = Object.hasOwn(en, key) ? typeof out[key] : 'undefined';
      if (base === typeof value || (base === 'function' && typeof value === 'string')) {
        out[key] = base === 'function' && typeof value === 'string' ? template(value) : value;
      }
    }
  }
  return out as Catalog;
}
