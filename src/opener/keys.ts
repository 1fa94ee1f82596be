// The therapist's side of sealed requests: the recovery code, the key pair it derives (RFC 9180
// DeriveKeyPair for DHKEM(P-256)), the key's fingerprint, and opening a sealed request. Used by
// the opener and the setup page, never by the runtime module. No DOM here.
import {
  INFO,
  KEM_SUITE,
  P256,
  concat,
  expand,
  extract,
  fromBase64url,
  keySchedule,
  sharedSecret,
  type Bytes,
} from '../consult-request/seal.js';

/** What opens requests: the private key (not extractable) and the public key, which DHKEM needs too. */
export interface KeyPair {
  privateKey: CryptoKey;
  /** The uncompressed point, 65 bytes: `seal-to` is its base64url. */
  publicKey: Bytes;
}

// P-256 (SEC 2): the field prime (the curve's a is -3), the base point and the group order.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const G = {
  x: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
  y: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
};
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

type Point = { x: bigint; y: bigint } | null;

const mod = (a: bigint, m = P) => ((a % m) + m) % m;

/** a⁻¹ mod P, by the extended Euclidean algorithm. */
function inverse(a: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a), P, 1n, 0n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return mod(s0);
}

function add(p: Point, q: Point): Point {
  if (!p) return q;
  if (!q) return p;
  if (p.x === q.x && mod(p.y + q.y) === 0n) return null;
  const slope =
    p.x === q.x ? mod(3n * (p.x * p.x - 1n) * inverse(2n * p.y)) : mod((q.y - p.y) * inverse(q.x - p.x));
  const x = mod(slope * slope - p.x - q.x);
  return { x, y: mod(slope * (p.x - x) - p.y) };
}

/** k·G, double and add. Timing is not constant: it runs once, on the therapist's own device. */
function multiply(k: bigint): Point {
  let result: Point = null;
  for (let addend: Point = G; k > 0n; k >>= 1n, addend = add(addend, addend))
    if (k & 1n) result = add(result, addend);
  return result;
}

const toBigInt = (bytes: Bytes) => BigInt('0x' + hex(bytes));
const toBytes = (n: bigint, length = 32): Bytes => fromHex(n.toString(16).padStart(length * 2, '0'));
export const hex = (bytes: Bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const fromHex = (text: string): Bytes =>
  Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
const base64url = (bytes: Bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** DeriveKeyPair (RFC 9180 §7.1.3): the private scalar from `ikm`, by rejection sampling. */
export async function deriveScalar(ikm: Bytes): Promise<Bytes> {
  const prk = await extract(KEM_SUITE, undefined, 'dkp_prk', ikm);
  for (let counter = 0; counter < 256; counter++) {
    const candidate = await expand(KEM_SUITE, prk, 'candidate', Uint8Array.of(counter), 32);
    const sk = toBigInt(candidate);
    if (sk !== 0n && sk < N) return candidate;
  }
  throw new Error('DeriveKeyPairError');
}

/** The key pair for a private scalar; the private key is imported not extractable. */
export async function keyPairOf(scalar: Bytes): Promise<KeyPair> {
  const point = multiply(toBigInt(scalar))!;
  const [x, y] = [toBytes(point.x), toBytes(point.y)];
  const jwk = { kty: 'EC', crv: 'P-256', d: base64url(scalar), x: base64url(x), y: base64url(y), ext: false };
  const privateKey = await crypto.subtle.importKey('jwk', jwk, P256, false, ['deriveBits']);
  return { privateKey, publicKey: concat([4], x, y) };
}

export const deriveKeyPair = async (ikm: Bytes): Promise<KeyPair> => keyPairOf(await deriveScalar(ikm));

/** OpenBase, single shot: the plaintext of `enc || ct`; throws when it does not open (wrong key, aad or a changed byte). */
export async function open(keys: KeyPair, sealed: Bytes, aad: Bytes, info = INFO): Promise<Bytes> {
  const enc = sealed.slice(0, 65);
  const ephemeral = await crypto.subtle.importKey('raw', enc, P256, false, []);
  const dh = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: ephemeral }, keys.privateKey, 256),
  );
  const { key, nonce } = await keySchedule(await sharedSecret(dh, enc, keys.publicKey), info);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, sealed.slice(65)),
  );
}

// The recovery code: 32 random bytes (the `ikm`) and 3 bytes of their SHA-256, to catch a typo,
// in Crockford's base32: 56 characters, shown in 14 groups of 4. Typed back, case, spaces and
// dashes do not matter, and O, I and L read as 0, 1 and 1.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 32;
const CHECK_BYTES = 3;

function toBase32(bytes: Bytes): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  return (bits.match(/.{1,5}/g) ?? []).map((five) => BASE32[parseInt(five.padEnd(5, '0'), 2)]).join('');
}

function fromBase32(text: string): Bytes | undefined {
  let bits = '';
  for (const c of text) {
    const value = BASE32.indexOf(c);
    if (value < 0) return;
    bits += value.toString(2).padStart(5, '0');
  }
  return Uint8Array.from(bits.match(/.{8}/g) ?? [], (byte) => parseInt(byte, 2));
}

const checksum = async (ikm: Bytes) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', ikm)).slice(0, CHECK_BYTES);

/** Groups of four, for reading aloud and copying by hand. */
export const grouped = (text: string): string => (text.match(/.{1,4}/g) ?? []).join(' ');

/** A new recovery code, as the therapist sees it (groups of four). */
export async function newRecoveryCode(): Promise<string> {
  const ikm = crypto.getRandomValues(new Uint8Array(CODE_BYTES));
  return grouped(toBase32(concat(ikm, await checksum(ikm))));
}

/** A typed code as the characters that count: capitals, no spaces or dashes, O as 0, I and L as 1. */
export const normalizeCode = (typed: string): string =>
  typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** The `ikm` of a typed recovery code, or undefined when it is not one (a typo, a missing group). */
export async function readRecoveryCode(typed: string): Promise<Bytes | undefined> {
  const bytes = fromBase32(normalizeCode(typed));
  if (!bytes || bytes.length !== CODE_BYTES + CHECK_BYTES) return;
  const ikm = bytes.slice(0, CODE_BYTES);
  return hex(await checksum(ikm)) === hex(bytes.slice(CODE_BYTES)) ? ikm : undefined;
}

/** The key's short fingerprint: 16 base32 characters of the public key's SHA-256, to compare by eye. */
export async function fingerprint(publicKey: Bytes): Promise<string> {
  return grouped(toBase32(new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey)).slice(0, 10)));
}

/** The `seal-to` value of a public key. */
export const sealTo = (publicKey: Bytes): string => base64url(publicKey);

export { fromBase64url };
