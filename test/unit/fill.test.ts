// fill.ts on its own, in Node: a list joined the language's way with "or".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOf } from '../../src/i18n/fill.js';

/** What Intl.ListFormat itself gives for the items (its parts, elements put back in). */
const byIntl = (lang: string, items: string[]) =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).formatToParts(items).map((part) => part.value);

test('anyOf(): two items or more are joined as Intl.ListFormat joins them, in each language', () => {
  assert.deepEqual(anyOf('en', ['911', '112']), ['911', ' or ', '112']);
  for (const lang of ['en', 'es', 'fr'])
    assert.deepEqual(anyOf(lang, ['a', 'b', 'c']), byIntl(lang, ['a', 'b', 'c']));
});

test('anyOf(): one item or none is given back as it is (no Intl.ListFormat made: its data costs a phone at load)', () => {
  const intl = Intl as { ListFormat: unknown };
  const real = intl.ListFormat;
  intl.ListFormat = class {
    constructor() {
      throw new Error('Intl.ListFormat made for one item');
    }
  };
  const link = { number: '988' };
  let one: unknown[];
  try {
    one = anyOf('en', [link]);
    assert.deepEqual(anyOf('fr', []), []);
  } finally {
    intl.ListFormat = real;
  }
  assert.equal(one.length, 1);
  assert.equal(one[0], link, 'the same value, not a copy or its text');
  for (const lang of ['en', 'es', 'fr']) assert.deepEqual(anyOf(lang, ['988']), byIntl(lang, ['988']));
});
