// The demo inbox (`npm start`'s /api/consult) takes sealed requests as a relay would: the id,
// the sealed text, the hidden fields and the opening link; it refuses one that brings a typed
// field in clear.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { handleConsult } from '../../demo/inbox/consult.js';
import { createStore } from '../../demo/inbox/store.js';

const dir = mkdtempSync(join(tmpdir(), 'inbox-sealed-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const store = createStore(join(dir, 'inbox.jsonl'));
const id = '9b2f7c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d';
const sealed =
  'BEOtuK1GS0C-3-IbFGjNUkZztohTLZ0HJLuzZMANquSt0Fcuwmh7sQxYhUHPwutbcw80cROR_JAzARe-FLkykFM' + 'x'.repeat(80);
const post = (payload, encoding = 'form') =>
  handleConsult({
    contentType: encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    body: Buffer.from(
      encoding === 'json' ? JSON.stringify(payload) : new URLSearchParams(payload).toString(),
    ),
    store,
  });

it('a sealed request is stored as it came, in form and JSON encodings', async () => {
  const form = await post({
    id,
    therapist: 'ana-ruiz',
    sealed,
    _subject: 'New consultation request',
    open: `http://127.0.0.1/src/opener/#${id}.${sealed}`,
  });
  assert.equal(form.status, 201, JSON.stringify(form.body));
  const json = await post({ id: id.replace('9b2f', '9b2e'), sealed }, 'json');
  assert.equal(json.status, 201, JSON.stringify(json.body));
});

it('refused: a typed field in clear beside the seal, a sealed text of the wrong shape, a bad id', async () => {
  const leak = await post({ id: id.replace('9b2f', '9b2d'), sealed, name: 'Ana' });
  assert.equal(leak.status, 422);
  assert.deepEqual(
    leak.body.errors.map((e) => e.field),
    ['name'],
  );
  const bad = await post({ id: 'not-an-id', sealed: 'hello' });
  assert.deepEqual(
    bad.body.errors.map((e) => e.field),
    ['id', 'sealed'],
  );
});
