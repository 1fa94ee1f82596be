// <consult-request seal-to>: what reaches the relay (the recording server's raw bytes) in each
// encoding carries nothing the client typed or chose, and what it carries opens with the
// therapist's key, on our side and in Node with @hpke/core (test/support/seal-commands.js).
// A key that cannot seal, or a page without WebCrypto, sends nothing.
import { executeServerCommand } from '@web/test-runner-commands';
import {
  $,
  button,
  click,
  endpointFor,
  expect,
  form,
  newTag,
  posts,
  settled,
  statusText,
  tab,
  typeInto,
  waitFor,
  type Recorded,
} from './support/consult-request.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { deriveKeyPair, fromHex, open, sealTo, type KeyPair } from '../src/opener/keys.js';
import { fromBase64url } from '../src/consult-request/seal.js';
import { nativeForm } from '../src/shared/native-form.js';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

/** The test key's `ikm` (any 32 bytes): our side and Node's derive the same key pair from it. */
const IKM = '7d1c4a9e2b3f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff';
let keys: KeyPair;
let SEAL_TO: string;
before(async () => {
  keys = await deriveKeyPair(fromHex(IKM));
  SEAL_TO = sealTo(keys.publicKey);
});

/** What the client types: words long enough that random base64 never spells them. */
const TYPED = {
  name: 'Maris Tovar',
  email: 'mtovar@example.org',
  phone: '503-827-4169',
  message: 'Tired Tuesdays',
};
/** Every way a typed value could appear in a body: as typed, URL-encoded, JSON-escaped, in pieces. */
const TRACES = [
  'Maris',
  'Tovar',
  'mtovar',
  'example.org',
  'example%2Eorg',
  '8274169',
  '827-4169',
  '503-827',
  'Tired',
  'Tuesdays',
];

async function fillAll(el: ConsultRequest): Promise<void> {
  await typeInto(el, 'name', TYPED.name);
  await tab();
  await typeInto(el, 'email', TYPED.email);
  await tab();
  await typeInto(el, 'phone', TYPED.phone);
  await tab();
  await typeInto(el, 'message', TYPED.message);
  await tab();
  const consent = $<HTMLInputElement>(el, '#consent');
  await click(consent);
  await waitFor(() => consent.checked, 'the consent box to be ticked', 3000);
}

/** The keys and values of a recorded body, whatever its encoding. */
function fieldsOf(post: Recorded): Record<string, string> {
  const type = post.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return JSON.parse(post.body);
  if (type.startsWith('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(post.body));
  const boundary = /boundary=(.+)$/.exec(type)![1]!;
  const out: Record<string, string> = {};
  for (const part of post.body.split(`--${boundary}`)) {
    const m = /name="([^"]+)"\r\n\r\n([^]*)\r\n$/.exec(part);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

async function sendSealed(attrs: Record<string, string>, children = '') {
  const { el, tag } = await form('ok200', { 'seal-to': SEAL_TO, ...attrs }, children);
  await fillAll(el);
  await click(button(el));
  await settled(el);
  expect(el.status, statusText(el)).to.equal('success');
  const [post] = await posts(tag);
  return { el, post: post! };
}

describe('<consult-request seal-to>', () => {
  for (const encoding of ['json', 'form', 'multipart']) {
    it(`${encoding}: the relay gets id, sealed, the hidden fields and the opening link, and none of the typed words`, async () => {
      const { post } = await sendSealed(
        { encoding, therapist: 'ana-ruiz', 'opener-href': '/src/opener/' },
        '<input type="hidden" name="_subject" value="New consultation request"><input type="hidden" name="email" value="planted@example.net">',
      );
      for (const trace of TRACES)
        expect(post.body, `"${trace}" in the ${encoding} body`).not.to.include(trace);
      expect(post.body).not.to.include('planted@example.net'); // a hidden input named like a field stays sealed
      const fields = fieldsOf(post);
      expect(Object.keys(fields)).to.deep.equal(['id', 'therapist', 'sealed', '_subject', 'open']);
      expect(fields.therapist).to.equal('ana-ruiz');
      expect(fields.open).to.equal(`${location.origin}/src/opener/#${fields.id}.${fields.sealed}`);
      expect(fields.sealed).to.match(/^[\w-]+$/);

      // Ours opens it: the complete payload, the same id inside as outside.
      const plain = new TextDecoder().decode(
        await open(keys, fromBase64url(fields.sealed!), new TextEncoder().encode(fields.id)),
      );
      const payload = JSON.parse(plain);
      expect(payload).to.include({
        id: fields.id,
        name: TYPED.name,
        email: TYPED.email,
        phone: TYPED.phone,
        message: TYPED.message,
        consent: true,
        therapist: 'ana-ruiz',
        _subject: 'New consultation request',
      });
      expect(payload).to.have.keys(
        'id',
        'name',
        'email',
        'phone',
        'contactMethod',
        'message',
        'consent',
        'therapist',
        'page',
        'submittedAt',
        'locale',
        '_subject',
      );

      // And so does @hpke/core in Node, under our info and aad = the id; another id does not open.
      const node = await executeServerCommand<{ plaintext?: string; error?: string }, object>('hpke-open', {
        ikm: IKM,
        sealed: fields.sealed,
        aad: fields.id,
      });
      expect(node.error).to.equal(undefined);
      expect(JSON.parse(node.plaintext!)).to.deep.equal(payload);
      const changed = await executeServerCommand<{ plaintext?: string; error?: string }, object>(
        'hpke-open',
        { ikm: IKM, sealed: fields.sealed, aad: crypto.randomUUID() },
      );
      expect(changed.error, 'another id opens nothing').to.be.a('string');
    });
  }

  it('Node to the browser: what @hpke/core seals to the key opens with ours', async () => {
    const text = JSON.stringify({ id: 'x-1', name: 'Noé Ibarra' });
    const { sealed } = await executeServerCommand<{ sealed: string }, object>('hpke-seal', {
      publicKey: SEAL_TO,
      plaintext: text,
      aad: 'x-1',
    });
    expect(
      new TextDecoder().decode(await open(keys, fromBase64url(sealed), new TextEncoder().encode('x-1'))),
    ).to.equal(text);
  });

  for (const lang of ['es-MX', 'fr-CA']) {
    it(`${lang}: a form in the language seals, and the sealed payload keeps the locale`, async () => {
      const { el, post } = await sendSealed({ lang, encoding: 'form' });
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal(lang);
      for (const trace of TRACES) expect(post.body).not.to.include(trace);
      const fields = fieldsOf(post);
      expect(Object.keys(fields)).to.deep.equal(['id', 'sealed']);
      const payload = JSON.parse(
        new TextDecoder().decode(
          await open(keys, fromBase64url(fields.sealed!), new TextEncoder().encode(fields.id)),
        ),
      );
      expect(payload).to.include({ name: TYPED.name, locale: lang });
    });
  }

  it('a prerendered copy (no module) of a form-encoded sealed form never posts natively', async () => {
    const { el } = await form('ok200', { 'seal-to': SEAL_TO, encoding: 'form' });
    const host = document.createElement('div');
    const copy = host.attachShadow({ mode: 'open' });
    copy.innerHTML = el.shadowRoot!.innerHTML;
    nativeForm(copy, el);
    const plain = copy.querySelector('form')!;
    expect(plain.getAttribute('action')).to.equal(null);
    expect(plain.getAttribute('method')).to.equal(null);
    expect(copy.querySelector('[part=submit]')!.getAttribute('type')).to.equal('button');
    // the same form without seal-to would post itself
    el.removeAttribute('seal-to');
    const unsealed = document.createElement('div').attachShadow({ mode: 'open' });
    unsealed.innerHTML = el.shadowRoot!.innerHTML;
    nativeForm(unsealed, el);
    expect(unsealed.querySelector('form')!.getAttribute('method')).to.equal('post');
  });

  describe('fails closed', () => {
    const errors: unknown[][] = [];
    const original = console.error;
    beforeEach(() => {
      errors.length = 0;
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    const offCurve = () => {
      const raw = keys.publicKey.slice();
      raw[64]! ^= 1;
      return btoa(String.fromCharCode(...raw))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    };
    const BAD: [string, () => string][] = [
      ['a word', () => 'not-a-key'],
      ['empty', () => ''],
      ['one character short', () => SEAL_TO.slice(1)],
      ['a point off the curve', offCurve],
    ];
    for (const [what, value] of BAD) {
      it(`seal-to ${what}: the configuration message, one console error naming seal-to, and nothing sent`, async () => {
        const { el, tag } = await form('ok200', { 'seal-to': value() });
        await waitFor(() => el.status === 'config', 'the configuration state');
        await el.updateComplete;
        expect($(el, '.config').textContent).to.include('not set up');
        expect(el.shadowRoot!.querySelector('form')).to.equal(null);
        await el.submit();
        expect(await posts(tag)).to.deep.equal([]);
        const named = errors.filter((args) => String(args[0]).includes('"seal-to"'));
        expect(named).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('a page without WebCrypto (not a secure context, here a frame whose crypto.subtle is gone): the configuration message and nothing sent', async () => {
      const tag = newTag();
      const frame = document.createElement('iframe');
      // The frame loads its own copy of the element, after its crypto.subtle is taken away.
      frame.srcdoc = `<script>Object.defineProperty(crypto, 'subtle', { value: undefined }); window.logged = []; console.error = (...a) => logged.push(a.join(' '));</script>
        <script type="module" src="/src/consult-request/consult-request.ts"></script>
        <consult-request endpoint="${endpointFor(tag, 'ok200')}" seal-to="${SEAL_TO}" min-fill-ms="0"></consult-request>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { logged: string[] };
        expect(win.crypto.subtle).to.equal(undefined);
        await win.customElements.whenDefined('consult-request');
        const el = frame.contentDocument!.querySelector('consult-request') as ConsultRequest;
        await waitFor(() => el.status === 'config', 'the configuration state');
        await el.updateComplete;
        expect($(el, '.config').textContent).to.include('not set up');
        await el.submit();
        expect(await posts(tag)).to.deep.equal([]);
        expect(win.logged.filter((line) => line.includes('"seal-to"'))).to.have.length(1);
      } finally {
        frame.remove();
      }
    });

    it('spam checks run before sealing: a filled honeypot sends nothing, sealed or not', async () => {
      const { el, tag } = await form('ok200', { 'seal-to': SEAL_TO });
      await fillAll(el);
      $<HTMLInputElement>(el, '#rw-hp').value = 'bot';
      await click(button(el));
      await waitFor(() => el.status === 'success', 'the quiet success a bot gets');
      expect(await posts(tag)).to.deep.equal([]);
    });
  });
});
