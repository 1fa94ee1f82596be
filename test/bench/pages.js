// Writes the bench's pages into test/bench/pages/ (git-ignored: this generator is the source)
// on every run, after the two servers have started (the pages name the module's origin).
//
// The host page is a therapist's own page: a header, a heading, a paragraph of their own,
// then the widgets, then more of their page BELOW the widgets (marked data-bench-mark="below":
// anything that shifts moves it), then a footer. The widgets are the README's first snippet,
// read from README.md at bench time (its <script> tags go in the <head>, the rest where the
// widgets go), with the module's URL pointed at the module host and the endpoint at /noop.
//
//   host-plain          the same host page WITHOUT the widgets (no snippet at all)
//   onetag-<when>       the README's snippet; the module now / 1.5 s late / from a hanging host
//   pre-none            the prerendered widgets (prerender(element) output) and NO module
//   pre-<when>          the prerendered widgets plus the README's <script> tag
//   therapist-floor     the host page with a hand-written article and plain <form> in place
//                       of the widgets: what a good static page showing the same would be
//   therapist-frozen    onetag-now's widgets frozen as the module rendered them: declarative
//                       shadow roots with their styles inline, no script (prerendered.js): the
//                       physical floor of that exact page
//   directory           100 <relational-intro variant="card">, each with a dialog-mode form
//   directory-embed-<when>  the README's directory embed ("A directory of therapists"): its
//                       once-per-page part (the card stylesheet, the script, the one form), and
//                       100 HTML-first cards written by the card template (dist/relational-card.js)
//                       from the same data as the floor; module now / 1.5 s late / hanging
//   directory-floor     100 hand-written cards (the same facts, a JSON-LD block per therapist)
//                       and ONE shared <dialog> with one form, filled with the card's therapist
//                       id and opened on click (a 10-line script): what a good hand-written
//                       directory would do for the same behaviour
// The pages carry no measuring code: run.js injects bench-probe.js into every page alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { card, cardJsonLd } from '../../dist/relational-card.js';

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
export const CARDS = 100;
export const BUNDLE_PATH = '/dist/relational-widgets.js';
export const PRERENDER_PATH = '/dist/relational-prerender.js';
export const WHEN = { now: '', late: '/late/1500', hang: '/hang' };
export const LATE_MS = 1500;

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The README's first ```html block, split into its <script src> tags and the rest (the
 * widgets), with HTML comments dropped. Throws when there is no such block or no script.
 */
export function readmeSnippet() {
  const md = readFileSync(README, 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(md);
  if (!block) throw new Error("README.md has no ```html block: the bench embeds the README's first snippet");
  const html = block[1].replace(/<!--[\s\S]*?-->/g, '');
  const scripts = html.match(/<script\b[^>]*>\s*<\/script>/g) ?? [];
  if (!scripts.some((tag) => /\bsrc=/.test(tag))) {
    throw new Error("the README's first snippet has no <script src=…> tag");
  }
  const body = scripts.reduce((rest, tag) => rest.replace(tag, ''), html).trim();
  return { scripts, body, raw: block[1].trim() };
}

/** The snippet pointed at the bench's servers: the module URL and a local endpoint. */
/**
 * The README's directory embed ("### A directory of therapists", its first ```html block): the
 * part written once per page (the card stylesheet, the script tag, the one form), split into the
 * head tags and the form. Throws when the section or its parts are missing.
 */
export function readmeDirectory() {
  const md = readFileSync(README, 'utf8');
  const section = md.slice(md.indexOf('### A directory of therapists'));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  if (!md.includes('### A directory of therapists') || !block)
    throw new Error(
      'README.md has no directory embed: "### A directory of therapists" with an ```html block',
    );
  const once = block[1].split('<!-- one per therapist -->')[0];
  const link = /<link rel="stylesheet"[^>]*>/.exec(once)?.[0];
  const script = /<script\b[^>]*><\/script>/.exec(once)?.[0];
  const form = /<consult-request\b[^]*?<\/consult-request>/.exec(once)?.[0];
  if (!link || !script || !form)
    throw new Error(
      "the README's directory embed needs the card stylesheet, the script and the one form, once per page",
    );
  return { link, script, form };
}

export function snippetFor(snippet, moduleUrl) {
  const point = (tag) => tag.replace(/\bsrc="[^"]*relational-widgets[^"]*\.js"/, `src="${moduleUrl}"`);
  return {
    head: snippet.scripts.map(point).join('\n'),
    body: snippet.body.replace(/\bendpoint="[^"]*"/g, 'endpoint="/noop"'),
  };
}

// The host site: identical on every page.
const SITE_CSS = `
html { font-family: Georgia, 'Times New Roman', serif; color: #23302c; background: #fbfaf7; line-height: 1.6; }
body { margin: 0; }
.site { padding: 1rem 2rem; background: #eef2ef; }
.site p { margin: 0; font-size: 1.25rem; }
.site nav a { margin-inline-end: 1rem; color: inherit; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
main.directory { max-width: 80rem; }
.grid > li { list-style: none; }
ul.grid { padding: 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1.25rem; }
`;

// The therapist floor's one stylesheet, for the widgets' content written out as plain HTML:
// the same measure, type scale, spacing and control sizes as the elements' own styles.
const WIDGETS_AS_HTML_CSS = `
.w-relational-intro { max-inline-size: 65ch; overflow-wrap: anywhere; }
.w-relational-intro h2, .w-relational-intro h3 { margin-block: 0 0.5em; font-size: 1.1em; line-height: 1.3; font-weight: 650; }
.w-relational-intro > div > h2:first-child, .w-relational-intro h2:first-of-type { font-size: 1.6em; }
.w-relational-intro p, .w-relational-intro ul, .w-relational-intro dl { margin-block: 0 1em; }
.w-relational-intro h2 + p { font-size: 1.125em; }
.w-relational-intro section { margin-block-start: 1.75em; }
.w-relational-intro dl { display: grid; gap: 0.875em; }
.w-relational-intro dl > div { padding-inline-start: 1em; border-inline-start: 3px solid #2d6a5a; }
.w-relational-intro dt { font-weight: 650; }
.w-relational-intro dd { margin: 0.125em 0 0; }
.w-relational-intro ul { padding-inline-start: 1.25em; }
.w-relational-intro li + li { margin-block-start: 0.25em; }
.w-relational-intro button, .w-consult-request form button {
  min-block-size: 44px; padding: 0.5em 1.25em; border: 2px solid #2d6a5a; border-radius: 0.5rem;
  background: #2d6a5a; color: #fff; font: inherit; font-weight: 600; line-height: 1.25; cursor: pointer;
}
.w-consult-request { display: block; max-inline-size: 40rem; }
.w-consult-request [role=note] { margin-block-end: 1.25rem; padding: 0.75rem 1rem; border-inline-start: 4px solid #2d6a5a; background: #e9eeeb; }
.w-consult-request form > div, .w-consult-request fieldset { margin-block-end: 1rem; }
.w-consult-request label, .w-consult-request legend { display: block; font-weight: 650; margin-block-end: 0.375rem; }
.w-consult-request fieldset { border: 0; margin-inline: 0; padding: 0; }
.w-consult-request fieldset label, .w-consult-request input[type=checkbox] + label { display: inline; font-weight: normal; }
.w-consult-request input:not([type=radio]):not([type=checkbox]), .w-consult-request textarea {
  box-sizing: border-box; inline-size: 100%; min-block-size: 44px; padding: 0.5rem 0.75rem; font: inherit;
  border: 1px solid #8a9691; border-radius: 0.5rem; background: transparent; color: inherit;
}
.w-consult-request fieldset > div, .w-consult-request fieldset > label { display: flex; align-items: center; gap: 10px; min-block-size: 44px; }
.w-consult-request input[type=radio], .w-consult-request input[type=checkbox] { inline-size: 24px; block-size: 24px; margin: 0 10px 0 0; }
.w-consult-request p { margin: 0 0 0.375rem; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

// The directory floor's own look, standing in for the elements' styles (same accent, radius, spacing).
const FLOOR_CSS = `
.intro h2, .consult h2 { line-height: 1.25; }
.intro h3 { margin-block: 1.5rem 0.5rem; }
.intro .cta a, .card .cta, .consult-form button[type=submit] {
  display: inline-block; padding: 0.6rem 1.1rem; border: 0; border-radius: 0.5rem;
  background: #2d6a5a; color: #fff; font: inherit; text-decoration: none; cursor: pointer;
}
.consult-form { display: grid; gap: 1rem; max-width: 34rem; }
.consult-form .field { display: grid; gap: 0.25rem; }
.consult-form .check { grid-template-columns: auto 1fr; align-items: start; }
.consult-form input, .consult-form select, .consult-form textarea {
  font: inherit; padding: 0.5rem 0.6rem; border: 1px solid color-mix(in srgb, currentColor 28%, transparent);
  border-radius: 0.5rem; background: transparent; color: inherit;
}
.consult-form .hint, .consult-form .next { font-size: 0.9em; color: color-mix(in srgb, currentColor 72%, transparent); margin: 0; }
.consult-form .notice { margin: 0; padding: 0.6rem 0.8rem; border-inline-start: 4px solid #2d6a5a; background: #eef2ef; }
.consult-form .hp { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
.consult-form .status:empty { display: none; }
.card { display: grid; gap: 0.5rem; align-content: start; padding: 1.25rem; border: 1px solid #d6dcd9; border-radius: 0.5rem; background: #fff; }
.card .who { display: grid; grid-template-columns: 4.5rem 1fr; gap: 1rem; align-items: center; }
.card .initials { display: grid; place-items: center; inline-size: 4.5rem; block-size: 4.5rem; border-radius: 50%; background: #dde6e2; color: #2d6a5a; font-size: 1.5rem; font-weight: bold; }
.card h2 { margin: 0; font-size: 1.25rem; line-height: 1.3; }
.card .cred { font-weight: normal; }
.card p { margin: 0; }
.card .where { color: color-mix(in srgb, currentColor 72%, transparent); }
.card .badge { justify-self: start; padding: 0.125em 0.625em; border: 1px solid; border-radius: 1em; font-size: 0.875em; font-weight: 600; }
.card dl { display: grid; gap: 0.25rem; margin: 0; font-size: 0.9375em; }
.card dl div { display: flex; flex-wrap: wrap; column-gap: 0.5em; }
.card dt { font-weight: bold; }
.card dd { margin: 0; }
.consult-dialog { max-inline-size: min(36rem, calc(100vw - 2rem)); border: 0; border-radius: 0.5rem; padding: 1.5rem; }
.consult-dialog::backdrop { background: rgb(0 0 0 / 0.4); }
.consult-dialog header { display: flex; justify-content: space-between; align-items: start; gap: 1rem; }
.consult-dialog header h2 { font-size: 1.3rem; }
.consult-dialog .close { font: inherit; font-size: 1.5rem; line-height: 1; background: none; border: 0; cursor: pointer; }
`;

/** The plain form with the fields <consult-request> shows by default. */
function floorForm(p, autofocus) {
  return `<form class="consult-form" action="/noop" method="post" novalidate>
      <input type="hidden" name="therapist" value="${p === 'f-' ? 'ana-ruiz' : ''}">
      <p class="notice">This form is not for emergencies. If you are in crisis, call or text 988 (US) or your local emergency number.</p>
      <div class="field"><label for="${p}name">Name</label><input id="${p}name" name="name" autocomplete="name" required${autofocus ? ' autofocus' : ''}></div>
      <div class="field"><label for="${p}email">Email</label><input id="${p}email" name="email" type="email" autocomplete="email"></div>
      <div class="field"><label for="${p}phone">Phone (optional)</label><input id="${p}phone" name="phone" type="tel" autocomplete="tel"></div>
      <div class="field"><label for="${p}method">How should we reach you?</label><select id="${p}method" name="contactMethod"><option value="email">Email</option><option value="phone">Phone call</option><option value="text">Text message</option></select></div>
      <div class="field"><label for="${p}message">Anything you would like to share (optional)</label><textarea id="${p}message" name="message" rows="4" aria-describedby="${p}message-hint"></textarea><p class="hint" id="${p}message-hint">Please do not include clinical details here.</p></div>
      <div class="field check"><input id="${p}consent" name="consent" type="checkbox" required><label for="${p}consent">I agree to be contacted about a consultation.</label></div>
      <div class="hp" aria-hidden="true"><label for="${p}website">Website</label><input id="${p}website" name="website" tabindex="-1" autocomplete="off"></div>
      <button type="submit">Send request</button>
      <p class="status" role="status"></p>
      <p class="next">You will get a reply within two working days to arrange a time.</p>
    </form>`;
}

const FIRST = ['Ana', 'Ben', 'Chloe', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Imani', 'Jonas'];
const LAST = [
  'Ruiz',
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Haddad',
  'Brennan',
  'Kowalski',
  'Mensah',
  'Duarte',
  'Walsh',
];
const CREDS = ['PsyD', 'PhD', 'LCSW', 'LMFT', 'LPC'];
const CITIES = [
  'Portland, OR',
  'Seattle, WA',
  'Austin, TX',
  'Chicago, IL',
  'Denver, CO',
  'Boston, MA',
  'Oakland, CA',
];

/** The same 100 therapists on both directory pages. */
export function therapists(n = CARDS) {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[i % 10];
    const last = LAST[Math.floor(i / 10) % 10];
    return {
      name: `${first} ${last}`,
      id: `${first}-${last}-${i}`.toLowerCase(),
      credentials: CREDS[i % CREDS.length],
      practice: `${last} Relational Therapy`,
      location: CITIES[i % CITIES.length],
      // The facts a client decides on: every card takes requests (the click experiment uses any card).
      accepting: i % 3 === 2 ? 'waitlist' : 'yes',
      fees: `$${140 + (i % 4) * 10} per 50-minute session`,
      languages: i % 2 ? 'English, Spanish' : 'English',
    };
  });
}

function page({ title, header, head = '', css = '', bodyClass = 'main', before = '', widgets, script = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${SITE_CSS}${css}</style>${head ? `\n${head}` : ''}
</head>
<body>
<header class="site"><p>${esc(header)}</p><nav><a href="#">About</a><a href="#">Fees</a><a href="#">Contact</a></nav></header>
<main${bodyClass === 'directory' ? ' class="directory"' : ''}>
${before}
${widgets}
${bodyClass === 'directory' ? DIRECTORY_BELOW : BELOW}
</main>
<footer class="site" data-bench-mark="footer"><p>Ana Ruiz, PsyD · 12 Alder Street, Portland, OR</p></footer>${script}
</body>
</html>
`;
}

// The therapist's own words, above the widgets (short: the widgets start in the first screen).
const OWN_TEXT = `<h1>Relational psychodynamic therapy in Portland</h1>
<p>I am a licensed psychologist working with adults and couples, in person and online.</p>`;

// The rest of the therapist's page, BELOW the widgets: if the widgets change size, this moves.
const BELOW = `<section data-bench-mark="below">
<h2>Fees and insurance</h2>
<p>Sessions are 50 minutes. I am in network with several insurers and offer a sliding scale; ask in your request.</p>
<h2>Where to find me</h2>
<p>12 Alder Street, second floor, a short walk from the Yamhill streetcar stop. Online sessions for clients anywhere in Oregon.</p>
</section>`;

// The rest of a directory page, BELOW the cards: if a card changes size, this moves.
const DIRECTORY_BELOW = `<section data-bench-mark="below">
<h2>About this directory</h2>
<p>Every therapist listed offers a free first consultation. Listings are updated weekly.</p>
</section>`;

const THERAPIST = { title: 'Ana Ruiz, PsyD: relational therapy', header: 'Ana Ruiz, PsyD', before: OWN_TEXT };

/** The therapist's page with the snippet (or prerendered widgets) in it. */
function therapistPage(head, widgets) {
  return page({ ...THERAPIST, head, widgets });
}

/**
 * Every page, as { name: html }. `moduleOrigin` is the module host; `prerendered` the widget
 * part of the snippet as prerender(element) made it (null: the module exports no prerender);
 * `floor` what the widgets show, as plain HTML; `frozen` the widgets as rendered, declarative
 * shadow roots and no script (both from prerendered.js).
 */
export function buildPages({ moduleOrigin, prerendered, floor, frozen = null }) {
  const snippet = readmeSnippet();
  const at = (when) => snippetFor(snippet, `${moduleOrigin}${WHEN[when]}${BUNDLE_PATH}`);
  const pages = {};

  pages['host-plain'] = therapistPage('', '');
  for (const when of Object.keys(WHEN)) {
    const s = at(when);
    pages[`onetag-${when}`] = therapistPage(s.head, s.body);
    if (prerendered !== null) pages[`pre-${when}`] = therapistPage(s.head, prerendered);
  }
  if (prerendered !== null) pages['pre-none'] = therapistPage('', prerendered);

  pages['therapist-floor'] = page({ ...THERAPIST, css: WIDGETS_AS_HTML_CSS, widgets: floor });
  if (frozen !== null) pages['therapist-frozen'] = therapistPage('', frozen);

  const people = therapists();
  const cards = people
    .map(
      (
        t,
      ) => `<relational-intro data-bench-card data-bench-therapist="${t.id}" variant="card" therapist-name="${esc(t.name)}" credentials="${t.credentials}" practice-name="${esc(t.practice)}" location="${esc(t.location)}" accepting="${t.accepting}" fees="${esc(t.fees)}" languages="${esc(t.languages)}">
  <consult-request slot="cta" mode="dialog" therapist="${t.id}" endpoint="/noop"></consult-request>
</relational-intro>`,
    )
    .join('\n');
  const DIRECTORY = {
    title: 'Find a relational therapist',
    header: 'Relational therapists directory',
    bodyClass: 'directory',
    before: '<h1>Find a relational therapist</h1>',
  };
  pages.directory = page({
    ...DIRECTORY,
    head: at('now').head,
    widgets: `<div class="grid">\n${cards}\n</div>`,
  });

  // The README's directory embed: its once-per-page part, and the card template filled from the data.
  const embed = readmeDirectory();
  const data = (t) => ({
    therapist: t.id,
    name: t.name,
    credentials: t.credentials,
    practiceName: t.practice,
    location: t.location,
    accepting: t.accepting,
    fees: t.fees,
    languages: t.languages,
    ctaHref: `/therapists/${t.id}/`,
    consultFor: 'consult',
  });
  const embedCards = people
    .map(
      (t) =>
        `<li>${card(data(t)).replace('<relational-intro ', `<relational-intro data-bench-card data-bench-therapist="${t.id}" `)}</li>`,
    )
    .join('\n');
  for (const when of Object.keys(WHEN)) {
    const module = embed.script.replace(
      /\bsrc="[^"]*relational-widgets[^"]*\.js"/,
      `src="${moduleOrigin}${WHEN[when]}${BUNDLE_PATH}"`,
    );
    pages[`directory-embed-${when}`] = page({
      ...DIRECTORY,
      head: `${embed.link.replace(/\bhref="[^"]*"/, 'href="/dist/relational-card.css"')}\n${module}`,
      widgets: `<ul class="grid">\n${embedCards}\n</ul>\n${embed.form.replace(/\bendpoint="[^"]*"/, 'endpoint="/noop"')}`,
    });
  }

  const floorCards = people
    .map(
      (t) => `<article class="card" data-bench-card data-bench-therapist="${t.id}">
  <div class="who"><span class="initials" aria-hidden="true">${t.name
    .split(' ')
    .map((w) => w[0])
    .join('')}</span>
    <div><h2>${esc(t.name)}, <span class="cred">${t.credentials}</span></h2>
    <p class="where">${esc(t.practice)} · ${esc(t.location)}</p></div></div>
  <p class="badge">${t.accepting === 'waitlist' ? 'Waitlist open' : 'Accepting new clients'}</p>
  <p>Relational psychodynamic therapy: changing long-standing patterns through a real, attuned relationship.</p>
  <dl><div><dt>Fees</dt><dd>${esc(t.fees)}</dd></div><div><dt>Languages</dt><dd>${esc(t.languages)}</dd></div></dl>
  <p><button class="cta" type="button" data-therapist="${t.id}">${t.accepting === 'waitlist' ? 'Join the waitlist' : 'Request a free 20-minute consultation'}</button></p>
  ${cardJsonLd({ therapist: t.id, name: t.name, practiceName: t.practice, location: t.location, accepting: t.accepting, languages: t.languages, approach: 'Relational psychodynamic therapy: changing long-standing patterns through a real, attuned relationship.' })}
</article>`,
    )
    .join('\n');
  pages['directory-floor'] = page({
    ...DIRECTORY,
    css: FLOOR_CSS,
    widgets: `<div class="grid">\n${floorCards}\n</div>
<dialog id="consult-dialog" class="consult-dialog" aria-labelledby="consult-title">
  <header><h2 id="consult-title">Request a free 20-minute consultation</h2><button class="close" type="button" command="close" commandfor="consult-dialog">Close</button></header>
  ${floorForm('d-', true)}
</dialog>`,
    // One dialog for the whole directory, filled with the card's id on click.
    script: `
<script>
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-therapist]');
    if (!button) return;
    const dialog = document.getElementById('consult-dialog');
    dialog.querySelector('[name=therapist]').value = button.dataset.therapist;
    dialog.showModal();
  });
</script>`,
  });

  // Opened first in every fresh tab, so the renderer process for the host origin already
  // exists when the measured navigation starts (process start-up is not part of any figure).
  pages.blank = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>\n`;
  return pages;
}

export function writePages(options) {
  const pages = buildPages(options);
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(`${PAGES_DIR}${name}.html`, html);
  return Object.keys(pages);
}
