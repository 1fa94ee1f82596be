// The setup page's generic controls.
import { html, nothing, type TemplateResult } from 'lit';

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
