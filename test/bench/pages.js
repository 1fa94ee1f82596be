// Writes the four bench pages (and a blank page) into test/bench/pages/. run.js calls
// writePages() on every run (the folder is git-ignored: this generator is the source); the
// output is deterministic (the same 100 therapists every time).
//
//   therapist.html         <relational-intro> + an inline <consult-request endpoint="/noop">
//   therapist-floor.html   the same page as plain static HTML and CSS: article + a plain <form>
//   directory.html         100 <relational-intro variant="card">, each with a dialog-mode form
//   directory-floor.html   100 static cards, each a <button> and a hidden <dialog> with the form
//
// Every page loads test/bench/bench-probe.js first, as its only measurement code. The floor
// dialogs open with invoker commands (<button command="show-modal" commandfor=…>) and the
// first field has `autofocus`: the browser's own showModal() + focus, no script at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));
export const PAGE_NAMES = ['therapist', 'therapist-floor', 'directory', 'directory-floor'];
export const CARDS = 100;
const BUNDLE = '/dist/relational-widgets.js';
const PROBE = '/test/bench/bench-probe.js';
const TAGS = 'relational-intro consult-request';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The host site: identical on all four pages.
const SITE_CSS = `
html { font-family: Georgia, 'Times New Roman', serif; color: #23302c; background: #fbfaf7; line-height: 1.6; }
body { margin: 0; }
.site { padding: 1rem 2rem; background: #eef2ef; }
.site p { margin: 0; font-size: 1.25rem; }
.site nav a { margin-inline-end: 1rem; color: inherit; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
main.directory { max-width: 80rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1.25rem; }
`;

// The floor's own look, standing in for the elements' styles (same accent, radius, spacing).
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
.card dialog { max-inline-size: min(36rem, calc(100vw - 2rem)); border: 0; border-radius: 0.5rem; padding: 1.5rem; }
.card dialog::backdrop { background: rgb(0 0 0 / 0.4); }
.card dialog header { display: flex; justify-content: space-between; align-items: start; gap: 1rem; }
.card dialog header h2 { font-size: 1.3rem; }
.card .close { font: inherit; font-size: 1.5rem; line-height: 1; background: none; border: 0; cursor: pointer; }
`;

// The floor's article: a summary of seed/relational-therapy-article.txt in the same six parts
// the element renders (run.js prints the visible text length of both, so the reader can see
// that they are comparable).
const ARTICLE = `
<article class="intro">
  <h2>Healing through relationship</h2>
  <p>Do the same feelings keep returning in your relationships, with a partner, a friend, even a colleague? Perhaps you pull away when you long to be close, or chase people who stay out of reach. Such patterns are rarely random: they are shaped by our earliest emotional experiences and keep showing up in the present. Relational therapy helps by looking at what happens between people, not only inside you.</p>
  <h3>From the couch to the connection</h3>
  <p>Classical psychoanalysis focused on the inner world: unconscious drives, childhood experiences and inner conflict, interpreted from a distance by a neutral therapist. Relational theory, a contemporary strand of psychodynamic therapy, starts elsewhere: we grow in relationship, not in isolation.</p>
  <p>The relational therapist shows up as a real person, attuned and responsive, curious about what happens between you. That relationship becomes a place where old patterns come into view and new ways of relating take root.</p>
  <h3>What makes it different</h3>
  <p>Healing happens in connection. Relational work pays special attention to:</p>
  <ul>
    <li><strong>Mutuality.</strong> Your therapist is not a blank screen: the relationship you build together is part of the healing.</li>
    <li><strong>Here-and-now dynamics.</strong> Old patterns come alive in the room. Fearing rejection, you may expect judgement; used to caretaking, you may play down your needs. Such moments are explored with curiosity and care, not blame.</li>
    <li><strong>The therapist’s subjectivity.</strong> Your therapist reflects on their own emotional responses, aiming for honesty and ethical care rather than perfect neutrality.</li>
  </ul>
  <h3>How it helps</h3>
  <p>You do not only understand something new, you experience it. In the relationship you can feel:</p>
  <ul>
    <li>what it is like to be met rather than judged;</li>
    <li>how it feels to be answered with empathy rather than silence;</li>
    <li>that your feelings are valid and welcome, not too much or not enough.</li>
  </ul>
  <p>Over time this changes how you relate, in therapy and in your life: it becomes easier to ask for what you need, to tolerate closeness without fear, and to treat yourself with more compassion.</p>
  <h3>Why it matters</h3>
  <p>Many people arrive believing their struggles are personal flaws. Relational theory sees anxiety, low mood, relationship difficulties or low self-worth as growing from early experiences where emotional needs were not fully met. It does not pathologize and offers no quick fixes: it offers a deeper change, rooted in emotional safety, curiosity and connection.</p>
  <p class="cta"><a href="#consult">Request a free 20-minute consultation</a></p>
  <p>You do not have to figure it out alone.</p>
</article>`;

/** The plain form with the fields <consult-request> shows by default. */
function floorForm(p, autofocus) {
  return `<form class="consult-form" action="/noop" method="post" novalidate>
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
const LAST = ['Ruiz', 'Okafor', 'Lindqvist', 'Nakamura', 'Haddad', 'Brennan', 'Kowalski', 'Mensah', 'Duarte', 'Walsh'];
const CREDS = ['PsyD', 'PhD', 'LCSW', 'LMFT', 'LPC'];
const CITIES = ['Portland, OR', 'Seattle, WA', 'Austin, TX', 'Chicago, IL', 'Denver, CO', 'Boston, MA', 'Oakland, CA'];

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
    };
  });
}

function page({ title, wait, expect, floor, header, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<script src="${PROBE}" data-wait="${wait}" data-expect='${JSON.stringify(expect)}'></script>
<style>${SITE_CSS}${floor ? FLOOR_CSS : ''}</style>${floor ? '' : `\n${EMBED}`}
</head>
<body>
<header class="site"><p>${esc(header)}</p><nav><a href="#">About</a><a href="#">Fees</a><a href="#">Contact</a></nav></header>
${body}
<footer class="site"><p>Content below the widgets: it moves if anything above it shifts.</p></footer>
</body>
</html>
`;
}

// The README's snippet: in the head, render-blocking where the browser supports it
// (Chromium), so the first frame already has the elements and nothing shifts.
const EMBED = `<script type="module" src="${BUNDLE}" blocking="render"></script>`;

export function buildPages() {
  const people = therapists();
  const pages = {};

  pages.therapist = page({
    title: 'Ana Ruiz, PsyD: relational therapy',
    header: 'Ana Ruiz, PsyD',
    wait: TAGS,
    expect: { 'relational-intro': 1, 'consult-request': 1 },
    body: `<main>
<h1>Relational psychodynamic therapy</h1>
<relational-intro consult-for="consult"></relational-intro>
<h2>Request a consultation</h2>
<consult-request id="consult" endpoint="/noop" therapist="ana-ruiz"></consult-request>
</main>`,
  });

  pages['therapist-floor'] = page({
    title: 'Ana Ruiz, PsyD: relational therapy',
    header: 'Ana Ruiz, PsyD',
    wait: '',
    floor: true,
    expect: { 'article.intro': 1, form: 1, 'form input:not([type=checkbox])': 4, 'form textarea': 1, 'form select': 1 },
    body: `<main>
<h1>Relational psychodynamic therapy</h1>
${ARTICLE}
<h2>Request a consultation</h2>
<section id="consult" class="consult">
    ${floorForm('f-', false)}
</section>
</main>`,
  });

  const cards = people
    .map(
      (t) => `<relational-intro data-bench-card variant="card" therapist-name="${esc(t.name)}" credentials="${t.credentials}" practice-name="${esc(t.practice)}" location="${esc(t.location)}">
  <consult-request slot="cta" mode="dialog" therapist="${t.id}" endpoint="/noop"></consult-request>
</relational-intro>`,
    )
    .join('\n');
  pages.directory = page({
    title: 'Find a relational therapist',
    header: 'Relational therapists directory',
    wait: TAGS,
    expect: {
      'relational-intro[variant=card]': CARDS,
      'relational-intro > consult-request[slot=cta][mode=dialog]': CARDS,
    },
    body: `<main class="directory">
<h1>Find a relational therapist</h1>
<div class="grid">
${cards}
</div>
</main>`,
  });

  const floorCards = people
    .map((t, i) => {
      const d = `d${i}`;
      return `<article class="card" data-bench-card>
  <div class="who"><span class="initials" aria-hidden="true">${t.name.split(' ').map((w) => w[0]).join('')}</span>
    <div><h2>${esc(t.name)}, <span class="cred">${t.credentials}</span></h2>
    <p class="where">${esc(t.practice)} · ${esc(t.location)}</p></div></div>
  <p>Relational psychodynamic therapy: changing long-standing patterns through a real, attuned relationship.</p>
  <p><button class="cta" type="button" command="show-modal" commandfor="${d}">Request a free 20-minute consultation</button></p>
  <dialog id="${d}" aria-labelledby="${d}-title">
    <header><h2 id="${d}-title">Free 20-minute consultation with ${esc(t.name)}</h2><button class="close" type="button" command="close" commandfor="${d}" aria-label="Close">×</button></header>
    ${floorForm(`${d}-`, true)}
  </dialog>
</article>`;
    })
    .join('\n');
  pages['directory-floor'] = page({
    title: 'Find a relational therapist',
    header: 'Relational therapists directory',
    wait: '',
    floor: true,
    expect: {
      '.card[data-bench-card]': CARDS,
      '.card button.cta[command=show-modal]': CARDS,
      '.card dialog:not([open]) form': CARDS,
    },
    body: `<main class="directory">
<h1>Find a relational therapist</h1>
<div class="grid">
${floorCards}
</div>
</main>`,
  });

  // Opened first in every fresh tab, so the renderer process for 127.0.0.1 already exists
  // when the measured navigation starts (process start-up is not part of any figure).
  pages.blank = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>\n`;
  return pages;
}

export function writePages() {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const [name, html] of Object.entries(buildPages())) writeFileSync(`${PAGES_DIR}${name}.html`, html);
}
