// The code a therapist pastes, for each place they paste it, built from the settings. Every
// value goes through `attr()` or `text()`, so whatever was typed stays text in every snippet.
// No DOM here.
import { SEALED_KEYS, payloadKeys, route, type MoreKeys, type Route } from './services.js';
import { DEFAULT_FIELDS, therapistId, type Settings } from './settings.js';
import { card } from '../card/card.js';

/** Where a snippet goes. */
export type Target =
  | 'squarespace-block'
  | 'squarespace-injection'
  | 'wordpress-admin'
  | 'wordpress-author'
  | 'html'
  | 'directory-card';
export const TARGETS: readonly Target[] = [
  'squarespace-block',
  'squarespace-injection',
  'wordpress-admin',
  'wordpress-author',
  'html',
  'directory-card',
];

/** One piece of code and the place it goes (a key of the page's catalog: `where.<place>`). */
export interface Part {
  place: 'block' | 'injection' | 'admin-once' | 'head' | 'body' | 'card';
  code: string;
}

/** The published module: its version and the files of each language build, with their integrity hashes when known. */
export interface Release {
  version: string;
  /** Language code to `{ file, integrity }`; `en` is the default build. */
  files: Record<string, { file: string; integrity?: string }>;
}

export const CDN = 'https://cdn.jsdelivr.net/npm/relational-widgets';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** A value as the text of a double-quoted attribute. */
export const attr = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** A value as element text. */
export const text = (value: string): string => value.replace(/[&<>]/g, (c) => ESCAPES[c]);

type Attrs = [name: string, value: string | number | boolean | undefined | null][];

/** ` name="value"` for each attribute that has a value; `true` gives a bare attribute, empty and false leave it out. */
function attrs(list: Attrs): string {
  return list
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${attr(String(v))}"`))
    .join('');
}

/** The build for a language: the language's own when the release has it, else the English one (which speaks English only). */
export function buildFor(release: Release, lang: string): { file: string; integrity?: string; lang: string } {
  const own = release.files[lang];
  return own ? { ...own, lang } : { ...release.files.en, lang: 'en' };
}

/** The script URL: the pinned CDN copy, or where the therapist put the downloaded file. */
export function scriptURL(s: Settings, release: Release): string {
  const { file } = buildFor(release, s.lang);
  return s.host === 'self' ? s.selfUrl.trim() || `/${file}` : `${CDN}@${release.version}/dist/${file}`;
}

/**
 * The one script tag: a module (deferred by nature) marked `async` so it runs as soon as it
 * arrives and never holds up the page; pinned with its integrity hash when we know it.
 */
export function scriptTag(s: Settings, release: Release, src = scriptURL(s, release)): string {
  const { integrity } = buildFor(release, s.lang);
  const crossorigin = integrity || s.host === 'cdn' ? 'anonymous' : undefined;
  return `<script${attrs([
    ['type', 'module'],
    ['src', src],
    ['integrity', integrity],
    ['crossorigin', crossorigin],
    ['async', true],
  ])}></script>`;
}

const accentStyle = (s: Settings) => (s.accent ? `--relational-accent: ${s.accent}` : undefined);
const minutes = (s: Settings) => (s.minutes === 20 ? undefined : s.minutes);
const lang = (s: Settings) => (s.lang === 'en' ? undefined : s.lang);

/** `<consult-request>`'s attributes, in the order a reader looks for them. */
function formAttrs(s: Settings, r: Route, extra: Attrs): Attrs {
  const fields = s.fields.join(' ');
  return [
    ...extra,
    ['endpoint', r.endpoint],
    ['seal-to', s.seal?.to],
    ['opener-href', s.seal?.opener],
    ['encoding', r.encoding === 'json' ? undefined : r.encoding],
    ['therapist', therapistId(s.name) || undefined],
    ['fields', fields === DEFAULT_FIELDS.join(' ') ? undefined : fields || ''],
    ['regions', s.fields.includes('region') ? s.regions.trim() : undefined],
    ['consult-minutes', minutes(s)],
    ['privacy-href', s.privacy.trim()],
    ['contact-email', s.contactEmail.trim()],
    ['contact-phone', s.contactPhone.trim()],
    ...practiceAttrs(s),
    ['fees', s.fields.includes('payment') ? s.fees.trim() : undefined],
    ['insurance', s.fields.includes('payment') ? s.insurance.trim() : undefined],
    ['clinicians', s.clinicians.trim()],
    ['country', s.country === 'US' ? undefined : s.country],
    ['timeout', s.timeout || undefined],
    ['lang', lang(s)],
  ];
}

/** Whether the practice takes new clients, on the card and the form alike (the page for `no` on the form only). */
const practiceAttrs = (s: Settings): Attrs => [
  ['accepting', s.accepting === 'yes' ? undefined : s.accepting],
  ['elsewhere-href', s.accepting === 'no' ? s.elsewhere.trim() : undefined],
];

/** The card's facts a client decides on. */
const cardFacts = (s: Settings): Attrs => [
  ['accepting', s.accepting === 'yes' ? undefined : s.accepting],
  ['fees', s.fees.trim()],
  ['sliding-scale', s.slidingScale],
  ['insurance', s.insurance.trim()],
];

/** The keys beyond the questions that this form's requests carry (services.ts). */
export const moreKeys = (s: Settings): MoreKeys => ({
  clinicians: !!s.clinicians.trim(),
  waitlist: s.accepting === 'waitlist',
});

/** The hidden inputs a service reads, as light-DOM children of the form. */
const hiddenInputs = (r: Route, indent: string) =>
  r.hidden
    .map((h) => `\n${indent}<input type="hidden"${attrs([['name', h.name]])} value="${attr(h.value)}">`)
    .join('');

/** `fields=""` must stay in the markup (it means "no optional questions"), so it is written by hand. */
function formTag(s: Settings, r: Route, extra: Attrs, indent = ''): string {
  const list = formAttrs(s, r, extra);
  const emptyFields = s.fields.length === 0 ? ' fields=""' : '';
  const children = hiddenInputs(r, indent + '  ');
  return `${indent}<consult-request${attrs(list)}${emptyFields}>${children}${children ? `\n${indent}` : ''}</consult-request>`;
}

function cardTag(s: Settings, r: Route): string {
  const card = attrs([
    ['variant', 'card'],
    ['therapist-name', s.name.trim()],
    ['credentials', s.credentials.trim()],
    ['practice-name', s.practice.trim()],
    ['location', s.location.trim()],
    ['photo', s.photo.trim()],
    ...cardFacts(s),
    ['consult-minutes', minutes(s)],
    ['lang', lang(s)],
    ['style', accentStyle(s)],
  ]);
  return `<relational-intro${card}>\n${formTag(
    s,
    r,
    [
      ['slot', 'cta'],
      ['mode', 'dialog'],
    ],
    '  ',
  )}\n</relational-intro>`;
}

/**
 * A directory's card, written by the card template itself (src/card/card.ts, one source of truth
 * with the README and the demo): a `{{…}}` placeholder for each of the directory's fields, the
 * call to action a link to the therapist's page that opens the page's one form with the module.
 */
function cardTemplate(s: Settings): string {
  return card({
    therapist: '{{id}}',
    name: '{{name}}',
    credentials: '{{credentials}}',
    practiceName: '{{practice}}',
    location: '{{location}}',
    photo: '{{photo}}',
    fees: '{{fees}}',
    insurance: '{{insurance}}',
    languages: '{{languages}}',
    specialties: '{{specialties}}',
    ctaHref: '{{profile-url}}',
    consultFor: 'consult',
    consultMinutes: s.minutes,
    lang: lang(s),
  });
}

/** The card stylesheet beside the module: linked once by a directory's page. */
function cardSheet(s: Settings, release: Release): string {
  const href =
    s.host === 'self'
      ? (s.selfUrl.trim() || '/').replace(/[^/]*$/, 'relational-card.css')
      : `${CDN}@${release.version}/dist/relational-card.css`;
  return `<link rel="stylesheet" href="${attr(href)}">`;
}

/** The widget markup for the chosen look (what goes in the page, not the script). */
export function widgets(s: Settings, r: Route = route(s)): string {
  if (s.look === 'card') return cardTag(s, r);
  if (s.look === 'button')
    return formTag(s, r, [
      ['mode', 'dialog'],
      ['style', accentStyle(s)],
    ]);
  const intro = attrs([
    ['consult-for', 'consult'],
    ['consult-minutes', minutes(s)],
    ['lang', lang(s)],
    ['style', accentStyle(s)],
  ]);
  return `<relational-intro${intro}></relational-intro>\n${formTag(s, r, [
    ['id', 'consult'],
    ['style', accentStyle(s)],
  ])}`;
}

/** Netlify's build finds forms in the page's HTML only: this hidden copy names the form and every key a request carries. */
export function netlifyCopy(s: Settings, r: Route): string {
  if (!r.netlifyName) return '';
  const keys = [
    ...(s.seal ? SEALED_KEYS : payloadKeys(s.fields, moreKeys(s))),
    ...r.hidden.map((h) => h.name).filter((n) => n !== 'form-name'),
  ];
  const inputs = keys.map((k) => `\n  <input name="${attr(k)}">`).join('');
  return `\n<form name="${attr(r.netlifyName)}" data-netlify="true" hidden>${inputs}\n</form>`;
}

/**
 * Placeholders for a WordPress Author, whose editor keeps `<div data-*>` and plain text only:
 * each `data-*` becomes the element's attribute once the module (added by an administrator)
 * runs; until then the text is what a visitor reads. Hidden inputs do not survive there.
 */
export function placeholders(s: Settings, r: Route, fallback: string): string {
  const form = (extra: Attrs) => {
    const list = formAttrs(s, r, extra).map(([name, v]) => [`data-${name}`, v] as Attrs[number]);
    const emptyFields = s.fields.length === 0 ? ' data-fields=""' : '';
    return `<div data-relational="consult-request"${attrs(list)}${emptyFields}>${text(fallback)}</div>`;
  };
  if (s.look === 'card') {
    const card = attrs([
      ['data-relational', 'relational-intro'],
      ['data-variant', 'card'],
      ['data-therapist-name', s.name.trim()],
      ['data-credentials', s.credentials.trim()],
      ['data-practice-name', s.practice.trim()],
      ['data-location', s.location.trim()],
      ['data-photo', s.photo.trim()],
      ...cardFacts(s).map(([name, v]) => [`data-${name}`, v] as Attrs[number]),
      ['data-consult-minutes', minutes(s)],
      ['data-lang', lang(s)],
    ]);
    return `<div${card}>\n  ${form([
      ['slot', 'cta'],
      ['mode', 'dialog'],
    ])}\n</div>`;
  }
  if (s.look === 'button') return form([['mode', 'dialog']]);
  const intro = attrs([
    ['data-relational', 'relational-intro'],
    ['data-consult-for', 'consult'],
    ['data-consult-minutes', minutes(s)],
    ['data-lang', lang(s)],
  ]);
  return `<div${intro}></div>\n${form([['id', 'consult']])}`;
}

/** What an Author's administrator adds once, site-wide: the script, and the accent (an Author's block cannot carry styles). */
function adminOnce(s: Settings, release: Release): string {
  const style = s.accent
    ? `\n<style>relational-intro, consult-request { --relational-accent: ${s.accent}; }</style>`
    : '';
  return scriptTag(s, release) + style;
}

export interface Texts {
  /** The plain text a WordPress Author's placeholder shows until the module runs. */
  fallback: string;
  /** Comments inside the code, in the page's language. */
  head: string;
  body: string;
  once: string;
  /** Above a directory's card template: fill the placeholders from the directory's data. */
  card: string;
}

/**
 * Every snippet, for every target, from the same settings. `prerendered` is `widgets()`'s markup
 * as the module's `prerender()` wrote it (declarative shadow roots with their styles), for the
 * targets that keep `<template>` and `<style>`: the widget then paints before, or without, the
 * module. A WordPress Author's editor strips both, so that target gets placeholders; a directory
 * gets the card template (HTML-first cards styled by one linked stylesheet, never styles per card).
 */
export function snippets(
  s: Settings,
  release: Release,
  t: Texts,
  prerendered?: string,
): Record<Target, Part[]> {
  const r = route(s);
  const netlify = netlifyCopy(s, r);
  const script = scriptTag(s, release);
  const markup = (prerendered ?? widgets(s, r)) + netlify;
  // A directory: the stylesheet, the script and the one form once per page; the card once per therapist.
  // The one form's `therapist` is each card's, set when a card opens it.
  const sharedForm = formTag({ ...s, name: '' }, r, [
    ['id', 'consult'],
    ['class', 'rw-shared-form'],
    ['mode', 'dialog'],
  ]);
  const directory = `<!-- ${t.once} -->\n${cardSheet(s, release)}\n${script}\n${sharedForm}${netlify}\n\n<!-- ${t.card} -->\n${cardTemplate(s)}`;
  return {
    'squarespace-block': [{ place: 'block', code: `${script}\n${markup}` }],
    'squarespace-injection': [
      { place: 'injection', code: script },
      { place: 'block', code: markup },
    ],
    'wordpress-admin': [{ place: 'block', code: `${script}\n${markup}` }],
    'wordpress-author': [
      { place: 'block', code: placeholders(s, r, t.fallback) },
      { place: 'admin-once', code: adminOnce(s, release) },
    ],
    html: [
      { place: 'head', code: `<!-- ${t.head} -->\n${script}` },
      { place: 'body', code: `<!-- ${t.body} -->\n${markup}` },
    ],
    'directory-card': [{ place: 'card', code: directory }],
  };
}
