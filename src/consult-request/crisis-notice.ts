// The always-visible notice that the form is not for emergencies: the wording from the
// catalog (the element's language), the numbers from src/shared/crisis.ts (its `country`).
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { anyOf, fill } from '../i18n/fill.js';
import { crisisFor } from '../shared/crisis.js';

/** Links to numbers: `tel:` or `sms:` with the digits only, shown as written, never broken across lines. */
const links = (lang: string, scheme: 'tel' | 'sms', numbers: readonly string[]): unknown[] =>
  anyOf(lang, numbers.map((n) => html`<a href="${scheme}:${n.replace(/\D/g, '')}">${n.replace(/ /g, '\u00a0')}</a>`));

/** The notice's content for a country, in the catalog's words. */
export function crisisNotice(country: string, t: Catalog, lang: string): TemplateResult {
  const found = crisisFor(country);
  const code = country.trim().toUpperCase();
  const ownName = t.crisisLineNames[code];
  const help = found
    ? fill(t.crisisHelp, {
        lines: anyOf(
          lang,
          found.lines.map((line, i) =>
            fill(line.text ? t.crisisCallAndText : t.crisisCall, {
              number: links(lang, 'tel', line.call),
              text: links(lang, 'sms', line.text ?? []),
              name: (i === 0 && ownName) || line.name,
            }),
          ),
        ),
        emergency: links(lang, 'tel', found.emergency),
      })
    : t.crisisLocal;
  // How to reach the first line in this language, where that takes a step of its own (988 in Spanish).
  const first = found?.lines[0];
  const note = first && t.crisisLineNotes[code];
  const way = note ? [' ', fill(note, { number: links(lang, 'tel', first.call), text: links(lang, 'sms', first.text ?? []) })] : '';
  return html`<strong>${t.crisisTitle}</strong> ${help}${way}`;
}
