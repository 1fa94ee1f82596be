// The language modules on their own, in Node: the three catalogs against each other, sentences
// with numbers and names in each language, `{name}` marks, "or" lists, catalog lookup by
// language tag, laying a site owner's sentences over a catalog, and reading them from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { catalogCode, catalogs, merge, type Catalog } from '../../src/i18n/catalog.js';
import { registerLanguage, resolveLanguage } from '../../src/i18n/locale.js';
import { fill, anyOf } from '../../src/i18n/fill.js';
import { scriptStrings } from '../../src/i18n/overrides.js';

/** One value for every name a sentence of any catalog takes. */
const SAMPLE = {
  minutes: 45,
  used: 8,
  max: 2000,
  under: 100,
  min: 7,
  status: 503,
  wait: 3,
  at: new Date(Date.UTC(2026, 0, 1, 15, 41)),
  locale: 'en-GB',
  by: 'email' as const,
  name: 'Ana Ruiz',
  email: 'ana@example.org',
  phone: '503 555 0142',
  fees: '$160',
  plans: 'Aetna',
  when: 'May 4',
  label: 'Your name',
  answer: 'Ana',
};
/** Groups keyed by country or region: a language names only the places and lines it has its own names for. */
const BY_COUNTRY = new Set(['crisisLineNames', 'crisisLineNotes', 'regionNames']);
const OTHERS = { es, fr } as const;

/** Every leaf of a catalog, by path: text, or what a sentence function gives for SAMPLE. */
function leaves(catalog: Catalog): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (path: string, entry: unknown): void => {
    if (typeof entry === 'function') out.set(path, (entry as (values: typeof SAMPLE) => unknown)(SAMPLE));
    else if (entry && typeof entry === 'object')
      for (const [key, value] of Object.entries(entry)) walk(`${path}.${key}`, value);
    else out.set(path, entry);
  };
  for (const [key, entry] of Object.entries(catalog)) walk(key, entry);
  return out;
}

for (const [code, catalog] of Object.entries(OTHERS)) {
  test(`${code} catalog: every sentence of en, of the same kind and shape, none blank or left in English`, () => {
    const mine = leaves(catalog);
    const english = leaves(en);
    for (const [path, text] of english) {
      if (BY_COUNTRY.has(path.split('.')[0]!)) continue;
      assert.ok(mine.has(path), `${code} has ${path}`);
      assert.equal(typeof mine.get(path), typeof text, `${code} ${path} is a ${typeof text}`);
    }
    for (const [path, text] of mine) {
      if (typeof text !== 'string') continue;
      assert.ok(text.trim().length > 0, `${code} ${path} is not blank`);
      // A shared piece left blank shows as a doubled space or a sentence opening on punctuation.
      assert.doesNotMatch(text, / {2}|^[ ;:,.]| [.,;]/, `${code} ${path} reads whole: "${text}"`);
      // Codes, numbers and names stay as they are; a sentence (two words or more) is translated.
      const literal = typeof (en as unknown as Record<string, unknown>)[path.split('.')[0]!] !== 'function';
      if (literal && /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && !path.startsWith('crisisLine'))
        assert.notEqual(text, english.get(path), `${code} ${path} is translated`);
    }
    for (const path of mine.keys())
      if (!BY_COUNTRY.has(path.split('.')[0]!))
        assert.ok(english.has(path), `en has ${path}, as ${code} does`);
    for (const key of BY_COUNTRY) {
      const group = (catalog as unknown as Record<string, Record<string, string>>)[key]!;
      for (const [country, text] of Object.entries(group))
        assert.ok(text.trim(), `${code} ${key}.${country}`);
    }
  });
}

for (const [code, catalog] of Object.entries({ en, ...OTHERS })) {
  test(`${code} catalog: sentences with numbers and names carry them`, () => {
    assert.match(catalog.ctaLabel({ minutes: 45 }), /\b45\b/);
    assert.match(catalog.dialogTitle({ minutes: 30 }), /\b30\b/);
    assert.equal(catalog.messageCount({ used: 8, max: 2000 }).replace(/\s/g, ''), '8/2000');
    assert.match(catalog.messageNearLimit({ under: 100 }), /\b100\b/);
    assert.match(catalog.phoneInvalid({ min: 7, max: 15 }), /\b7\b.*\b15\b/);
    assert.match(catalog.failedHttp({ status: 503 }), /\b503\b/);
    assert.match(catalog.mailGreeting({ minutes: 45 }), /\b45\b/);
    assert.match(catalog.emailInsteadHint({ email: 'ana@example.org' }), /ana@example\.org/);
    assert.match(catalog.callInstead({ phone: '503 555 0142' }), /503 555 0142/);
    assert.match(catalog.closedEmail({ email: 'ana@example.org' }), /ana@example\.org/);
    assert.match(catalog.feesFact({ fees: '$160' }), /\$160/);
    assert.match(catalog.insuranceFact({ plans: 'Aetna' }), /Aetna/);
    assert.match(catalog.sentForClinician({ name: 'Kofi' }), /Kofi/);
    assert.match(catalog.copyHeading({ when: 'May 4' }), /May 4/);
    assert.match(catalog.dialogTitleWith({ minutes: 30, name: 'Kofi' }), /\b30\b.*Kofi|Kofi.*\b30\b/);
    assert.match(catalog.mailAnswer({ label: 'Q', answer: 'A' }), /Q.*A/);
  });

  test(`${code} catalog: plurals, times, the subject with and without a name, and each way of hearing back`, () => {
    const one = catalog.rateLimitedFor({ wait: 1 });
    const two = catalog.rateLimitedFor({ wait: 2 });
    assert.match(one, /\b1\b/);
    assert.match(two, /\b2\b/);
    assert.match(one, /\b1 \p{L}*[^s\P{L}]\b/u, 'one second, singular');
    assert.match(two, /\b2 \p{L}+s\b/u, 'two seconds, plural');
    assert.match(
      catalog.rateLimitedUntil({ at: new Date(Date.UTC(2026, 0, 1, 15, 41)), locale: 'en-GB' }),
      /\b\d{1,2}[:h]41\b/,
    );
    const bare = catalog.mailSubject({ name: '' });
    const named = catalog.mailSubject({ name: 'Ana Ruiz' });
    assert.ok(bare.trim() && !bare.includes('undefined'), 'a subject without a name');
    assert.ok(named.includes('Ana Ruiz') && named !== bare, 'the name goes into the subject');
    assert.match(catalog.mailAnswer({ label: 'Why now?', answer: 'A move' }), /^Why now\? A move$/);
    assert.match(catalog.mailAnswer({ label: 'Name', answer: 'Ana' }), /^Name\s?: Ana$/u);
    const ways = (['email', 'phone', 'text'] as const).map((by) => catalog.successNext({ minutes: 45, by }));
    assert.equal(new Set(ways).size, 3, 'each way of hearing back is said its own way');
    for (const way of ways) assert.match(way, /\b45\b/);
  });
}

test('catalogCode(): the tag, else its prefixes, else none; case and _ do not matter', () => {
  registerLanguage('es', es);
  registerLanguage('FR', fr);
  assert.equal(catalogCode('es'), 'es');
  assert.equal(catalogCode('ES-mx'), 'es');
  assert.equal(catalogCode(' fr_CA '), 'fr');
  assert.equal(catalogCode('en-US'), 'en');
  assert.equal(catalogCode('de-DE'), '');
  assert.equal(catalogCode(''), '');
  assert.ok(catalogs.has('fr'), 'a code is stored in lower case');
  registerLanguage('zh-hant', { readMore: '閱讀完整介紹' });
  assert.equal(catalogCode('zh-Hant-TW'), 'zh-hant', 'the longest registered prefix');
  assert.equal(catalogCode('zh-Hans'), '');
  catalogs.delete('zh-hant');
});

test("resolveLanguage(): the nearest lang, climbing out of shadow roots; unknown languages are the fallback's", () => {
  registerLanguage('es', es);
  /** A stand-in element: what `closest('[lang]')` finds, and the root it is in. */
  const element = (lang: string | null, host?: object): Element =>
    ({
      closest: () => (lang === null ? null : { getAttribute: () => lang }),
      getRootNode: () => (host ? { host } : {}),
    }) as unknown as Element;
  assert.equal(resolveLanguage(element('es-MX')), 'es-MX', 'the tag as written, served by es');
  assert.equal(resolveLanguage(element(' es ')), 'es', 'trimmed');
  assert.equal(resolveLanguage(element('de')), 'en', 'a language we do not have');
  assert.equal(resolveLanguage(element(null)), 'en', 'no lang anywhere');
  assert.equal(resolveLanguage(element(null, element('es'))), 'es', "the shadow host's lang");
  assert.equal(resolveLanguage(element('fr', element('es'))), 'fr', 'the nearest wins');
});

test('merge(): English, the language, then each layer; text becomes a template; wrong kinds are left out', () => {
  registerLanguage('es', es);
  const merged = merge(
    'es',
    { readMore: 'Más', ctaLabel: 'Pida sus {minutes} minutos ({unknown})' },
    undefined,
    {
      readMore: 'Más aún',
      nameLabel: 42 as unknown as string,
      notAKey: 'x',
      contactMethodOptions: { phone: 'Teléfono fijo', fax: 7 as unknown as string },
    } as never,
  );
  assert.equal(merged.readMore, 'Más aún', 'a later layer wins');
  assert.equal(merged.ctaLabel({ minutes: 30 }), 'Pida sus 30 minutos ({unknown})');
  assert.equal(merged.nameLabel, es.nameLabel, 'a number is not a sentence');
  assert.equal((merged as unknown as Record<string, unknown>).notAKey, undefined);
  assert.deepEqual(
    merged.contactMethodOptions,
    { ...es.contactMethodOptions, phone: 'Teléfono fijo' },
    'a group takes the sentences given and keeps the others; a number is left out',
  );
  assert.equal(merged.dialogClose, es.dialogClose, 'the language under the layers');
  assert.equal(merge('de').readMore, en.readMore, 'English under everything');
  assert.equal(
    merge('en', { dialogTitle: (({ minutes }: { minutes: number }) => `${minutes}!`) as never }).dialogTitle({
      minutes: 5,
    }),
    '5!',
  );
});

test("merge(): English alone is English; a page's own English (registered anew) is laid over it", () => {
  assert.deepEqual(merge('en'), en);
  try {
    registerLanguage('en', { readMore: 'Keep reading' });
    assert.equal(merge('en').readMore, 'Keep reading');
    assert.equal(merge('en').dialogClose, en.dialogClose, 'the built-in English under it');
  } finally {
    registerLanguage('en', en);
  }
});

test('fill(): the sentence cut at its marks, each mark given its value; unknown marks stay as written', () => {
  const link = { href: '#' };
  assert.deepEqual(fill('call {number} now', { number: link }), ['call ', link, ' now']);
  assert.deepEqual(fill('{a}{b}', { a: 1, b: 2 }), ['', 1, '', 2, '']);
  assert.deepEqual(fill('keep {this}', {}), ['keep ', '{this}', '']);
  assert.deepEqual(fill('no marks', { x: 1 }), ['no marks']);
});

test('anyOf(): items joined with "or" in the language, the items themselves kept', () => {
  const a = { a: 1 };
  const b = { b: 2 };
  assert.deepEqual(anyOf('en', [a, b, 'c']), [a, ', ', b, ', or ', 'c']);
  assert.deepEqual(anyOf('es', [a, b, 'c']), [a, ', ', b, ' o ', 'c']);
  assert.deepEqual(anyOf('fr', [a, b]), [a, ' ou ', b]);
  assert.deepEqual(anyOf('en', [a]), [a]);
});

test("scriptStrings(): the host's JSON sentences, text only, read again only when changed, a mistake reported once", () => {
  let json = '';
  const host = {
    localName: 'consult-request',
    querySelector: (selector: string) => {
      assert.equal(selector, ':scope>script[type="application/json"][slot=strings]');
      return json ? { textContent: json } : null;
    },
  } as unknown as Element;
  const errors: string[] = [];
  const real = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.join(' '));
  try {
    const read = scriptStrings(host);
    assert.equal(read(), undefined, 'no script');
    json =
      '{"submit": "Send", "count": 3, "contactMethodOptions": {"phone": "Call"}, "bad": {"x": 1}, "none": null}';
    assert.deepEqual(read(), { submit: 'Send', contactMethodOptions: { phone: 'Call' } });
    assert.equal(read(), read(), 'the same text gives the same strings');
    json = '{"submit": ';
    assert.equal(read(), undefined);
    assert.equal(read(), undefined);
    assert.equal(errors.length, 1, 'one report for one mistake');
    assert.match(errors[0]!, /<consult-request>.*not a JSON object/);
    json = '"Send"';
    assert.equal(read(), undefined);
    assert.equal(errors.length, 2);
  } finally {
    console.error = real;
  }
});

test('es: the article agrees with the hour of a retry time ("a la 1:41", "a las 3:41")', () => {
  const at = (hour: number) => es.rateLimitedUntil({ at: new Date(2026, 0, 1, hour, 41), locale: 'es-MX' });
  assert.match(at(1), / a la 0?1:41/);
  assert.match(at(15), / a las (3|15):41/);
});

test('each language names its own crisis line where it has one (988 in Spanish in the US, in French in Canada)', () => {
  assert.match(es.crisisLineNames.US!, /988/);
  assert.match(es.crisisLineNotes.US!, /\{number\}.*AYUDA.*\{text\}/);
  assert.ok(fr.crisisLineNames.CA!.trim());
});

test("merge(): a group takes new entries (a country's line name) but a sentence never becomes a group", () => {
  const merged = merge('en', { crisisLineNames: { GB: 'Samaritans (UK)' }, readMore: { a: 'b' } } as never);
  assert.equal(merged.crisisLineNames.GB, 'Samaritans (UK)');
  assert.equal(merged.readMore, en.readMore);
});
