// The opener: a static page where the therapist unlocks with the recovery code and opens sealed
// requests, from a notification's link (`#<id>.<sealed>`) or from pasted text. It sends nothing
// and loads nothing from elsewhere (its Content Security Policy says so: index.html).
import { deriveKeyPair, fingerprint, fromBase64url, open, readRecoveryCode, type KeyPair } from './keys.js';
import { readFragment, readPasted, type Found } from './read.js';
import { askToPersist, forgetKey, keepKey, loadKey } from './store.js';
import { showRequest } from './show.js';
import { catalogs } from './strings/index.js';
import { en as formEn } from '../i18n/en.js';
import { es as formEs } from '../i18n/es.js';
import { fr as formFr } from '../i18n/fr.js';
import type { Catalog as FormCatalog } from '../i18n/catalog.js';

const FORM_CATALOGS: Record<string, FormCatalog> = {
  en: formEn,
  es: formEs as FormCatalog,
  fr: formFr as FormCatalog,
};
const lang = [navigator.language.slice(0, 2)].find((l) => l in catalogs) ?? 'en';
const t = catalogs[lang]!;
const form = FORM_CATALOGS[lang]!;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's markup, every sentence from the catalog. */
function build(): void {
  document.documentElement.lang = lang;
  document.title = t.title;
  const main = $('app');
  main.innerHTML = `
    <h1></h1><p id="intro"></p>
    <section aria-labelledby="unlock-heading">
      <h2 id="unlock-heading"></h2>
      <form id="unlock" novalidate>
        <label for="code"></label><p class="hint" id="code-hint"></p>
        <textarea id="code" rows="3" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint"></textarea>
        <p class="check"><input type="checkbox" id="keep" aria-describedby="keep-hint"><label for="keep" id="keep-label"></label></p>
        <p class="hint" id="keep-hint"></p>
        <button id="unlock-button"></button>
      </form>
      <p id="key-status" role="status"></p>
      <button type="button" id="forget" hidden></button>
    </section>
    <section aria-labelledby="open-heading">
      <h2 id="open-heading"></h2>
      <form id="paste" novalidate>
        <label for="pasted"></label><p class="hint" id="pasted-hint"></p>
        <textarea id="pasted" rows="8" spellcheck="false" aria-describedby="pasted-hint"></textarea>
        <button id="open-button"></button>
      </form>
      <p id="open-status" role="status"></p>
      <div id="result"></div>
    </section>`;
  const text: [string, string][] = [
    ['app h1', t.title],
    ['intro', t.intro],
    ['unlock-heading', t.unlockHeading],
    ['code-hint', t.codeHint],
    ['keep-label', t.keep],
    ['keep-hint', t.keepHint],
    ['unlock-button', t.unlock],
    ['forget', t.forget],
    ['open-heading', t.requestHeading],
    ['pasted-hint', t.pasteHint],
    ['open-button', t.open],
  ];
  for (const [id, words] of text)
    (id.includes(' ') ? document.querySelector(`#${id}`)! : $(id)).textContent = words;
  document.querySelector('label[for=code]')!.textContent = t.codeLabel;
  document.querySelector('label[for=pasted]')!.textContent = t.pasteLabel;
}

let keys: KeyPair | undefined;
let print = '';
/** A request that arrived in the address before the key was unlocked. */
let pending: Found | undefined;

async function unlocked(pair: KeyPair, note = ''): Promise<void> {
  keys = pair;
  print = await fingerprint(pair.publicKey);
  $('key-status').textContent = `${t.unlocked({ fingerprint: print })} ${note}`.trim();
  $('unlock').hidden = true;
  $('forget').hidden = !note;
  if (pending) await openFound(pending);
}

async function onUnlock(e: Event): Promise<void> {
  e.preventDefault();
  const code = $<HTMLTextAreaElement>('code');
  const button = $<HTMLButtonElement>('unlock-button');
  button.textContent = t.unlocking;
  const ikm = await readRecoveryCode(code.value);
  button.textContent = t.unlock;
  if (!ikm) {
    code.setAttribute('aria-invalid', 'true');
    $('key-status').textContent = t.badCode;
    return code.focus();
  }
  code.removeAttribute('aria-invalid');
  code.value = ''; // the code is the key: it does not stay in the page
  const pair = await deriveKeyPair(ikm);
  const keep =
    $<HTMLInputElement>('keep').checked &&
    (await keepKey(pair).then(
      () => true,
      () => false,
    ));
  await unlocked(pair, keep ? t.kept : '');
  // The browser's answer may wait on the person (Firefox asks): it is told when it comes.
  if (keep)
    askToPersist().then(
      (promised) =>
        promised ||
        ($('key-status').textContent = `${t.unlocked({ fingerprint: print })} ${t.keptNotPersistent}`),
    );
}

async function onForget(): Promise<void> {
  await forgetKey();
  keys = undefined;
  $('forget').hidden = true;
  $('unlock').hidden = false;
  $('key-status').textContent = t.forgotten;
  $('code').focus();
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Opens what was found with the key, trying each id and each way of joining wrapped lines; says what went wrong otherwise. */
async function openFound(found: Found): Promise<void> {
  const status = $('open-status');
  const result = $('result');
  result.replaceChildren();
  status.textContent = ''; // so the same message again is announced again
  if (!keys) {
    pending = found;
    status.textContent = t.lockedFirst;
    return $('code').focus();
  }
  pending = undefined;
  if (!found.candidates.length) return void (status.textContent = t.notFound);
  if (!found.ids.length) return void (status.textContent = t.noId);
  for (const id of found.ids)
    for (const candidate of found.candidates) {
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(new TextDecoder().decode(await open(keys, fromBase64url(candidate), utf8(id))));
      } catch {
        continue; // not this id, or not this joining of the lines
      }
      // The id is the aad, so a changed id does not open at all; the id inside must say the same.
      if (payload.id !== id) return void (status.textContent = t.idMismatch);
      result.append(showRequest(payload, form, t, lang));
      status.textContent = t.opened({ name: String(payload.name ?? '') });
      return $('request-name').focus();
    }
  status.textContent = t.doesNotOpen({ fingerprint: print });
}

async function onPaste(e: Event): Promise<void> {
  e.preventDefault();
  await openFound(readPasted($<HTMLTextAreaElement>('pasted').value));
}

async function start(): Promise<void> {
  build();
  $('unlock').addEventListener('submit', onUnlock);
  $('paste').addEventListener('submit', onPaste);
  $('forget').addEventListener('click', onForget);
  const arrived = location.hash.length > 1 ? readFragment(location.hash) : undefined;
  const kept = await loadKey();
  if (kept) await unlocked(kept, t.kept);
  if (arrived) await openFound(arrived);
  else if (!kept) $('code').focus();
}

start();
