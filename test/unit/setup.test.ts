// The setup page's DOM-free parts in Node: settings in the URL fragment, the endpoint each
// service gets, and the page's own words in three languages. What needs a document (the
// snippets parsed as HTML, the page itself) is tested in the browser (test/setup*.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaults, fromFragment, toFragment, type Settings } from '../../src/setup/settings.js';
import { route } from '../../src/setup/services.js';
import { en } from '../../src/setup/strings/en.js';
import { es } from '../../src/setup/strings/es.js';
import { fr } from '../../src/setup/strings/fr.js';

const settings = (over: Partial<Settings>): Settings => ({ ...defaults(), ...over });

test('settings: round-trips every setting through the fragment, and a fresh page has an empty fragment', () => {
  assert.equal(toFragment(defaults()), '');
  const s = settings({
    name: 'Ana Ruiz & Co',
    credentials: 'PsyD, LMFT',
    practice: 'Ruiz Therapy',
    location: 'Portland, OR',
    photo: 'https://example.org/ana.jpg',
    minutes: 30,
    look: 'card',
    lang: 'es',
    country: 'MX',
    fields: ['phone', 'region', 'payment'],
    regions: 'OR WA',
    privacy: '/privacy',
    contactEmail: 'ana@example.org',
    contactPhone: '+1 503 555 0142',
    accepting: 'no',
    elsewhere: '/colleagues',
    fees: '$160 per session',
    insurance: 'Aetna, Regence',
    slidingScale: true,
    clinicians: 'ana=Ana; kofi=Kofi',
    accent: '#7a3e9d',
    service: 'basin',
    endpoint: 'abcd1234',
    subject: 'A new request',
    timeout: 20000,
    host: 'self',
    selfUrl: '/js/relational-widgets.js',
    ui: 'fr',
  });
  const fragment = toFragment(s);
  for (const part of ['name=Ana+Ruiz+%26+Co', 'contact-email=ana%40example.org', 'look=card'])
    assert.ok(fragment.includes(part), part);
  assert.deepEqual(fromFragment(`#${fragment}`), s);
});

test('settings: ignores unknown keys and bad values, keeping the defaults', () => {
  const s = fromFragment(
    '#look=popup&minutes=9999&lang=de&accent=red&fields=phone,bogus,times&service=zapier&country=usa&x=1',
  );
  const { look, minutes, lang, accent, service, country } = s;
  assert.deepEqual(
    { look, minutes, lang, accent, service, country },
    { look: 'intro', minutes: 20, lang: 'en', accent: '', service: 'formspree', country: 'US' },
  );
  assert.deepEqual(s.fields, ['phone', 'times']);
});

test('endpoints by service: Formspree and Basin take a link or a bare id, and get their hidden fields', () => {
  for (const endpoint of ['xyzabcde', 'formspree.io/f/xyzabcde', 'https://formspree.io/f/xyzabcde/'])
    assert.equal(route(settings({ endpoint })).endpoint, 'https://formspree.io/f/xyzabcde', endpoint);
  assert.deepEqual(route(settings({ endpoint: 'abcd1234' })).hidden, [
    { name: '_subject', value: 'New consultation request' },
    { name: '_gotcha', value: '' },
  ]);
  assert.equal(
    route(settings({ service: 'basin', endpoint: 'abcd1234' })).endpoint,
    'https://usebasin.com/f/abcd1234',
  );
});

test("the setup page's own words: es and fr have every sentence of en, translated", () => {
  const keys = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
    );
  for (const catalog of [es, fr]) {
    assert.deepEqual(keys(catalog).sort(), keys(en).sort());
    const same = keys(en).filter((k) => {
      const get = (o: object) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o);
      const a = get(en);
      return typeof a === 'string' && a === get(catalog) && a.length > 12;
    });
    assert.deepEqual(same, [], 'untranslated sentences');
  }
});
