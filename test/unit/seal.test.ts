// Sealed requests in Node: seal.ts and the opener's keys.ts against RFC 9180 A.3 and against
// @hpke/core (an HPKE implementation that is not ours, on Node's WebCrypto), both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import {
  INFO,
  P256,
  fromBase64url,
  seal,
  sealKey,
  sealPayload,
  toBase64url,
} from '../../src/consult-request/seal.js';
import {
  deriveKeyPair,
  deriveScalar,
  fingerprint,
  fromHex,
  hex,
  keyPairOf,
  newRecoveryCode,
  open,
  readRecoveryCode,
  sealTo,
} from '../../src/opener/keys.js';
import type { ConsultPayload } from '../../src/consult-request/events.js';

// RFC 9180 A.3: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode, sequence 0.
const A3 = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  ikmR: '668b37171f1072f3cf12ea8a236a45df23fc13b82af3609ad1e354f6ef817550',
  skRm: 'f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2',
  pkRm: '04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f706a826a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0',
  skEm: '4995788ef4b9d6132b249ce59a77281493eb39af373d236a1fe415cb0c2d7beb',
  enc: '04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4',
  pt: '4265617574792069732074727574682c20747275746820626561757479',
  aad: '436f756e742d30',
  ct: '5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f9076ac232e3ab2523f39513434',
};
const text = (hexText: string) => new TextDecoder().decode(fromHex(hexText));
const utf8 = (s: string) => new TextEncoder().encode(s);
const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

test('DeriveKeyPair: A.3’s ikmR gives its skRm, and the public key pkRm', async () => {
  assert.equal(hex(await deriveScalar(fromHex(A3.ikmR))), A3.skRm);
  assert.equal(hex((await deriveKeyPair(fromHex(A3.ikmR))).publicKey), A3.pkRm);
});

test('open(): A.3’s enc and ct open with skRm to “Beauty is truth, truth beauty”; a flipped byte or another aad does not', async () => {
  const keys = await keyPairOf(fromHex(A3.skRm));
  const sealed = fromHex(A3.enc + A3.ct);
  const pt = await open(keys, sealed, fromHex(A3.aad), text(A3.info));
  assert.equal(new TextDecoder().decode(pt), 'Beauty is truth, truth beauty');
  const flipped = sealed.slice();
  flipped[80] ^= 1;
  await assert.rejects(open(keys, flipped, fromHex(A3.aad), text(A3.info)));
  await assert.rejects(open(keys, sealed, utf8('Count-1'), text(A3.info)));
});

test('seal(): with A.3’s ephemeral key it writes A.3’s enc and ct exactly', async () => {
  const e = await keyPairOf(fromHex(A3.skEm));
  const jwkOf = (x: string) => Buffer.from(x, 'hex').toString('base64url');
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', d: jwkOf(A3.skEm), x: jwkOf(A3.enc.slice(2, 66)), y: jwkOf(A3.enc.slice(66)) },
    P256,
    false,
    ['deriveBits'],
  );
  const publicKey = await crypto.subtle.importKey('raw', e.publicKey, P256, true, []);
  const out = await seal(fromHex(A3.pkRm), fromHex(A3.pt), fromHex(A3.aad), text(A3.info), {
    privateKey,
    publicKey,
  });
  assert.equal(hex(out), A3.enc + A3.ct);
});

test('ours to @hpke/core: a sealed payload opens with the recipient key under our info and aad = the id', async () => {
  const recipient = await suite.kem.deriveKeyPair(fromHex(A3.ikmR).buffer);
  const payload = {
    id: '9b2f7c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d',
    name: 'Zoë Ñandú',
    email: 'z@x.example',
    consent: true,
    page: 'https://x.example/',
    submittedAt: 'T',
    locale: 'es',
    _subject: 'New request',
  } as ConsultPayload;
  const clear = await sealPayload(
    payload,
    [
      ['_subject', 'New request'],
      ['name', 'planted'],
    ],
    fromHex(A3.pkRm),
    new URL('https://x.example/opener/'),
  );
  // what an encoding sends: no therapist (none set), no field a hidden input was named after
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(clear))), ['id', 'sealed', '_subject', 'open']);
  assert.equal(clear.open, `https://x.example/opener/#${payload.id}.${clear.sealed}`);
  const sealed = fromBase64url(clear.sealed as string);
  const ctx = await suite.createRecipientContext({
    recipientKey: recipient,
    enc: sealed.slice(0, 65).buffer,
    info: utf8(INFO).buffer,
  });
  const pt = await ctx.open(sealed.slice(65).buffer, utf8(payload.id).buffer);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(pt)), payload);
  // another aad (another id) does not open
  const again = await suite.createRecipientContext({
    recipientKey: recipient,
    enc: sealed.slice(0, 65).buffer,
    info: utf8(INFO).buffer,
  });
  await assert.rejects(again.open(sealed.slice(65).buffer, utf8('another-id').buffer));
});

test('@hpke/core to ours: what it seals to a recovery code’s key opens with that code on our side', async () => {
  const code = await newRecoveryCode();
  const keys = await deriveKeyPair((await readRecoveryCode(code))!);
  const recipientPublic = await suite.kem.importKey('raw', keys.publicKey.buffer, true);
  const { enc, ct } = await suite.seal(
    { recipientPublicKey: recipientPublic, info: utf8(INFO).buffer },
    utf8('{"id":"x","name":"Ana"}').buffer,
    utf8('x').buffer,
  );
  const sealed = new Uint8Array([...new Uint8Array(enc), ...new Uint8Array(ct)]);
  assert.equal(new TextDecoder().decode(await open(keys, sealed, utf8('x'))), '{"id":"x","name":"Ana"}');
  // and @hpke/core derives the same key pair from the same ikm
  const theirs = await suite.kem.deriveKeyPair((await readRecoveryCode(code))!.buffer);
  assert.equal(
    hex(new Uint8Array(await suite.kem.serializePublicKey(theirs.publicKey))),
    hex(keys.publicKey),
  );
});

test('sealKey(): the 87-character point is accepted; a wrong length, a compressed point or a point off the curve is refused', async () => {
  const good = toBase64url(fromHex(A3.pkRm));
  assert.equal(good.length, 87);
  assert.equal(hex(await sealKey(good)), A3.pkRm);
  await assert.rejects(sealKey(good.slice(1)));
  await assert.rejects(sealKey(good + 'A'));
  await assert.rejects(sealKey(''));
  await assert.rejects(sealKey('x'.repeat(87)));
  const offCurve = fromHex(A3.pkRm);
  offCurve[64] ^= 1;
  await assert.rejects(sealKey(toBase64url(offCurve)));
  const compressed = fromHex('03' + A3.pkRm.slice(2, 66));
  await assert.rejects(sealKey(toBase64url(compressed).padEnd(87, 'A')));
  for (const prefix of ['06', '07', '00'])
    await assert.rejects(sealKey(toBase64url(fromHex(prefix + A3.pkRm.slice(2)))), prefix);
});

test('recovery codes: 56 characters in groups of four; typos caught by the checksum; case, dashes, O/I/L forgiven', async () => {
  const code = await newRecoveryCode();
  assert.match(code, /^([0-9A-HJKMNP-TV-Z]{4} ){13}[0-9A-HJKMNP-TV-Z]{4}$/);
  const ikm = (await readRecoveryCode(code))!;
  assert.equal(ikm.length, 32);
  assert.equal(
    hex(
      (await readRecoveryCode(code.toLowerCase().replace(/ /g, '-').replace(/0/g, 'o').replace(/1/g, 'l')))!,
    ),
    hex(ikm),
  );
  const typo = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
  assert.equal(await readRecoveryCode(typo), undefined);
  assert.equal(await readRecoveryCode(code.slice(0, -5)), undefined);
  const keys = await deriveKeyPair(ikm);
  assert.equal(sealTo(keys.publicKey).length, 87);
  assert.match(await fingerprint(keys.publicKey), /^(\w{4} ){3}\w{4}$/);
});
