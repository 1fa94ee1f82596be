// Writes the demo directories' cards from data with the card template, as a directory's own
// build would: `npm run build && node demo/card-pages.js`. demo/directory.html gets the 14
// therapists of demo/therapists.json; demo/directory-100.html gets 100 (those 14, then made-up
// names). In each page only what lies between `<!-- cards -->` and `<!-- /cards -->` is replaced:
// one `<li>` per card, every card HTML-first (plain HTML styled by the one linked stylesheet,
// /dist/relational-card.css, in the page's head), opening the page's one form (#consult).
import { readFile, writeFile } from 'node:fs/promises';
import { card } from '../dist/relational-card.js';

const root = new URL('..', import.meta.url);
const people = JSON.parse(await readFile(new URL('demo/therapists.json', root), 'utf8'));
const BLOCK = /(<!-- cards -->)[^]*?(\s*<!-- \/cards -->)/;

const FIRST = ['Ana', 'Ben', 'Chloe', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Imani', 'Jonas'];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Haddad',
  'Brennan',
  'Kowalski',
  'Mensah',
  'Duarte',
  'Walsh',
  'Ruiz',
];
const hundred = Array.from({ length: 100 }, (_, i) => {
  if (i < people.length) return people[i];
  const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`;
  const { accepting, fees, slidingScale, languages, formats } = people[i % people.length];
  return {
    therapist: `${name.toLowerCase().replace(' ', '-')}-${String(i + 1).padStart(3, '0')}`,
    name,
    credentials: 'PsyD',
    location: 'Portland, OR',
    accepting,
    fees,
    slidingScale,
    languages,
    formats,
  };
});

for (const [file, list] of [
  ['demo/directory.html', people],
  ['demo/directory-100.html', hundred],
]) {
  const url = new URL(file, root);
  const html = await readFile(url, 'utf8');
  if (!BLOCK.test(html)) throw new Error(`${file} has no <!-- cards --> block`);
  const cards = list
    .map(
      (t) =>
        `\n        <li>${card({ ...t, ctaHref: `/demo/therapists/${t.therapist}.html`, consultFor: 'consult' })}</li>`,
    )
    .join('');
  await writeFile(
    url,
    html.replace(BLOCK, (_, open, close) => `${open}${cards}${close}`),
  );
  console.log(`${file}: ${list.length} cards`);
}
