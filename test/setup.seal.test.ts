// The setup page's "keep requests private" step: a recovery code shown once, two groups typed
// back, then `seal-to` (the key the code derives) in every snippet; a key arriving in the link is
// ignored and said to be; an endpoint arriving in the link is named until a test request is sent.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  click,
  deepActive,
  fake,
  newTag,
  openSetup,
  sendTest,
  textOf,
  waitFor,
} from './support/setup-page.js';
import { deriveKeyPair, readRecoveryCode, sealTo } from '../src/opener/keys.js';
import type { RelationalSetup } from '../src/setup/setup-page.js';

const PLANTED = 'BP6MGc4JBRkevCmKkkV5JTHybwzs4kYGOei8Oct_cGqCanebTPlpuKDlOcf2L7PTCtaqj4DjDx0Siq_WiiznLqA';

const step = (el: RelationalSetup) =>
  $(el, 'relational-seal-step') as HTMLElement & { updateComplete: Promise<unknown> };
const inStep = <T extends Element = HTMLElement>(el: RelationalSetup, selector: string) =>
  step(el).shadowRoot!.querySelector<T>(selector);
/** Every snippet the page offers now, for every place it can be pasted. */
async function allSnippets(el: RelationalSetup): Promise<string> {
  const out: string[] = [];
  for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="target"]')) {
    radio.click();
    await el.updateComplete;
    out.push(
      ...[...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea[data-key]')].map((t) => t.value),
    );
  }
  return out.join('\n');
}

/** Makes the code and returns it, as shown. */
async function makeCode(el: RelationalSetup): Promise<string> {
  await click(inStep(el, 'button')!);
  await waitFor(() => !!inStep(el, '.code'), 'the recovery code to show');
  return textOf(inStep(el, '.code')!);
}

/** Types the groups the page asks for (taken from `code`, or the given text) and presses "Turn sealing on". */
async function confirm(el: RelationalSetup, code: string, typed?: string): Promise<void> {
  const label = textOf(inStep(el, 'label[for="seal-confirm"]')!);
  const groups = /groups (\d+), (\d+)/.exec(label)!.slice(1).map(Number);
  const parts = code.split(' ');
  const field = inStep<HTMLInputElement>(el, '#seal-confirm')!;
  await click(field);
  await waitFor(() => deepActive() === field, 'the confirm field to take focus', 3000);
  const text = typed ?? groups.map((g) => parts[g - 1]).join(' ');
  // The code is random, so it may repeat a key, which WebKitGTK's typing can drop within one call
  // (src/MAINTAINING.md; "RMQS ST9J" once arrived as "RMQS T9J"): one call per character.
  for (const character of text) await sendKeys({ type: character });
  await waitFor(
    () => field.value === text,
    `"${text}" in the confirm field (it holds "${field.value}")`,
    3000,
  );
  await click(inStep(el, 'form button')!);
  await step(el).updateComplete;
}

describe('setup page: keep requests private', () => {
  it('a key in the link is ignored and said to be; the endpoint from the link is named until a test request', async () => {
    const tag = newTag();
    const endpoint = fake(tag, 'formspree/f/good');
    const el = await openSetup(
      `name=Ana%20Ruiz&service=formspree&endpoint=${encodeURIComponent(endpoint)}&seal-to=${PLANTED}`,
    );
    const warnings = textOf($(el, '.link-warnings'));
    expect(warnings).to.include('carried a key. It was ignored');
    expect(warnings).to.include(
      `Requests will go to ${new URL(endpoint).host}/t/${tag}/formspree/f/good: check that this is your own form`,
    );
    const code = await allSnippets(el);
    expect(code).not.to.include(PLANTED);
    expect(code).not.to.include('seal-to');
    await expect(el).to.be.accessible();
    await sendTest(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.link-warnings')!.textContent).not.to.include('Requests will go to');
  });

  it('the code is shown once; wrong groups keep sealing off; the right ones put the key the code derives into every snippet', async () => {
    const el = await openSetup('name=Ana%20Ruiz&service=formspree&endpoint=xyzabcde');
    expect(textOf($(el, '.link-warnings'))).to.include('Requests will go to formspree.io/f/xyzabcde');
    await expect(el).to.be.accessible();
    const code = await makeCode(el);
    expect(code).to.match(/^([0-9A-HJKMNP-TV-Z]{4} ){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(textOf(step(el).shadowRoot!.querySelector('section')!)).to.match(
      /Key fingerprint: (\w{4} ){3}\w{4}\./,
    );
    await expect(step(el)).to.be.accessible();
    expect(await allSnippets(el)).not.to.include('seal-to', 'no key before the code is typed back');

    await confirm(el, code, 'ABBA CCDE'); // doubled letters, as a code may have
    expect(textOf(inStep(el, '#seal-wrong')!)).to.include('not what your code says');
    expect(inStep(el, '#seal-confirm')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(step(el)).to.be.accessible();
    expect(await allSnippets(el)).not.to.include('seal-to');

    inStep<HTMLInputElement>(el, '#seal-confirm')!.value = '';
    await confirm(el, code);
    expect(inStep(el, '.code'), 'the code is gone from the page').to.equal(null);
    expect(textOf(step(el).shadowRoot!.querySelector('section')!)).not.to.include(code.split(' ')[0]!);
    const key = sealTo((await deriveKeyPair((await readRecoveryCode(code))!)).publicKey);
    const snippets = await allSnippets(el);
    const forms = snippets.match(/<consult-request[^>]*>|data-relational="consult-request"[^>]*>/g)!;
    expect(forms.length).to.be.greaterThan(3);
    for (const form of forms) expect(form).to.include(key);
    expect(snippets).to.include('opener-href="');
    await expect(step(el)).to.be.accessible();

    await click(inStep(el, 'section p button')!);
    await el.updateComplete;
    expect(await allSnippets(el)).not.to.include('seal-to', 'turned off');
  });
});
