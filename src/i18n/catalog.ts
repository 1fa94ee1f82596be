// The catalogs the module knows, and how a site owner's own sentences are laid over them.
// English is always here; a language build (relational-widgets.es.js, …) registers its own,
// and so can a page, for a language we do not ship (locale.ts, `registerLanguage`). No DOM here.
import { en, language, type Catalog } from './en.js';
import { fill } from './fill.js';

export type { Catalog };
export type { Summary, SummarySection } from './summary.js';
export { language as fallbackLanguage };

/**
 * A site owner's sentences: any key of the catalog. Where the catalog has a function (a sentence
 * with a number or a name in it), plain text with the value's name in braces works too:
 * `{ consultTitle: 'Ask for your {minutes} minutes' }`.
 */
export type Strings = {
  [K in keyof Catalog]?: Catalog[K] extends (...args: never[]) => string
    ? Catalog[K] | string
    : Partial<Catalog[K]>;
};

/** The languages the module knows, by lower-case code; `registerLanguage` (locale.ts) adds to it. */
export const catalogs = new Map<string, Strings>([[language, en]]);

/**
 * The catalog code for a language tag: the tag itself if registered, else its prefixes in turn
 * (`es-MX` gives `es`, `zh-Hant-TW` tries `zh-hant`, then `zh`), else '' (none serves it).
 */
export function catalogCode(tag: string): string {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  for (; parts.length; parts.pop()) if (catalogs.has(parts.join('-'))) return parts.join('-');
  return '';
}

/** Text with `{name}` marks as a catalog function: each mark takes the named value (fill.ts reads the marks). */
const template =
  (text: string) =>
  (values: Record<string, unknown>): string =>
    fill(text, values).join('');

/** A group of sentences with those of `given` laid over it: the same kind as the one replaced, or text. */
function sameKinds(group: Record<string, unknown>, given: object): Record<string, unknown> {
  const out = { ...group };
  for (const [key, value] of Object.entries(given))
    if (typeof value === (Object.hasOwn(group, key) ? typeof group[key] : 'string')) out[key] = value;
  return out;
}

/**
 * English, then the language's catalog, then each layer of overrides, later layers winning.
 * Keys English does not have and values of the wrong kind are left out (a site owner's JSON
 * may hold anything); text for a function key becomes a template; a group of sentences (such
 * as `contactMethodOptions`) takes the sentences given and keeps the others.
 */
export function merge(code: string, ...layers: (Strings | undefined)[]): Catalog {
  const out: Record<string, unknown> = { ...en };
  for (const layer of [catalogs.get(code), ...layers]) {
    if (layer === en) continue; // English over itself changes nothing: every English render skips it
    for (const [key, value] of Object.entries(layer ?? {})) {
      const kind = Object.hasOwn(en, key) ? typeof out[key] : 'undefined';
      if (kind === 'function' && typeof value === 'string') out[key] = template(value);
      else if (kind === 'object' && value && typeof value === 'object')
        out[key] = sameKinds(out[key] as Record<string, unknown>, value);
      else if (kind === typeof value) out[key] = value;
    }
  }
  return out as Catalog;
}
