// Shared by the setup page's tests: the page with a fragment, and typing, choosing and clicking
// in it as a therapist would. The fake form services run on another origin (fake-services.js).
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SERVICES, CLOSED } from './fake-origins.js';
import { click, deepActive, waitFor } from './person.js';
import type { RelationalSetup } from '../../src/setup/setup-page.js';
import '../../src/setup/setup-page.js';

export { SERVICES, CLOSED, click, deepActive, waitFor };

export interface Logged {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

export const newTag = (): string => crypto.randomUUID();
/** A fake service's address for one test: `${SERVICES}/t/<tag>/<path>`. */
export const fake = (tag: string, path: string): string => `${SERVICES}/t/${tag}/${path}`;
/** What reached the fake services for a tag, oldest first. */
export const logged = async (tag: string): Promise<Logged[]> =>
  (await fetch(`${SERVICES}/__log?tag=${tag}`)).json();

/** The setup page, opened at `#fragment`, with the built module beside it (as the static build has it). */
export async function openSetup(fragment = ''): Promise<RelationalSetup> {
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
  const el = await fixture<RelationalSetup>(
    html`<relational-setup version="0.1.0" module="/raw/dist/relational-widgets.js"></relational-setup>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} on the setup page`);
  return found;
};
export const textOf = (node: Element): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks a field, selects what it holds (so typing replaces it) and types, then waits until the page has it. */
export async function typeInto(el: RelationalSetup, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`);
  await click(field);
  await waitFor(() => deepActive() === field, `#${id} to take focus`, 3000);
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await waitFor(() => field.value === text, `"${text}" in #${id} (it holds "${field.value}")`, 3000);
}

/**
 * Pastes into a field, as a therapist pastes a link copied from their service's dashboard: the
 * field gets focus by a click, then the whole text arrives in one input event.
 */
export async function pasteInto(el: RelationalSetup, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`);
  await click(field);
  await waitFor(() => deepActive() === field, `#${id} to take focus`, 3000);
  field.value = text;
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }),
  );
  await el.updateComplete;
}

/** Chooses a radio button or ticks a box by clicking its label, as a person does. */
export async function choose(el: RelationalSetup, id: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  const label = $(el, `label[for="${id}"]`);
  const before = input.checked;
  await click(label);
  await waitFor(
    () => input.checked !== before || (input.type === 'radio' && input.checked),
    `#${id} to be chosen`,
    3000,
  );
  await el.updateComplete;
}

/** Presses "Send a test request" and waits for the diagnosis. */
export async function sendTest(el: RelationalSetup, timeout = 8000): Promise<HTMLElement> {
  const button = $<HTMLButtonElement>(el, '.test button.primary');
  await click(button);
  await waitFor(() => !!el.shadowRoot!.querySelector('#diagnosis'), 'a diagnosis to appear', timeout);
  return $(el, '#diagnosis');
}
