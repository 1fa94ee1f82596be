// The setup page's generic controls: a radio group, a text field, a drop-down, a box of code to copy.
import { html, nothing, type TemplateResult } from 'lit';
import type { Settings } from './settings.js';
import type { Catalog } from './strings/en.js';

/** A group of radio buttons: what `choice()` shows and what it calls. */
export interface Choice<V extends string> {
  /** The radios' `name`, and the start of their ids. */
  name: string;
  legend: string;
  /** The option checked now. */
  value: V;
  options: readonly V[];
  label: (v: V) => string;
  /** A sentence saying what an option does, if it needs one. */
  about?: (v: V) => string | undefined;
  onPick: (v: V) => void;
}

/** A group of radio buttons, each with a sentence saying what it does. */
export function choice<V extends string>(c: Choice<V>): TemplateResult {
  const { name, value } = c;
  return html`<fieldset class="choices">
    <legend>${c.legend}</legend>
    ${c.options.map((v) => {
      const text = c.about?.(v);
      return html`<div class="choice">
        <input type="radio" id="${name}-${v}" name=${name} .value=${v} .checked=${value === v} @change=${() => c.onPick(v)}
          aria-describedby=${text ? `${name}-${v}-about` : nothing} />
        <label for="${name}-${v}">${c.label(v)}</label>
        ${text ? html`<p class="hint" id="${name}-${v}-about">${text}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

/** What the page's section renderers read and call: its sentences, the settings and the way to change one. */
export interface SetupView {
  t: Catalog;
  settings: Settings;
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  /** `target:place` of the snippet just copied, or `!target:place` when copying failed. */
  copied: string;
  copy(key: string, code: string): void;
}

/** A labelled text input with its explanation. */
export function text(
  view: SetupView,
  key: keyof Settings,
  label: string,
  hint: string,
  type = 'text',
  extra: Record<string, string> = {},
): TemplateResult {
  const id = `f-${key}`;
  const onText = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (key === 'minutes') {
      const n = Number(input.value);
      if (Number.isInteger(n) && n >= 1 && n <= 240) view.set('minutes', n);
    } else view.set(key, input.value as never);
  };
  return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input id=${id} type=${type} .value=${String(view.settings[key])} aria-describedby=${hint ? `${id}-hint` : nothing}
        autocomplete=${extra.autocomplete ?? 'off'} inputmode=${extra.inputmode ?? nothing} spellcheck="false"
        @input=${onText} />
    </div>`;
}

/** A labelled drop-down with its explanation: `options` are the values, `label` names each. */
export function select(
  view: SetupView,
  key: 'lang' | 'country',
  label: string,
  hint: string,
  options: readonly string[],
  name: (option: string) => string,
): TemplateResult {
  const id = `f-${key}`;
  const onPick = (e: Event) => view.set(key, (e.target as HTMLSelectElement).value);
  return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      <select id=${id} aria-describedby="${id}-hint" @change=${onPick}>
        ${options.map((o) => html`<option value=${o} ?selected=${view.settings[key] === o}>${name(o)}</option>`)}
      </select>
    </div>`;
}

/** Code to copy: where it goes (its label), the code, and a copy button that says what happened. */
export function codeBox(view: SetupView, key: string, where: string, code: string): TemplateResult {
  const { t, copied } = view;
  const id = `where-${key.replace(/[^a-z-]/g, '-')}`;
  const lines = code.split('\n').length;
  // What the copy button's status says: copied, or that copying failed (the code is selected instead).
  let note = '';
  if (copied === key) note = t.copied;
  else if (copied === `!${key}`) note = t.copyFailed;
  return html`<div class="part">
      <p id=${id} class="where">${where}</p>
      <textarea readonly data-key=${key} aria-labelledby=${id} rows=${Math.min(lines + 1, 14)} spellcheck="false" wrap="off" .value=${code}></textarea>
      <div class="copy-row">
        <button type="button" @click=${() => view.copy(key, code)} aria-describedby=${id}>${t.copy}</button>
        <span role="status" class="done">${note}</span>
      </div>
    </div>`;
}
