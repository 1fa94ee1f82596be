import type { Catalog, Summary } from '../i18n/catalog.js';
import { clampLevel } from './level.js';

/** What `writeSummary` writes: the summary in the element's language, its title's level, the minutes, teaser or not. */
export interface PrerenderSummary {
  level: number;
  minutes: number;
  teaser: boolean;
  text: Summary;
}

/**
 * Whether the element's light DOM holds its whole text: an element child without a slot (or in
 * the `more` slot), or text that is not only white space. Parts given by slot name do not count.
 */
export function hasOwnText(host: Element): boolean {
  return [...host.childNodes].some((n) =>
    n instanceof Element
      ? !n.slot || n.slot === 'more'
      : n.nodeType === Node.TEXT_NODE && !!n.textContent!.trim(),
  );
}

/** What prerender() reads of a `<relational-intro>` copy: private members too (an authoring tool of the same package). */
interface IntroCopy extends HTMLElement {
  headingLevel: number;
  text: Catalog;
  minutes(): number;
}

/**
 * prerender(): the built-in summary a copy of `<relational-intro>` without text of its own should
 * carry in light DOM, or undefined when it has its own words or is a card (or is another element).
 * Here, in the prerender entry, so the runtime module a client loads does not carry it.
 */
export function introSummary(el: HTMLElement): PrerenderSummary | undefined {
  const variant = el.getAttribute('variant');
  if (el.localName !== 'relational-intro' || hasOwnText(el) || variant === 'card') return;
  const intro = el as IntroCopy;
  return {
    level: clampLevel(intro.headingLevel),
    minutes: intro.minutes(),
    teaser: variant === 'summary',
    text: intro.text.summary,
  };
}

/**
 * Writes the built-in summary into `host`'s light DOM as plain, flat HTML: the title at `level`,
 * section headings one below, paragraphs and lists side by side (no wrappers), so that every
 * block is a top-level child the element's `::slotted()` rules reach, and so that the text reads
 * as a normal article where the element never runs, and any crawler reads it. With `teaser`
 * (the `summary` variant) everything after the opening paragraph goes to the `more` slot.
 * Built with DOM calls and `textContent` only: nothing is parsed as markup. `text` is the summary
 * in the element's language.
 */
export function writeSummary(host: HTMLElement, { level, minutes, teaser, text }: PrerenderSummary): void {
  const add = (tag: string, text: string, more = true): HTMLElement => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (teaser && more) el.slot = 'more';
    host.append(el);
    return el;
  };
  const item = (tag: string, text: string): HTMLElement =>
    Object.assign(document.createElement(tag), { textContent: text });
  const sub = `h${Math.min(6, level + 1)}`;
  add(`h${level}`, text.title, false);
  add('p', text.lead, false);
  for (const {
    heading,
    paragraphs: [first, ...rest],
    pillars,
    points,
  } of text.sections) {
    add(sub, heading);
    add('p', first!.replace('{minutes}', String(minutes)));
    // Pillars as terms and descriptions, as the built-in summary shows them (no "Name: text" line,
    // whose colon and capital each language writes its own way); points as a list.
    if (pillars) {
      const list = add('dl', '');
      for (const { name, text } of pillars) list.append(item('dt', name), item('dd', text));
    }
    if (points) {
      const list = add('ul', '');
      for (const point of points) list.appendChild(item('li', point));
    }
    for (const p of rest) add('p', p.replace('{minutes}', String(minutes)));
  }
}
