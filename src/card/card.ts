// The entry `relational-widgets/card` (dist/relational-card.js): a practice card's markup from
// a directory's data, with no browser. An authoring tool for servers and static-site builds
// (Node, Deno, a build step), never loaded by a client's browser. The README gives the same
// markup as a template for any language (a PHP loop, say); this is that template as a function.
//
// The card it writes is HTML-first: its name, credentials, place, photo, approach, facts and
// badge are plain HTML in the page, styled by ONE stylesheet the page links once
// (dist/relational-card.css: `cardStyles` below), readable before and without the module, and
// its call to action is a real link (`ctaHref`). With the module, `<relational-intro>` leaves
// that HTML as it is (nothing moves) and, with `consultFor`, opens the page's one form for this
// therapist. One schema.org JSON-LD block per card states the visible facts for crawlers.
import { en } from '../i18n/en.js';
import type { Catalog } from '../i18n/catalog.js';
import { es } from '../i18n/es.js';
import { fr } from '../i18n/fr.js';
import { readAccepting } from '../shared/accepting.js';
import { ctaText, entries, factRows, initials, type CardFacts } from './facts.js';

export { cardStyles } from './card.styles.js';

/** A therapist's card, from a directory's data. Every value is text: the function escapes it. */
export interface CardData extends CardFacts {
  /** The therapist's id (a-z, 0-9, `-`): the card's `therapist`, and the request's when the card opens the page's one form. */
  therapist: string;
  /** The therapist's name, the card's heading. */
  name: string;
  credentials?: string;
  practiceName?: string;
  /** Where the practice is, or "Online". */
  location?: string;
  /** The URL of a portrait photo (http(s) or relative). */
  photo?: string;
  /** The photo's text alternative; without it the photo is decorative, since the name is beside it. */
  photoAlt?: string;
  /** A one-line description of the approach, replacing the default line. */
  approach?: string;
  /** `yes`, `waitlist` or `no`; when given, the card shows it as a badge (and in its JSON-LD). */
  accepting?: string;
  /**
   * The therapist's own page or the directory's contact route: the call to action's link, which
   * reaches the therapist even when the module never arrives. With `accepting: 'no'`, the page
   * offered instead of a request.
   */
  ctaHref?: string;
  /** The call to action's own words (not with `waitlist`, which has its own). */
  ctaLabel?: string;
  /** The id of the page's one dialog-mode `<consult-request>`: with the module, the call to action opens it for this therapist. */
  consultFor?: string;
  /** Length of the free consultation in minutes (20). */
  consultMinutes?: number;
  /** The level of the name's heading, 1-6 (2). */
  headingLevel?: number;
  /** `en` (default), `es` or `fr` (`es-MX` is served by `es`); written as the card's `lang` when given. */
  lang?: string;
}

const CATALOGS: Record<string, Catalog> = { en, es, fr };

/** Text for HTML: every character that could end text or an attribute value is escaped. */
const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A URL a page may link or load: http(s), mailto:, tel: or relative; anything else (javascript:, data:) is refused. */
function safeUrl(value: string | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  try {
    return /^(https?|mailto|tel):$/.test(new URL(url, 'https://card.invalid/').protocol) ? url : null;
  } catch {
    return null;
  }
}

/** ` name="value"` for each attribute that has a value, in order. */
const attributes = (pairs: [string, string | null | undefined][]): string =>
  pairs
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');

/** The catalog for a language tag, by prefix; English for any other. */
const catalogFor = (lang = 'en'): Catalog => CATALOGS[lang.trim().toLowerCase().split(/[-_]/)[0]!] ?? en;

/**
 * The card's schema.org JSON-LD block: the facts the card shows, no more (Google asks that
 * structured data match what readers see). `isAcceptingNewPatients` only when `accepting` is
 * given: true for `yes`; a waitlist is no opening now, so false for `waitlist` and `no`
 * (schema.org has no waitlist value). Every `<` is written `\u003c`, so no value can end the
 * script element (`</script`) or open a comment in it.
 */
export function cardJsonLd(data: CardData): string {
  const t = catalogFor(data.lang);
  const photo = safeUrl(data.photo);
  const page = safeUrl(data.ctaHref);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalOrganization',
    name: data.name.trim(),
    description: data.approach?.trim() || t.approach,
  };
  if (data.practiceName?.trim())
    ld.parentOrganization = { '@type': 'MedicalOrganization', name: data.practiceName.trim() };
  if (data.location?.trim()) ld.address = data.location.trim();
  if (photo) ld.image = photo;
  if (page && /^https?:/i.test(page)) ld.url = page;
  if (entries(data.languages).length) ld.knowsLanguage = entries(data.languages);
  if (entries(data.specialties).length) ld.knowsAbout = entries(data.specialties);
  if (data.accepting !== undefined)
    ld.isAcceptingNewPatients = readAccepting(data.accepting, 'relational-intro') === 'yes';
  return `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
}

/**
 * A practice card's HTML from a directory's data: a `<relational-intro variant="card">` holding the
 * card as plain HTML (`<article class="rw-card">`) and its JSON-LD block. Link the stylesheet
 * (`cardStyles`, dist/relational-card.css) once on the page, and the module once, `async`.
 */
export function card(data: CardData): string {
  const t = catalogFor(data.lang);
  const accepting = readAccepting(data.accepting, 'relational-intro');
  const level = Math.min(6, Math.max(1, Math.trunc(Number(data.headingLevel)) || 2));
  const minutes = Math.round(Number(data.consultMinutes));
  const name = data.name.trim();
  const consultFor = data.consultFor?.trim();
  const href = safeUrl(data.ctaHref) ?? (consultFor ? `#${consultFor}` : null);
  const photo = safeUrl(data.photo);
  const place = [data.practiceName, data.location]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' · ');

  const host = attributes([
    ['variant', 'card'],
    ['therapist', data.therapist.trim()],
    ['therapist-name', name],
    ['consult-for', consultFor],
    ['cta-href', safeUrl(data.ctaHref)],
    ['accepting', data.accepting === undefined ? null : accepting],
    ['consult-minutes', minutes >= 1 && minutes <= 240 && minutes !== 20 ? String(minutes) : null],
    ['lang', data.lang?.trim()],
  ]);
  const portrait = photo
    ? `<img class="rw-photo"${attributes([['src', photo]])} alt="${esc(data.photoAlt?.trim())}" width="72" height="72" loading="lazy" decoding="async">`
    : `<span class="rw-photo rw-monogram" aria-hidden="true">${esc(initials(name))}</span>`;
  const who = [
    `<h${level}>${esc(name)}</h${level}>`,
    data.credentials?.trim() && `<p class="rw-credentials">${esc(data.credentials.trim())}</p>`,
    place && `<p class="rw-place">${esc(place)}</p>`,
  ];
  const facts = factRows(data, t).map(
    ([label, value]) => `<div><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`,
  );
  const label = ctaText(accepting, data.ctaLabel, minutes >= 1 && minutes <= 240 ? minutes : 20, t);
  const cta =
    label === null
      ? `<p class="rw-closed">${esc(t.closed)}${href && !href.startsWith('#') ? ` <a href="${esc(href)}">${esc(t.introClosedLink)}</a>` : ''}</p>`
      : href
        ? `<p class="rw-cta-area"><a class="rw-cta" href="${esc(href)}">${esc(label)}</a></p>`
        : '';
  return [
    `<relational-intro${host}><article class="rw-card">`,
    `<div class="rw-identity">${portrait}<div class="rw-who">${who.filter(Boolean).join('')}</div></div>`,
    data.accepting === undefined
      ? ''
      : `<p class="rw-badge" data-accepting="${accepting}">${esc(t.introAccepting[accepting])}</p>`,
    `<p class="rw-approach">${esc(data.approach?.trim() || t.approach)}</p>`,
    facts.length ? `<dl class="rw-facts">${facts.join('')}</dl>` : '',
    cta,
    // `accepting` as read above, so a wrong value is reported once
    `</article>${cardJsonLd({ ...data, accepting: data.accepting === undefined ? undefined : accepting })}</relational-intro>`,
  ].join('');
}
