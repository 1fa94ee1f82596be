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
export const posts = async (tag: string): Promise<Recorded[]> => (await recorded(tag)).filter((r) => r.method === 'POST');

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
export const statusText = (el: Element): string => $(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();
export const visibleText = (el: Element): string => (el.shadowRoot! as unknown as HTMLElement).textContent!.replace(/\s+/g, ' ');
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


/** Waits until the element leaves the sending state. */
export const settled = (el: ConsultRequest, timeout?: number): Promise<void> =>
  waitFor(() => el.status !== 'submitting', 'the send to settle', timeout);

/** A form for one test, posting to its own tagged path on the recording server. */
export async function form(scenario: string, attrs: Record<string, string> = {}, children = ''): Promise<{ el: ConsultRequest; tag: string }> {
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
