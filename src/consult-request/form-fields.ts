// The form's fields rendered from the field table: one template per kind of control, each
// with its label, hint, message and the ids that tie them together.
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/en.js';
import { MAX_MESSAGE, isRequired, type FieldSpec, type Key, type Values } from './fields.js';
import type { Errors } from './validate.js';

/** What the templates read: the element's state, in its language. */
export interface FieldView {
  values: Values;
  errors: Errors;
  strings: Catalog;
  /** The values as the rules see them (fields not shown are empty), for what is required now. */
  asShown: Values;
  privacyHref: string;
}

/** A field's message, tied to it by id (`aria-describedby`). */
const errorText = (id: Key, text?: string) => (text ? html`<p id="${id}-error" class="error">${text}</p>` : nothing);
// The space is in the same text node as the word: Chromium's accessible name drops a text node
// of whitespace alone between label parts ("Your name(required)").
const requiredMark = (t: Catalog) => html`<span class="req">${` ${t.required}`}</span>`;

/** One field: label with "(required)" in words, an optional hint, the error tied by id, then the control. */
export function renderField(f: FieldSpec, view: FieldView): TemplateResult {
  if (f.control === 'radio') return renderChoice(f, view);
  if (f.control === 'checkbox') return renderConsent(view);
  const { key } = f;
  const { strings: t, errors } = view;
  const error = errors[key];
  const describedBy = [f.hint && `${key}-hint`, f.control === 'textarea' && `${key}-count`, error && `${key}-error`].filter(Boolean).join(' ');
  const required = isRequired(f, view.asShown);
  return html`<div part="field">
    <label for=${key}>${t[`${key}Label`]}${required ? requiredMark(t) : nothing}</label>
    ${f.hint ? html`<p id="${key}-hint" class="hint">${t[f.hint]}</p>` : nothing}
    ${errorText(key, error)} ${f.control === 'textarea' ? renderMessage(f, view, describedBy) : renderInput(f, view, describedBy, required)}
  </div>`;
}

/** A one-line text, email or phone box, with the keyboard and AutoFill hints a phone expects. */
function renderInput({ key, control, autocomplete }: FieldSpec, view: FieldView, describedBy: string, required: boolean) {
  const text = control === 'text';
  return html`<input id=${key} name=${key} part="input" type=${control} autocomplete=${autocomplete ?? 'off'}
    inputmode=${text ? nothing : control} dir=${text ? nothing : 'ltr'} spellcheck="false" autocapitalize=${text ? 'words' : 'off'}
    ?required=${required} aria-invalid=${!!view.errors[key]} aria-describedby=${describedBy || nothing} .value=${view.values[key] as string} />`;
}

/** The message box, its counter, and a quiet announcement near the limit (not on every keystroke). */
function renderMessage({ key, max = MAX_MESSAGE }: FieldSpec, { strings: t, values }: FieldView, describedBy: string) {
  const value = values[key] as string;
  const used = value.length;
  const left = max - used;
  return html`<textarea id=${key} name=${key} part="input" rows="5" maxlength=${max} aria-describedby=${describedBy} .value=${value}></textarea>
    <p id="${key}-count" class="hint count">${t.messageCount({ used, max })}<span class="sr"> ${t.messageCountUnit}</span></p>
    <p class="sr" role="status">${left > 200 ? '' : left ? t.messageNearLimit({ under: left > 100 ? 200 : 100 }) : t.messageFull}</p>`;
}

/** A group of radio buttons in a fieldset, its question as the legend. */
function renderChoice({ key, options = [] }: FieldSpec, { strings: t, values }: FieldView) {
  const labels = t[`${key as 'contactMethod'}Options`] as Record<string, string>;
  return html`<fieldset part="field"><legend>${t[`${key}Label`]}</legend>${options.map(
    (value) => html`<label class="choice"><input type="radio" name=${key} value=${value} .checked=${values[key] === value} /> ${labels[value]}</label>`,
  )}</fieldset>`;
}

/** The consent box, with the privacy policy's link when there is one. */
function renderConsent({ strings: t, values, errors, privacyHref }: FieldView) {
  const error = errors.consent;
  const privacy = privacyHref ? html`<a class="hint" href=${privacyHref} target="_blank" rel="noopener">${t.privacyLink}</a>` : nothing;
  return html`<div part="field" class="check">
    <input id="consent" name="consent" type="checkbox" required .checked=${values.consent} aria-invalid=${!!error}
      aria-describedby=${error ? 'consent-error' : nothing} />
    <label for="consent">${t.consentLabel}${requiredMark(t)}</label> ${privacy} ${errorText('consent', error)}
  </div>`;
}
