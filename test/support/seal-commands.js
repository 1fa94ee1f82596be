// web-test-runner commands that seal and open in Node with @hpke/core, an HPKE implementation
// that is not ours, so a browser test can check a sealed request against it both ways.
//
//   executeServerCommand('hpke-open', { ikm, sealed, aad })  -> { plaintext } or { error }
//     derives the key pair from `ikm` (hex, RFC 9180 DeriveKeyPair) and opens `sealed`
//     (base64url of enc || ct) under our `info`, with `aad` (text).
//   executeServerCommand('hpke-seal', { publicKey, plaintext, aad })  -> { sealed }
//     seals `plaintext` (text) to `publicKey` (the `seal-to` value) under our `info`.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';

const INFO = 'relational-widgets sealed request v1';
const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});
const bytes = (text) => new Uint8Array(Buffer.from(text, 'utf8'));
const buffer = (u8) => u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);

export function sealCommands() {
  return {
    name: 'seal-commands',
    async executeCommand({ command, payload }) {
      if (command === 'hpke-open') {
        const { ikm, sealed, aad } = payload;
        const keys = await suite.kem.deriveKeyPair(buffer(new Uint8Array(Buffer.from(ikm, 'hex'))));
        const raw = new Uint8Array(Buffer.from(sealed, 'base64url'));
        try {
          const recipient = await suite.createRecipientContext({
            recipientKey: keys,
            enc: buffer(raw.slice(0, 65)),
            info: buffer(bytes(INFO)),
          });
          const plaintext = await recipient.open(buffer(raw.slice(65)), buffer(bytes(aad)));
          return { plaintext: Buffer.from(plaintext).toString('utf8') };
        } catch (error) {
          return { error: String(error) };
        }
      }
      if (command === 'hpke-seal') {
        const { publicKey, plaintext, aad } = payload;
        const recipientPublicKey = await suite.kem.importKey(
          'raw',
          buffer(new Uint8Array(Buffer.from(publicKey, 'base64url'))),
          true,
        );
        const { enc, ct } = await suite.seal(
          { recipientPublicKey, info: buffer(bytes(INFO)) },
          buffer(bytes(plaintext)),
          buffer(bytes(aad)),
        );
        return { sealed: Buffer.concat([Buffer.from(enc), Buffer.from(ct)]).toString('base64url') };
      }
      return undefined;
    },
  };
}
