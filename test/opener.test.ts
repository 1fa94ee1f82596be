// The opener (src/opener/index.html) in a frame, as a therapist uses it: a notification's link
// arrives, the recovery code is typed, the request shows in words; pasted notifications open
// however they were quoted or wrapped; a changed id or a flipped letter is refused in words; the
// page loads nothing from elsewhere. Also RFC 9180 A.3 in each engine.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, waitFor } from './support/person.js';
import { deriveKeyPair, fromHex, hex, keyPairOf, open, sealTo } from '../src/opener/keys.js';
import { seal, sealPayload, toBase64url } from '../src/consult-request/seal.js';
import type { ConsultPayload } from '../src/consult-request/events.js';

// A recovery code and the ikm it stands for (base32 of the ikm and its checksum: see keys.ts).
// No character twice in a row: WebKitGTK's typing drops the second (src/MAINTAINING.md).
const IKM = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 23);
const CODE = '2WF2 AB1K 790M GKTP BNJ6 PWKS G23R X5CW MENB 3E5Z RV6X 9PZ2 X7RB WF8A';
const ID = '9b2f7c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d';
const PAYLOAD = {
  id: ID,
  name: 'Maris Tovar',
  email: 'mtovar@example.org',
  phone: '503-827-4169',
  contactMethod: 'phone',
  times: ['evenings', 'weekends'],
  sessionFor: 'couple',
  message: 'We keep having the same argument.\nEvenings work best.',
  consent: true,
  page: 'https://example.org/ana',
  submittedAt: '2026-12-05T15:30:00.000Z',
  locale: 'en-US',
  _subject: 'New consultation request',
} as unknown as ConsultPayload;

let SEALED = '';
before(async () => {
  const keys = await deriveKeyPair(IKM);
  SEALED = (await sealPayload(PAYLOAD, [], keys.publicKey)).sealed as string;
});

/** The opener in a frame, its IndexedDB emptied first. */
async function opener(
  fragment = '',
): Promise<{ frame: HTMLIFrameElement; doc: Document; text: (id: string) => string }> {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('relational-widgets-opener');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:900px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/src/opener/index.html${fragment}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitFor(() => !!doc.getElementById('code'), 'the opener to build its page');
  // innerText: what a person reads, a label and its answer apart
  return { frame, doc, text: (id) => doc.getElementById(id)!.innerText.replace(/\s+/g, ' ').trim() };
}

async function unlock(frame: HTMLIFrameElement, code = CODE): Promise<void> {
  const doc = frame.contentDocument!;
  await click(doc.getElementById('code')!, frame);
  await sendKeys({ type: code });
  await click(doc.getElementById('unlock-button')!, frame);
  await waitFor(
    () => /Unlocked|not a recovery code/.test(doc.getElementById('key-status')!.textContent!),
    'the unlock to finish',
  );
}

/** axe-core, loaded into the frame from this origin (the opener's CSP allows only that), run on its page. */
async function axe(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & {
    axe?: { run(node: Node): Promise<{ violations: { id: string }[] }> };
  };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(frame.contentDocument!);
  return violations.map((v) => v.id);
}

async function paste(frame: HTMLIFrameElement, text: string): Promise<void> {
  const doc = frame.contentDocument!;
  const box = doc.getElementById('pasted') as HTMLTextAreaElement;
  box.focus();
  box.value = text; // as a paste puts it there
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await click(doc.getElementById('open-button')!, frame);
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the opener', () => {
  it('RFC 9180 A.3 in this engine: ikmR derives pkRm, and the vector opens with skRm', async () => {
    const derived = await deriveKeyPair(
      fromHex('668b37171f1072f3cf12ea8a236a45df23fc13b82af3609ad1e354f6ef817550'),
    );
    expect(hex(derived.publicKey)).to.equal(
      '04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f706a826a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0',
    );
    const keys = await keyPairOf(fromHex('f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2'));
    const sealed = fromHex(
      '04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4' +
        '5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f9076ac232e3ab2523f39513434',
    );
    const pt = await open(keys, sealed, new TextEncoder().encode('Count-0'), 'Ode on a Grecian Urn');
    expect(new TextDecoder().decode(pt)).to.equal('Beauty is truth, truth beauty');
  });

  it('a link from a notification: asks for the code, then shows the request in words, with its id checked and a reply link', async () => {
    const { frame, doc, text } = await opener(`#${ID}.${SEALED}`);
    await waitFor(() => text('open-status') !== '', 'the opener to say what it needs');
    expect(text('open-status')).to.include('Unlock with your recovery code first');
    expect(await axe(frame)).to.deep.equal([]);
    expect(doc.activeElement!.id, 'focus waits in the code box').to.equal('code');
    await unlock(frame, CODE.toLowerCase());
    expect(text('key-status')).to.match(/^Unlocked\. Key fingerprint: (\w{4} ){3}\w{4}\./);
    await waitFor(() => !!doc.getElementById('request-name'), 'the request to open');
    expect(text('request-name')).to.equal('Maris Tovar');
    expect(doc.activeElement!.id).to.equal('request-name');
    const shown = text('result');
    for (const words of [
      'Who is the therapy for? Us as a couple',
      'Good times to reach you Evenings, Weekends',
      'How would you like to be contacted? Phone call',
      'We keep having the same argument.',
      `Request id (checked) ${ID}`,
      '_subject = New consultation request',
    ])
      expect(shown).to.include(words);
    for (const code of ['evenings', 'sessionFor', 'contactMethod'])
      expect(shown, 'labels, not codes').not.to.include(code);
    const reply = doc.querySelector<HTMLAnchorElement>('.actions a[href^="mailto:"]')!;
    expect(reply.textContent).to.equal('Reply by email');
    expect(reply.getAttribute('href')).to.equal(
      'mailto:mtovar@example.org?subject=Your%20consultation%20request',
    );
    expect(await axe(frame)).to.deep.equal([]);
    // Nothing came from elsewhere, and nothing was fetched or sent.
    const resources = (
      frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((r) => !r.name.includes('axe'));
    expect(resources.every((r) => new URL(r.name).origin === location.origin)).to.equal(true);
    expect(
      resources.filter(
        (r) =>
          r.initiatorType === 'fetch' || r.initiatorType === 'xmlhttprequest' || r.initiatorType === 'beacon',
      ),
    ).to.deep.equal([]);
  });

  it('a wrong recovery code is caught before anything opens', async () => {
    const { frame, doc, text } = await opener();
    await unlock(frame, CODE.replace('2WF2', '2WF3'));
    expect(text('key-status')).to.include('not a recovery code');
    expect(doc.getElementById('code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await axe(frame)).to.deep.equal([]);
  });

  it('kept on this device: a reload opens the link without the code; forgetting asks for it again', async () => {
    const { frame, doc, text } = await opener();
    await click(doc.getElementById('keep')!, frame);
    await unlock(frame);
    expect(text('key-status')).to.include('kept on this device');
    frame.contentWindow!.location.hash = `#${ID}.${SEALED}`;
    frame.contentWindow!.location.reload();
    await waitFor(
      () => !!frame.contentDocument?.getElementById('request-name'),
      'the request to open with the kept key',
    );
    const again = frame.contentDocument!;
    await click(again.getElementById('forget')!, frame);
    await waitFor(
      () => again.getElementById('key-status')!.textContent!.includes('no longer on this device'),
      'the key to be forgotten',
    );
    expect(again.getElementById('unlock')!.hidden).to.equal(false);
  });

  it('pasted: a quoted, wrapped notification opens', async () => {
    const { frame, doc, text } = await opener();
    await unlock(frame);
    const wrapped = SEALED.match(/.{1,76}/g)!
      .map((line) => `> ${line}`)
      .join('\n');
    await paste(
      frame,
      `On Monday, Formspree wrote:\n> id\n> ${ID}\n> sealed\n${wrapped}\n> _subject\n> New consultation request`,
    );
    await waitFor(() => !!doc.getElementById('request-name'), 'the request to open');
    expect(text('open-status')).to.equal('Request from Maris Tovar, opened.');
  });

  it('a changed id, a flipped letter, a key that is not this one: a clear message and nothing shown', async () => {
    const { frame, doc, text } = await opener();
    await unlock(frame);
    const refused = async (pasted: string) => {
      await paste(frame, pasted);
      await waitFor(() => text('open-status') !== '', 'a message');
      expect(doc.getElementById('request-name')).to.equal(null);
      return text('open-status');
    };
    const otherId = ID.replace('9b2f', '9b2e');
    expect(await refused(`id: ${otherId}\nsealed: ${SEALED}`)).to.include('This request does not open');
    const i = 120;
    const flipped = SEALED.slice(0, i) + (SEALED[i] === 'A' ? 'B' : 'A') + SEALED.slice(i + 1);
    expect(await refused(`id: ${ID}\nsealed: ${flipped}`)).to.include('changed on the way');
    expect(await refused('Hello, no request here')).to.include('There is no sealed request');
    expect(await refused(`sealed: ${SEALED}`)).to.include('id is missing');
    // Sealed under the clear id, but with another id inside: opens, and is refused for it.
    const keys = await deriveKeyPair(IKM);
    const inside = toBase64url(
      await seal(
        keys.publicKey,
        new TextEncoder().encode(JSON.stringify({ ...PAYLOAD, id: otherId })),
        new TextEncoder().encode(ID),
      ),
    );
    expect(await refused(`id: ${ID}\nsealed: ${inside}`)).to.include('not the id it arrived with');
    // Sealed to another key.
    const other = await deriveKeyPair(new Uint8Array(32).fill(9));
    const elsewhere = (await sealPayload(PAYLOAD, [], other.publicKey)).sealed as string;
    expect(await refused(`id: ${ID}\nsealed: ${elsewhere}`)).to.include('sealed to another key');
    expect(sealTo(other.publicKey)).not.to.equal(sealTo(keys.publicKey));
    expect(await axe(frame)).to.deep.equal([]);
  });
});
