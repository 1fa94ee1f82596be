// What a practice card says beyond its identity: whether the therapist takes new clients, the
// facts a client decides on, and the call to action's words. As data, from the attributes (or
// the card template's object) and the catalog, so the element (relational-intro.ts) and the
// card template (card.ts) say the same things in the same order. No DOM here.
import type { Accepting } from '../shared/accepting.js';
import type { Catalog } from '../i18n/catalog.js';

/** The card's facts, as its attributes give them (the README's card attributes, src/MAINTAINING.md's contract). */
export interface CardFacts {
  /** Text, such as "$160 per 50-minute session". */
  fees?: string;
  slidingScale?: boolean;
  /** Comma-separated plan names. */
  insurance?: string;
  /** Comma-separated, as a client reads them. */
  languages?: string;
  /** Space-separated: `in-person`, `online`. */
  formats?: string;
  /** Comma-separated. */
  specialties?: string;
}

/** The `formats` tokens, in the order a card shows them. */
export const FORMATS = ['in-person', 'online'] as const;
export type Format = (typeof FORMATS)[number];

/** Comma-separated text as its entries, trimmed, empty ones left out. */
export const entries = (text = ''): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The `formats` tokens that are not ones we know (for the console error). */
export const unknownFormats = (text = ''): string[] =>
  text.split(/\s+/).filter((token) => token && !(FORMATS as readonly string[]).includes(token));

/**
 * The facts given, as [label, value] rows in a fixed order; a fact not given has no row. The
 * words for a format and for the sliding scale are the form's own (its format and payment answers).
 */
export function factRows(facts: CardFacts, t: Catalog): [label: string, value: string][] {
  const formats = (facts.formats ?? '').split(/\s+/);
  const rows: [keyof Catalog['cardFacts'], string[], string][] = [
    [
      'fees',
      [facts.fees?.trim() ?? '', facts.slidingScale ? t.paymentOptions['sliding-scale'] : ''].filter(Boolean),
      ' · ',
    ],
    ['insurance', entries(facts.insurance), ', '],
    ['languages', entries(facts.languages), ', '],
    ['formats', FORMATS.filter((f) => formats.includes(f)).map((f) => t.formatOptions[f]), ' · '],
    ['specialties', entries(facts.specialties), ', '],
  ];
  return rows
    .filter(([, values]) => values.length)
    .map(([key, values, joiner]) => [t.cardFacts[key], values.join(joiner)]);
}

/**
 * The call to action's label for `accepting`, or null with `no` (a plain sentence stands there
 * instead): waitlist wording with `waitlist`, else the site owner's `cta-label`, else the catalog's.
 */
export function ctaText(
  accepting: Accepting,
  ownLabel: string | undefined,
  minutes: number,
  t: Catalog,
): string | null {
  if (accepting === 'no') return null;
  if (accepting === 'waitlist') return t.waitlistTitle;
  return ownLabel?.trim() || t.ctaLabel({ minutes });
}

/** Up to two initials (first and last word that start with a letter) for the monogram that stands in for a photo. */
export function initials(name: string): string {
  const [first = '', ...rest] = name.match(/(?<!\S)\p{L}/gu) ?? [];
  return (first + (rest.pop() ?? '')).toUpperCase();
}
