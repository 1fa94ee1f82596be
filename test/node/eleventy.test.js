// A real static-site generator builds a directory of 100 cards from a JSON data file with the card
// template (dist/relational-card.js), as a directory site would: Eleventy 3 from npm, through its
// programmatic API, into a temporary folder. The built HTML is what a crawler that runs no script
// reads: every therapist's name in its text, one JSON-LD block per card, the module's script once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { parse } from 'parse5';

const CARD_MODULE = fileURLToPath(new URL('../../dist/relational-card.js', import.meta.url));
const FIRST = ['Ana', 'Kofi', 'Élise', 'Rafael', 'Mei', 'Sam', 'Noor', 'Tomás', 'Ines', 'Lev'];
const LAST = [
  'Ruiz',
  'Mensah',
  'Tremblay',
  'Duarte',
  'Chen',
  'Okafor',
  'Haddad',
  'Lindqvist',
  "O'Brien",
  'Kowalski',
];

/** The directory's own data, as its database would export it (one name holds an apostrophe and one markup). */
const therapists = Array.from({ length: 100 }, (_, i) => ({
  id: `therapist-${i + 1}`,
  name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}${i === 41 ? ' <b>Jr</b>' : ''}`,
  credentials: ['PsyD', 'LCSW', 'LMFT', 'PhD'][i % 4],
  city: ['Portland, OR', 'Seattle, WA', 'Online'][i % 3],
  accepting: ['yes', 'waitlist', 'no'][i % 3],
  fee: `$${120 + (i % 5) * 10} per session`,
  languages: i % 2 ? 'English, Spanish' : 'English',
}));

test('Eleventy builds a 100-card directory from a JSON data file with the card template', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-eleventy-'));
  try {
    const input = join(dir, 'src');
    const output = join(dir, '_site');
    mkdirSync(join(input, '_data'), { recursive: true });
    writeFileSync(join(input, '_data', 'therapists.json'), JSON.stringify(therapists));
    // A JavaScript template (Eleventy's *.11ty.js): the page once, a card per row of the data.
    writeFileSync(
      join(input, 'index.11ty.js'),
      `import { card } from ${JSON.stringify(CARD_MODULE)};
export default function ({ therapists }) {
  return \`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find a therapist</title>
  <link rel="stylesheet" href="/relational-card.css">
  <script type="module" src="https://cdn.jsdelivr.net/npm/relational-widgets@0/dist/relational-widgets.js" async></script>
</head>
<body>
  <h1>Find a therapist</h1>
  <ul class="cards">
\${therapists.map((t) => \`    <li>\${card({ therapist: t.id, name: t.name, credentials: t.credentials, location: t.city,
    accepting: t.accepting, fees: t.fee, languages: t.languages, ctaHref: '/therapists/' + t.id + '/', consultFor: 'consult' })}</li>\`).join('\\n')}
  </ul>
  <consult-request id="consult" class="rw-shared-form" mode="dialog" endpoint="/api/consult"></consult-request>
</body>
</html>\`;
}
`,
    );
    const eleventy = new Eleventy(input, output, { quietMode: true });
    await eleventy.write();
    const html = readFileSync(join(output, 'index.html'), 'utf8');

    // What a crawler that runs no script reads: the text of the parsed page.
    const doc = parse(html);
    const all = [];
    const walk = (node) => {
      all.push(node);
      for (const child of node.childNodes ?? []) walk(child);
    };
    walk(doc);
    const textOf = (node) =>
      node.nodeName === '#text'
        ? node.value
        : node.nodeName === 'script'
          ? ''
          : (node.childNodes ?? []).map(textOf).join(' ');
    const text = textOf(doc).replace(/\s+/g, ' ');
    const missing = therapists.filter((t) => !text.includes(t.name));
    assert.deepEqual(
      missing.map((t) => t.name),
      [],
      "every name is in the built HTML's text, markup in a name kept as text",
    );
    assert.equal(all.filter((n) => n.nodeName === 'b').length, 0, "a name's markup made no element");

    const blocks = all.filter(
      (n) =>
        n.nodeName === 'script' &&
        n.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'),
    );
    assert.equal(blocks.length, 100, 'one JSON-LD block per card');
    const data = blocks.map((b) => JSON.parse(b.childNodes[0].value));
    assert.deepEqual(
      data.map((d) => d.name),
      therapists.map((t) => t.name),
      "each block names its card's therapist",
    );
    assert.deepEqual(
      data.map((d) => d.isAcceptingNewPatients),
      therapists.map((t) => t.accepting === 'yes'),
    );

    const modules = all.filter((n) => n.nodeName === 'script' && n.attrs.some((a) => a.name === 'src'));
    assert.equal(modules.length, 1, "the module's script tag once");
    assert.equal((html.match(/rel="stylesheet"/g) ?? []).length, 1, 'the card stylesheet linked once');
    assert.equal((html.match(/<relational-intro /g) ?? []).length, 100);
    const links = all.filter(
      (n) => n.nodeName === 'a' && n.attrs.some((a) => a.name === 'class' && a.value === 'rw-cta'),
    );
    assert.equal(
      links.length,
      67,
      'a call to action link on every card that takes requests (yes and waitlist)',
    );
    // Each card's link leads to its own therapist (the 57th card to the 57th therapist's page).
    const cards = [...html.matchAll(/<relational-intro [^>]*therapist="([^"]+)"[^]*?<\/relational-intro>/g)];
    assert.equal(cards[56][1], 'therapist-57');
    for (const [markup, id] of cards)
      if (!/accepting="no"/.test(markup))
        assert.match(markup, new RegExp(`class="rw-cta" href="/therapists/${id}/"`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
