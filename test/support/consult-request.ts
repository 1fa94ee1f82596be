// Shared by the <consult-request> test files: the recording server on another origin, and
// typing and clicking as a person would.
import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ENDPOINT } from './origins.js';
import { click, deepActive, waitFor } from './person.js';
import type { ConsultRequest } from '../../src/consult-request/consult-request.js';
import '../../src/consult-request/consult-request.js';

export { ENDPOINT, click, deepActive, waitFor };

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A fresh tag, so that one test's requests never mix with another's. */
export const newTag = (): string => crypto.randomUUID();
export const endpointFor = (tag: string, scenario: string): string => `${ENDPOINT}/t/${tag}/${scenario}`;

/** Every request the server recorded for a tag, preflights included. */
export async function recorded(tag: string): Promise<Recorded[]> {
  return (await fetch(`${ENDPOINT}/__requests?tag=${tag}`)).json();
}
export const posts = async (tag: string): Promise<Recorded[]> =>
  (await recorded(tag)).filter((r) => r.method === 'POST');

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const statusText = (el: Element): string =>
  $(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();
export const visibleText = (el: Element): string =>
  (el.shadowRoot! as unknown as HTMLElement).textContent!.replace(/\s+/g, ' ');
export const button = (el: Element): HTMLButtonElement => $(el, '[part="submit"]');
export const errorOf = (el: Element, field: string): string | undefined =>
  el.shadowRoot!.getElementById(`${field}-error`)?.textContent?.trim();

/** Focuses a field and types, then waits until the page has the text (a busy engine may lag behind). */
export async function typeInto(el: Element, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`);
  field.focus();
  await sendKeys({ type: text });
  await waitFor(() => field.value.includes(text), `"${text}" in #${id}`, 3000);
}

/** Presses Tab and waits until focus has actually moved (a busy engine may lag behind the driver). */
export async function tab(): Promise<void> {
  const from = deepActive();
  await sendKeys({ press: 'Tab' });
  await waitFor(() => deepActive() !== from, 'focus to move on Tab', 3000);
}

/**
 * Name, email and consent, as a person fills them in. Tab leaves each field, as a person would:
 * it also closes Firefox's form-history list, which otherwise covers the fields below.
 */
export async function fillValid(el: Element): Promise<void> {
  await typeInto(el, 'name', 'Ana Ruiz');
  await tab();
  await typeInto(el, 'email', 'ana@example.org');
  await tab();
  const consent = $<HTMLInputElement>(el, '#consent');
  await click(consent);
  await waitFor(() => consent.checked, 'the consent box to be ticked', 3000);
}

/** What `fillAndSend()` types after name, email and consent, by field id, unless told otherwise. */
export const TYPED: Readonly<Record<string, string>> = { message: 'Hi there' };

/**
 * Fills in a valid form as a person would (`fillValid()`, then `typed`, field by field), sends it
 * with the mouse and waits until the outcome shows.
 */
export async function fillAndSend(el: ConsultRequest, typed: Record<string, string> = TYPED): Promise<void> {
  await fillValid(el);
  for (const [id, text] of Object.entries(typed)) await typeInto(el, id, text);
  await click(button(el));
  await settled(el);
}

/** Everything `fillAndSend()` typed or ticked is still in the fields. */
export function expectKept(el: Element, typed: Record<string, string> = TYPED): void {
  expect($<HTMLInputElement>(el, '#name').value).to.equal('Ana Ruiz');
  expect($<HTMLInputElement>(el, '#email').value).to.equal('ana@example.org');
  for (const [id, text] of Object.entries(typed))
    expect($<HTMLInputElement>(el, `#${id}`).value, `#${id}`).to.equal(text);
  expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
}

/** Name, email and consent set as AutoFill or a quick bot would: values and `input` events, no typing. */
export function fillByScript(el: Element): void {
  for (const [id, value] of [
    ['name', 'Bot'],
    ['email', 'bot@example.org'],
  ]) {
    const input = $<HTMLInputElement>(el, `#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  $<HTMLInputElement>(el, '#consent').click();
}

/** The form's own controls (not the spam trap, not the host's slotted hidden inputs), in order. */
const controls = (el: Element) =>
  [...el.shadowRoot!.querySelector('form')!.elements].filter(
    (c): c is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
      'name' in c &&
      !!(c as HTMLInputElement).name &&
      (c as HTMLInputElement).name !== 'rw-hp' &&
      (c as HTMLInputElement).type !== 'hidden' &&
      !(c as HTMLInputElement).disabled,
  );

/** What every control of the form holds, by name: text as typed, a choice's value, a box's tick. */
export function formState(el: Element): Record<string, string | boolean> {
  const state: Record<string, string | boolean> = {};
  for (const c of controls(el)) {
    if (c instanceof HTMLInputElement && c.type === 'radio') {
      if (c.checked) state[c.name] = c.value;
      else state[c.name] ??= '';
    } else if (c instanceof HTMLInputElement && c.type === 'checkbox') state[c.name] = c.checked;
    else state[c.name] = c.value;
  }
  return state;
}

/** Text a person might type into a field of this kind (no doubled letters: WebKitGTK drops them, src/MAINTAINING.md). */
function sampleText(c: HTMLInputElement | HTMLTextAreaElement): string {
  if (c.type === 'email') return 'ana@example.org';
  if (c.type === 'tel') return '503-827-4169';
  if (c instanceof HTMLTextAreaElement) return 'Evenings, please';
  if (c.name === 'name') return 'Ana Ruiz';
  return 'Portland, OR';
}

/**
 * Fills in every control of the form as a person would, whatever fields it has: types into each
 * text field, picks the last choice of each group, ticks each box, takes the last option of
 * each list. Returns what the form then holds (`formState`).
 */
export async function fillEveryField(el: Element): Promise<Record<string, string | boolean>> {
  const groups = new Set<string>();
  for (const c of controls(el)) {
    if (c instanceof HTMLSelectElement) {
      c.focus();
      c.value = c.options[c.options.length - 1]!.value;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else if (c instanceof HTMLInputElement && c.type === 'radio') {
      if (groups.has(c.name)) continue;
      groups.add(c.name);
      const group = controls(el).filter((r) => r.name === c.name) as HTMLInputElement[];
      const last = group[group.length - 1]!;
      await click(last);
      await waitFor(() => last.checked, `the last choice of ${c.name} to be picked`, 3000);
    } else if (c instanceof HTMLInputElement && c.type === 'checkbox') {
      if (!c.checked) await click(c);
      await waitFor(() => c.checked, `#${c.id || c.name} to be ticked`, 3000);
    } else {
      const text = sampleText(c);
      c.focus();
      await sendKeys({ type: text });
      await waitFor(() => c.value.includes(text), `"${text}" in ${c.name}`, 3000);
      await tab();
    }
  }
  return formState(el);
}

/** The names of the element's own events (consult-*) as they fire, in order. */
export function recordEvents(el: Element): string[] {
  const fired: string[] = [];
  for (const type of [
    'consult-submit',
    'consult-success',
    'consult-error',
    'consult-open',
    'consult-close',
  ]) {
    el.addEventListener(type, () => fired.push(type));
  }
  return fired;
}

/** Waits until the element leaves the sending state. */
export const settled = (el: ConsultRequest, timeout?: number): Promise<void> =>
  waitFor(() => el.status !== 'submitting', 'the send to settle', timeout);

/** A form for one test, posting to its own tagged path on the recording server. */
export async function form(
  scenario: string,
  attrs: Record<string, string> = {},
  children = '',
): Promise<{ el: ConsultRequest; tag: string }> {
  const tag = newTag();
  const el = document.createElement('consult-request');
  el.setAttribute('endpoint', endpointFor(tag, scenario));
  el.setAttribute('min-fill-ms', '0');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = children;
  await fixture<ConsultRequest>(html`${el}`);
  await el.updateComplete;
  return { el, tag };
}

export { expect };
