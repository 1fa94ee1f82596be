// The card template (src/card/card.ts) on its own, in Node, as a directory's server or build runs
// it: the markup from an object, every value escaped (checked by parsing the output with a real
// HTML parser, as a browser would), one JSON-LD block matching the visible facts, es and fr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment as parse } from 'parse5';
import { card, cardJsonLd, cardStyles, type CardData } from '../../src/card/card.js';

/** What these tests read of parse5's tree (the HTML standard's parser, as a browser parses). */
interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}
interface Element extends Node {
  tagName: string;
  attrs: { name: string; value: string }[];
}
const parseFragment = (html: string) => parse(html) as unknown as Node;

const ANA: CardData = {
  therapist: 'ana-ruiz',
  name: 'Ana Ruiz',
  credentials: 'PsyD',
  practiceName: 'Riverbend Therapy',
  location: 'Portland, OR',
  photo: '/photos/ana.jpg',
  accepting: 'waitlist',
  fees: '$160 per 50-minute session',
  slidingScale: true,
  insurance: 'Aetna, Cigna',
  languages: 'English, Spanish',
  formats: 'online in-person',
  specialties: 'Anxiety, Couples',
  ctaHref: '/therapists/ana-ruiz',
  consultFor: 'consult',
};

/** Every element of a parsed fragment, depth first. */
function elements(node: Node): Element[] {
  const kids = node.childNodes ?? [];
  const own = 'tagName' in node ? [node as Element] : [];
  return [...own, ...kids.flatMap(elements)];
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** The text a reader gets from a node (script content excluded). */
function text(node: Node): string {
  if (node.nodeName === '#text') return node.value!;
  if (node.nodeName === 'script') return '';
  return (node.childNodes ?? []).map(text).join(' ');
}
const seen = (html: string) => text(parseFragment(html)).replace(/\s+/g, ' ').trim();
const jsonLd = (html: string) => {
  const scripts = elements(parseFragment(html)).filter((el) => el.tagName === 'script');
  assert.equal(scripts.length, 1, 'one script element: the JSON-LD block');
  assert.equal(attr(scripts[0]!, 'type'), 'application/ld+json');
  return JSON.parse(text({ ...scripts[0]!, nodeName: 'div' } as Node));
};

test('card(): the card as plain HTML, its facts, badge, call to action and identity in the text', () => {
  const html = card(ANA);
  const all = elements(parseFragment(html));
  const host = all[0]!;
  assert.equal(host.tagName, 'relational-intro');
  assert.equal(attr(host, 'variant'), 'card');
  assert.equal(attr(host, 'therapist'), 'ana-ruiz');
  assert.equal(attr(host, 'therapist-name'), 'Ana Ruiz');
  assert.equal(attr(host, 'consult-for'), 'consult');
  assert.equal(attr(host, 'accepting'), 'waitlist');
  assert.equal(
    seen(html),
    'Ana Ruiz PsyD Riverbend Therapy · Portland, OR Waitlist open ' +
      'Relational psychodynamic therapy: changing old patterns through a steady, attuned relationship. ' +
      'Fees $160 per 50-minute session · Sliding scale Insurance Aetna, Cigna Languages English, Spanish ' +
      'Sessions In person · Online Focus Anxiety, Couples Join the waitlist',
  );
  const cta = all.find((el) => attr(el, 'class') === 'rw-cta')!;
  assert.equal(
    cta.tagName,
    'a',
    'the call to action is a real link, so it reaches the therapist without the module',
  );
  assert.equal(attr(cta, 'href'), '/therapists/ana-ruiz');
  assert.equal(
    all.filter((el) => el.tagName === 'h2').length,
    1,
    'the name is a heading, level 2 by default',
  );
  const img = all.find((el) => el.tagName === 'img')!;
  assert.deepEqual(
    [attr(img, 'src'), attr(img, 'alt'), attr(img, 'width'), attr(img, 'height')],
    ['/photos/ana.jpg', '', '72', '72'],
  );
  assert.equal(all.filter((el) => el.tagName === 'dt').length, 5);
  assert.doesNotMatch(html, /style=|<style/, 'no styles in the card: the page links the one stylesheet');
});

test('card(): accepting "yes", "no", absent, and a value that is none of them', () => {
  assert.match(
    seen(card({ ...ANA, accepting: 'yes' })),
    /Accepting new clients .* Book a free 20-minute consultation$/,
  );
  const closed = card({ ...ANA, accepting: 'no' });
  assert.match(
    seen(closed),
    /Not accepting new clients .* This practice is not taking new clients right now\. Other ways to get in touch$/,
  );
  assert.doesNotMatch(closed, /rw-cta"/, 'no call to action with no');
  assert.match(
    closed,
    /<a href="\/therapists\/ana-ruiz">Other ways to get in touch<\/a>/,
    'the page the site owner names',
  );
  assert.doesNotMatch(
    card({ ...ANA, accepting: 'no', ctaHref: undefined }),
    /<a /,
    'no page named: the sentence alone',
  );
  const none = card({ ...ANA, accepting: undefined });
  assert.doesNotMatch(none, /rw-badge|accepting=/, 'no badge unless accepting is given');
  const errors: string[] = [];
  const original = console.error;
  console.error = (m: string) => errors.push(m);
  try {
    assert.match(seen(card({ ...ANA, accepting: 'maybe' })), /Accepting new clients/);
  } finally {
    console.error = original;
  }
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /accepting="maybe"/);
});

test("card(): without a photo, a monogram; without cta-href, a link to the page's one form", () => {
  const html = card({ ...ANA, photo: undefined, ctaHref: undefined, accepting: undefined });
  assert.match(html, /<span class="rw-photo rw-monogram" aria-hidden="true">AR<\/span>/);
  assert.match(html, /<a class="rw-cta" href="#consult">Book a free 20-minute consultation<\/a>/);
  assert.doesNotMatch(
    card({ therapist: 'x', name: 'X' }),
    /rw-cta|rw-facts/,
    'nowhere to go: no call to action; no facts: no list',
  );
});

test('card(): es and fr, as lang says', () => {
  const es = card({ ...ANA, lang: 'es-MX' });
  assert.match(es, /^<relational-intro[^>]* lang="es-MX">/);
  assert.match(
    seen(es),
    /Lista de espera abierta .* Honorarios .* Tarifa reducida según ingresos .* Modalidad En persona · En línea .* Anotarse en la lista de espera$/,
  );
  const fr = card({ ...ANA, accepting: 'no', lang: 'fr' });
  assert.match(
    seen(fr),
    /N’accepte pas de nouveaux clients .* Honoraires .* Aucune nouvelle clientèle n’est acceptée pour le moment\./,
  );
});

test('card(): every value is escaped, attributes too: a hostile value stays text and makes no element', () => {
  const HOSTILE = [
    `<img src=x onerror="alert(1)">`,
    `"><svg onload="alert(2)"></svg>`,
    `'><img src=x onerror=alert(3)>`,
    `</script><script>alert(4)</script>`,
    `<!-- </relational-intro> -->`,
    `&amp; &lt;b&gt; ' "`,
    '\u202Eevil\u202C name',
  ];
  for (const bad of HOSTILE) {
    const data: CardData = {
      therapist: bad,
      name: bad,
      credentials: bad,
      practiceName: bad,
      location: bad,
      photo: bad,
      photoAlt: bad,
      approach: bad,
      accepting: 'yes',
      fees: bad,
      insurance: bad,
      languages: bad,
      formats: bad,
      specialties: bad,
      ctaHref: bad,
      ctaLabel: bad,
      consultFor: bad,
      lang: bad,
    };
    const original = console.error;
    console.error = () => {};
    let html: string;
    try {
      html = card(data);
    } finally {
      console.error = original;
    }
    const all = elements(parseFragment(html));
    const tags = all.map((el) => el.tagName);
    assert.deepEqual(
      tags.filter(
        (t) =>
          ![
            'relational-intro',
            'article',
            'div',
            'span',
            'img',
            'h2',
            'p',
            'dl',
            'dt',
            'dd',
            'a',
            'script',
          ].includes(t),
      ),
      [],
      `no element of the hostile string's own: ${bad}`,
    );
    assert.equal(tags.filter((t) => t === 'script').length, 1, `one script, the JSON-LD: ${bad}`);
    assert.equal(tags.filter((t) => t === 'relational-intro').length, 1);
    assert.ok(
      all.every((el) => el.attrs.every((a) => !a.name.startsWith('on'))),
      `no event handler attribute: ${bad}`,
    );
    const host = all[0]!;
    assert.equal(
      attr(host, 'therapist-name'),
      bad.trim(),
      'the attribute value is the string itself, parsed back',
    );
    assert.equal(attr(host, 'therapist'), bad.trim());
    assert.ok(seen(html).includes(bad.trim().replace(/\s+/g, ' ')), `the name reads as written: ${bad}`);
    const ld = jsonLd(html);
    assert.equal(ld.name, bad.trim(), 'the JSON-LD carries the same text');
  }
  // Links and photos: only http(s), mailto:, tel: and relative URLs.
  const js = card({
    ...ANA,
    photo: 'javascript:alert(1)',
    ctaHref: ' javascript:alert(1)',
    consultFor: undefined,
  });
  assert.doesNotMatch(js, /javascript:/i);
  assert.doesNotMatch(card({ ...ANA, photo: 'data:image/svg+xml,<svg onload=alert(1)>' }), /data:/);
});

test('cardJsonLd(): one schema.org block with the visible facts; isAcceptingNewPatients from accepting', () => {
  const ld = jsonLd(card({ ...ANA, ctaHref: 'https://directory.example/ana-ruiz' }));
  assert.deepEqual(ld, {
    '@context': 'https://schema.org',
    '@type': 'MedicalOrganization',
    name: 'Ana Ruiz',
    description:
      'Relational psychodynamic therapy: changing old patterns through a steady, attuned relationship.',
    parentOrganization: { '@type': 'MedicalOrganization', name: 'Riverbend Therapy' },
    address: 'Portland, OR',
    image: '/photos/ana.jpg',
    url: 'https://directory.example/ana-ruiz',
    knowsLanguage: ['English', 'Spanish'],
    knowsAbout: ['Anxiety', 'Couples'],
    isAcceptingNewPatients: false,
  });
  assert.equal(jsonLd(card({ ...ANA, accepting: 'yes' })).isAcceptingNewPatients, true);
  assert.equal(jsonLd(card({ ...ANA, accepting: 'no' })).isAcceptingNewPatients, false);
  assert.equal(
    'isAcceptingNewPatients' in jsonLd(card({ ...ANA, accepting: undefined })),
    false,
    'not stated when the card does not show it',
  );
  const block = cardJsonLd({ therapist: 'x', name: '</script><!--' });
  assert.doesNotMatch(
    block.slice(0, -'</script>'.length),
    /<\/script|<!--/i,
    'nothing inside can end the script or open a comment',
  );
  assert.equal(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, '')).name, '</script><!--');
});

test('cardStyles: one sheet, the rw- classes the card uses, nothing per card', () => {
  const html = card(ANA);
  const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
  for (const c of classes) assert.match(cardStyles, new RegExp(`\\.${c}\\b`), `the sheet styles .${c}`);
});
