// The module files beside the setup page, and their Subresource Integrity hashes, computed
// here from the very bytes a therapist would download (the page's own origin only).
import type { Release } from './snippets.js';
import { LANGUAGES } from './settings.js';

/** `relational-widgets.js` for English, `relational-widgets.es.js` and so on for the language builds. */
export const fileFor = (lang: string): string =>
  lang === 'en' ? 'relational-widgets.js' : `relational-widgets.${lang}.js`;

/** `sha384-…` of some bytes, as the `integrity` attribute wants it. */
export async function sri(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The address of the module beside the page for a language (or `all`), when the release has it; else the English one. */
export const moduleFor = (release: Release, lang: string, englishHref: string, base: string): string =>
  new URL(release.files[lang] ? fileFor(lang) : englishHref.split('/').pop()!, new URL(englishHref, base))
    .href;

/**
 * Reads the English module at `moduleHref` and the language builds beside it. The English one
 * is always listed (without a hash when it cannot be read: the page says so); a language build
 * only when it is there.
 */
export async function loadRelease(version: string, moduleHref: string, base: string): Promise<Release> {
  const english = new URL(moduleHref, base);
  const files: Release['files'] = { en: { file: fileFor('en') } };
  await Promise.all(
    // `all`: every language in one module, for a page whose widgets mix languages (and for prerendering here).
    [...LANGUAGES, 'all'].map(async (lang) => {
      const url = new URL(lang === 'en' ? english.pathname.split('/').pop()! : fileFor(lang), english);
      try {
        const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
        if (!response.ok || !/javascript/.test(response.headers.get('Content-Type') ?? '')) return;
        files[lang] = {
          file: fileFor(lang),
          integrity: crypto.subtle ? await sri(await response.arrayBuffer()) : undefined,
        };
      } catch {
        /* not there: no hash for it */
      }
    }),
  );
  return { version, files };
}
