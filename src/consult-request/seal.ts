// Sealed requests (README, "Sealed requests"): what a client wrote is encrypted in the browser
// to the therapist's public key, so every relay carries ciphertext only. HPKE (RFC 9180), base
// mode, single shot, DHKEM(P-256, HKDF-SHA256) / HKDF-SHA256 / AES-128-GCM, on WebCrypto alone.
// The opener (src/opener/) reuses the key schedule below to open. No DOM here.
import type { ConsultPayload } from './events.js';
import { fieldOf } from './fields.js';

/** HPKE's `info`: names what the ciphertext is, so it opens as nothing else. */
export const INFO = 'relational-widgets sealed request v1';
export const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

export type Bytes = Uint8Array<ArrayBuffer>;
type Part = Bytes | readonly number[] | string;

const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** The parts one after another; a string stands for its UTF-8 bytes. */
export const concat = (...parts: Part[]): Bytes =>
  Uint8Array.from(parts.flatMap((p) => [...(typeof p === 'string' ? utf8(p) : p)]));

/** Spreads the bytes as arguments: fine for a request, which stays far below the engines' 65,536. */
export const toBase64url = (bytes: Bytes): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .split('=')[0]!;

/** Throws on anything that is not base64url. */
export const fromBase64url = (text: string): Bytes =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The suite ids (RFC 9180 §7): the KEM's own, and the whole suite's (KEM 0x0010, KDF 0x0001, AEAD 0x0001). */
export const KEM_SUITE = concat('KEM', [0, 0x10]);
const HPKE_SUITE = concat('HPKE', [0, 0x10, 0, 1, 0, 1]);

/**
 * HMAC-SHA256. No key is HKDF's default salt, which WebCrypto will not import empty: HMAC pads any
 * key with zeros, so 32 zeros are the same key.
 */
async function hmac(key: Bytes | undefined, data: Bytes): Promise<Bytes> {
  const k = await crypto.subtle.importKey(
    'raw',
    key ?? new Uint8Array(32),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, data));
}

/** LabeledExtract (RFC 9180 §4); no salt is the empty one. */
export const extract = (suite: Bytes, salt: Bytes | undefined, label: string, ikm: Part) =>
  hmac(salt, concat('HPKE-v1', suite, label, ikm));

/** LabeledExpand, for the one-block lengths HPKE asks of SHA-256 (32 bytes at most). */
export const expand = async (suite: Bytes, prk: Bytes, label: string, info: Bytes, length: number) =>
  (await hmac(prk, concat([0, length], 'HPKE-v1', suite, label, info, [1]))).slice(0, length);

/** DHKEM's ExtractAndExpand: the shared secret from the Diffie-Hellman result and `enc || pkR`. */
export const sharedSecret = async (dh: Bytes, enc: Bytes, pkR: Bytes): Promise<Bytes> =>
  expand(
    KEM_SUITE,
    await extract(KEM_SUITE, undefined, 'eae_prk', dh),
    'shared_secret',
    concat(enc, pkR),
    32,
  );

/** KeySchedule in base mode (no PSK): the AES-128-GCM key and the nonce of the single message. */
export async function keySchedule(shared: Bytes, info = INFO): Promise<{ key: CryptoKey; nonce: Bytes }> {
  const context = concat(
    [0],
    await extract(HPKE_SUITE, undefined, 'psk_id_hash', ''),
    await extract(HPKE_SUITE, undefined, 'info_hash', info),
  );
  const secret = await extract(HPKE_SUITE, shared, 'secret', '');
  const raw = await expand(HPKE_SUITE, secret, 'key', context, 16);
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, nonce: await expand(HPKE_SUITE, secret, 'base_nonce', context, 12) };
}

/**
 * SealBase, single shot: `enc || ct`. `ephemeral` is for the RFC's test vectors only; a request
 * always gets a fresh key pair.
 */
export async function seal(
  pkR: Bytes,
  plaintext: Bytes,
  aad: Bytes,
  info = INFO,
  ephemeral?: CryptoKeyPair,
): Promise<Bytes> {
  const { subtle } = crypto;
  const recipient = await subtle.importKey('raw', pkR, P256, false, []);
  const e = ephemeral ?? (await subtle.generateKey(P256, false, ['deriveBits']));
  const enc = new Uint8Array(await subtle.exportKey('raw', e.publicKey));
  const dh = new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: recipient }, e.privateKey, 256));
  const { key, nonce } = await keySchedule(await sharedSecret(dh, enc, pkR), info);
  return concat(
    enc,
    new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, plaintext)),
  );
}

/** P-256 (SEC 2): y² = x³ - 3x + b modulo this prime. */
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
const coordinate = (bytes: Bytes) => bytes.reduce((n, b) => n * 256n + BigInt(b), 0n);

/**
 * The `seal-to` attribute as the recipient's key: 87 base64url characters of an uncompressed
 * P-256 point that WebCrypto accepts. Rejects otherwise, and on a page without WebCrypto (not a
 * secure context), so a form that cannot seal never sends.
 */
export async function sealKey(value: string): Promise<Bytes> {
  // 65 bytes (87 characters) whose first is 4, an uncompressed point: base64url `B`, then `A` to `P`.
  const raw = fromBase64url(/^B[A-P][\w-]{85}$/.test(value) ? value : '');
  // WebKitGTK imports a point that is not on the curve (a mistyped key), so the curve's equation is checked here.
  const [x, y] = [coordinate(raw.slice(1, 33)), coordinate(raw.slice(33))];
  if ((y * y - x * x * x + 3n * x - B) % P) throw new RangeError('seal-to');
  // Throws on a page without WebCrypto.
  await crypto.subtle.importKey('raw', raw, P256, false, []);
  return raw;
}

/**
 * What goes to the relay for a sealed request: `id`, `therapist`, `sealed` (the whole payload,
 * as JSON, sealed with `aad` = the id), the site owner's hidden fields (`hidden`, as the payload got them)
 * and, with an opener, `open`: a link to it with the id and the sealed text after the `#`.
 */
export async function sealPayload(
  payload: ConsultPayload,
  hidden: Iterable<[string, string]>,
  pkR: Bytes,
  opener?: URL,
): Promise<ConsultPayload> {
  const { id, therapist } = payload;
  const sealed = toBase64url(await seal(pkR, utf8(JSON.stringify(payload)), utf8(id)));
  // Without a `therapist`, its key stays undefined, which no encoding sends.
  const clear: Record<string, unknown> = { id, therapist, sealed };
  // A hidden input named like a field never carries what the client typed there.
  for (const [name] of hidden) if (!fieldOf(name)) clear[name] ??= payload[name];
  // The opener needs the id as well (the `aad`): `#<id>.<sealed>`, neither alphabet has a dot.
  if (opener) clear.open = Object.assign(new URL(opener), { hash: `${id}.${sealed}` }).href;
  return clear as ConsultPayload;
}
