// The always-visible notice that the form is not for emergencies: the wording from the
// catalog (the element's language), the numbers from src/shared/crisis.ts (its `country`).
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { anyOf, fill } from '../i18n/fill.js';
import { crisisFor, type CrisisLine } from '../shared/crisis.js';

/** Links to numbers: `tel:` or `sms:` with the digits only, shown as written, never broken across lines. */
const links = (lang: string, scheme: 'tel' | 'sms', numbers: readonly string[]): unknown[] =>
  anyOf(
    lang,
    numbers.map((n) => html`<a href="${scheme}:${n.replace(/\D/g, '')}">${n.replace(/ /g, '\u00a0')}</a>`),
  );

/** The notice's content for a country, in the catalog's words. */
export function crisisNotice(country: string, t: Catalog, lang: string): TemplateResult {
  const found = crisisFor(country);
  const code = country.trim().toUpperCase();
  // A line's numbers as links, for the sentences that name them.
  const linksOf = ({ call, text = [] }: CrisisLine) => ({
    number: links(lang, 'tel', call),
    text: links(lang, 'sms', text),
  });
  const help = found
    ? fill(t.crisisHelp, {
        lines: anyOf(
          lang,
          found.lines.map((line, i) =>
            fill(line.text ? t.crisisCallAndText : t.crisisCall, {
              ...linksOf(line),
              name: (i === 0 && t.crisisLineNames[code]) || line.name,
            }),
          ),
        ),
        emergency: links(lang, 'tel', found.emergency),
      })
    : t.crisisLocal;
  // How to reach the first line in this language, where that takes a step of its own (988 in Spanish).
  const note = found && t.crisisLineNotes[code];
  return html`<strong>${t.crisisTitle}</strong> ${help}${note ? [' ', fill(note, linksOf(found.lines[0]!))] : ''}`;
}
