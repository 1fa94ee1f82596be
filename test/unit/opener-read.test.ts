// The opener's reading of pasted text (src/opener/read.ts): a notification as mail programs
// deliver it, quoted, wrapped or quoted-printable, still yields the id and, among the ways of
// joining its lines, the sealed text exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFragment, readPasted, unquote } from '../../src/opener/read.js';

const ID = '9b2f7c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d';
// Sealed text is base64url starting with B and A-P; this one is long enough to wrap.
const SEALED =
  'BGsIfqUPWaSgTIqzzZ1LPN50ouiWXamRSlI8SiiIlnKQmfMLeJFYuTsbLItJp1lqRewq7gAGU5yEOwkaOu9CvcMIds9U-GyMnW-74pJnnnwwOGcotFIx-rWxujEy0AW5lo0PeOz_abcDEF123-xyz';
const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!;

const notification = `New consultation request\n\nid\n${ID}\n\ntherapist\nana-ruiz\n\nsealed\n${SEALED}\n\nopen\nhttps://example.org/opener/#${ID}.${SEALED}\n`;

test('a notification as sent: the id, and the sealed text among the candidates', () => {
  const found = readPasted(notification);
  assert.deepEqual(found.ids, [ID]);
  assert.ok(found.candidates.includes(SEALED));
});

test('quoted with > marks (twice, with and without a space) and hard-wrapped at 76 columns', () => {
  const quoted = ['id: ' + ID, 'sealed:', ...wrap(SEALED, 76), '_subject: New consultation request']
    .map((l, i) => (i % 2 ? '>> ' : '>') + l)
    .join('\n');
  const found = readPasted(`On Monday the service wrote:\n${quoted}`);
  assert.deepEqual(found.ids, [ID]);
  assert.ok(found.candidates.includes(SEALED), 'the lines joined back');
});

test('quoted-printable soft line breaks (=) and CRLF line ends', () => {
  const qp = `id=3D${ID}\r\nsealed=3D${wrap(SEALED, 60).join('=\r\n')}\r\n`;
  assert.equal(unquote(qp).includes(SEALED), true);
  const found = readPasted(qp);
  assert.deepEqual(found.ids, [ID]);
  assert.ok(found.candidates.includes(SEALED));
});

test('the opening link, in an address bar or pasted (wrapped inside the sealed text)', () => {
  assert.deepEqual(readFragment(`#${ID}.${SEALED}`), { ids: [ID], candidates: [SEALED] });
  assert.deepEqual(readFragment(`https://example.org/opener/#${ID.toUpperCase()}.${SEALED}`), {
    ids: [ID],
    candidates: [SEALED],
  });
  assert.equal(readFragment('#nothing-here'), undefined);
  const found = readPasted(`Open it: https://example.org/opener/#${ID}.${wrap(SEALED, 50).join('\n')}`);
  assert.deepEqual(found.ids, [ID]);
  assert.ok(found.candidates.includes(SEALED));
});

test('nothing sealed: no candidates; no id: no ids', () => {
  assert.deepEqual(readPasted('Hello, here is my request: I would like to talk.').candidates, []);
  assert.deepEqual(readPasted(`sealed: ${SEALED}`).ids, []);
});
