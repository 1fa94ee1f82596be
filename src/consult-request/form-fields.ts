// The form's fields rendered from the field table: one template per kind of control, each
// with its label, hint, message and the ids that tie them together.
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import {
  FIELDS,
  MAX_MESSAGE,
  isRequired,
  type FieldSentences,
  type FieldSpec,
  type Key,
  type Values,
} from './fields.js';
import type { Errors } from './validate.js';
import { ANY } from './clinicians.js';

/** What the templates read: the element's state, in its language. */
export interface FieldView {
  values: Values;
  errors: Errors;
  strings: Catalog;
  /** The values as the rules see them (fields not shown are empty), for what is required now. */
  asShown: Values;
  privacyHref: string;
  /** The `region` field's choices: code and name, in the order of `regions`. */
  regions: readonly (readonly [code: string, name: string])[];
  /** The `clinician` field's named choices: id and label, in the order of `clinicians`. */
  clinicians?: readonly (readonly [id: string, label: string])[];
  /** What the practice says beside a question (fees and insurance beside the payment question), tied to it. */
  notes?: Partial<Record<Key, unknown>>;
  /** What follows a question's choices and is announced politely when it changes (the Good Faith Estimate). */
  after?: Partial<Record<Key, unknown>>;
}

/** A choice of one with more than this many answers is a list (a select), not a column of radio buttons. */
const MOST_RADIOS = 7;

/** A field's message, tied to it by id (`aria-describedby`). */
const errorText = (id: Key, text?: string) =>
  text ? html`<p id="${id}-error" class="error">${text}</p>` : nothing;
// The space is in the same text node as the word: Chromium's accessible name drops a text node
// of whitespace alone between label parts ("Your name(required)").
const requiredMark = (t: Catalog) => html`<span class="req">${` ${t.required}`}</span>`;

const hintText = ({ key, hint }: FieldSpec, t: Catalog) =>
  hint ? html`<p id="${key}-hint" class="hint">${t[hint]}</p>` : nothing;
/** The ids of what describes a field: its hint, its counter, its message. */
const describers = ({ key, hint, control }: FieldSpec, error?: string): string =>
  [hint && `${key}-hint`, control === 'textarea' && `${key}-count`, error && `${key}-error`]
    .filter(Boolean)
    .join(' ');

/** A choice's values and their labels: the catalog's, or the `regions` for `region` (the form and the "email instead" draft). */
export function choices(
  { key, options = [] }: FieldSpec,
  view: Pick<FieldView, 'strings' | 'regions' | 'clinicians'>,
): readonly (readonly [string, string])[] {
  if (key === 'region') return view.regions;
  // Every catalog holds each field's sentences (`FieldSentences`: one missing fails `tsc` here).
  const sentences: FieldSentences = view.strings;
  const labels =
    (sentences as unknown as Record<string, Record<string, string> | undefined>)[`${key}Options`] ?? {};
  // `clinician`: whoever is available first (its label in the catalog), then the practice's clinicians.
  if (key === 'clinician') return [[ANY, labels[ANY] ?? ANY], ...(view.clinicians ?? [])];
  return options.map((value) => [value, labels[value] ?? value]);
}

/**
 * The answers in words, for the client's copy and the "email instead" draft: one line per shown
 * field that has an answer, in the form's order, as "Label: answer"; each chosen value as its
 * label, never its code, joined by `list`; a typed answer as typed; a ticked yes-or-no box as its
 * label alone ("OK to leave me a voicemail"), which says the whole of it. The consent box and the
 * keys in `skip` are left out.
 */
export function answerLines(
  values: Values,
  shown: ReadonlySet<Key>,
  view: Pick<FieldView, 'strings' | 'regions' | 'clinicians'>,
  list: (words: string[]) => string,
  skip?: Key,
): string[] {
  const t = view.strings;
  return FIELDS.filter((f) => shown.has(f.key) && f.key !== 'consent' && f.key !== skip)
    .map((f) => {
      const value = values[f.key];
      const label = t[`${f.key}Label`];
      if (typeof value === 'boolean') return value ? label : '';
      const labels = new Map(choices(f, view));
      const answer = list(([value].flat().filter(Boolean) as string[]).map((v) => labels.get(v) ?? v));
      return answer && t.mailAnswer({ label, answer });
    })
    .filter(Boolean);
}

/** One field: label with "(required)" in words, an optional hint, the error tied by id, then the control. */
export function renderField(f: FieldSpec, view: FieldView): TemplateResult {
  const many = f.control === 'radio' && choices(f, view).length > MOST_RADIOS;
  if ((f.control === 'radio' && !many) || f.control === 'checkboxes') return renderGroup(f, view);
  if (f.control === 'checkbox') return renderCheck(f, view);
  const { key } = f;
  const { strings: t, errors } = view;
  const error = errors[key];
  const describedBy = describers(f, error);
  const required = isRequired(f, view.asShown);
  const control =
    f.control === 'textarea'
      ? renderMessage(f, view, describedBy)
      : f.control === 'select' || many
        ? renderSelect(f, view, describedBy)
        : renderInput(f, view, describedBy, required);
  return html`<div part="field">
    <label for=${key}>${t[`${key}Label`]}${required ? requiredMark(t) : nothing}</label>
    ${hintText(f, t)} ${errorText(key, error)} ${control}
  </div>`;
}

/** A one-line text, email or phone box, with the keyboard and AutoFill hints a phone expects. */
function renderInput(
  { key, control, autocomplete, max }: FieldSpec,
  view: FieldView,
  describedBy: string,
  required: boolean,
) {
  const text = control === 'text';
  return html`<input id=${key} name=${key} part="input" type=${control} autocomplete=${autocomplete ?? 'off'} maxlength=${max ?? nothing}
    inputmode=${text ? nothing : control} dir=${text ? nothing : 'ltr'} spellcheck="false" autocapitalize=${text ? 'words' : 'off'}
    ?required=${required} aria-invalid=${!!view.errors[key]} aria-describedby=${describedBy || nothing} .value=${view.values[key] as string} />`;
}

/** The message box, its counter, and a quiet announcement near the limit (not on every keystroke). */
function renderMessage(
  { key, max = MAX_MESSAGE }: FieldSpec,
  { strings: t, values }: FieldView,
  describedBy: string,
) {
  const value = values[key] as string;
  const used = value.length;
  const left = max - used;
  // Said once when under 200 characters remain, again under 100, and when full; silent before.
  let nearLimit = '';
  if (left === 0) nearLimit = t.messageFull;
  else if (left <= 200) nearLimit = t.messageNearLimit({ under: left > 100 ? 200 : 100 });
  return html`<textarea id=${key} name=${key} part="input" rows="5" maxlength=${max} aria-describedby=${describedBy} .value=${value}></textarea>
    <p id="${key}-count" class="hint count">${t.messageCount({ used, max })}<span class="sr"> ${t.messageCountUnit}</span></p>
    <p class="sr" role="status">${nearLimit}</p>`;
}

/** A list to choose one from, starting on an empty "Choose…" (nothing preselected), unless it has a default. */
function renderSelect(f: FieldSpec, view: FieldView, describedBy: string) {
  const { key } = f;
  const value = view.values[key];
  return html`<select id=${key} name=${key} part="input" aria-describedby=${describedBy || nothing} aria-invalid=${!!view.errors[key]}>
    ${f.initial ? nothing : html`<option value="" ?selected=${!value}>${view.strings.choose}</option>`}
    ${choices(f, view).map(([code, name]) => html`<option value=${code} ?selected=${value === code}>${name}</option>`)}
  </select>`;
}

/** Radio buttons (choose one) or checkboxes (any), in a fieldset whose legend asks the question. */
function renderGroup(f: FieldSpec, view: FieldView) {
  const { key } = f;
  const { strings: t, values } = view;
  const error = view.errors[key];
  const type = f.control === 'radio' ? 'radio' : 'checkbox';
  const picked = (value: string) =>
    type === 'radio' ? values[key] === value : !!(values[key] as string[] | undefined)?.includes(value);
  const note = view.notes?.[key];
  const describedBy = [describers(f, error), note ? `${key}-note` : ''].filter(Boolean).join(' ');
  const after = view.after?.[key];
  return html`<fieldset part="field" aria-describedby=${describedBy || nothing}>
    <legend>${t[`${key}Label`]}</legend> ${hintText(f, t)} ${note ? html`<div id="${key}-note" class="hint">${note}</div>` : nothing}
    ${errorText(key, error)}
    <div class="choices">${choices(f, view).map(
      ([value, label]) =>
        html`<label class="choice"><input type=${type} name=${key} value=${value} .checked=${picked(value)} /> ${label}</label>`,
    )}</div>
    ${after === undefined ? nothing : html`<div aria-live="polite">${after}</div>`}
  </fieldset>`;
}

/**
 * One box whose label says the whole of it: consent (required, with the privacy policy's link
 * when there is one) or a yes-or-no answer (ticked is yes, left empty is no).
 */
function renderCheck(f: FieldSpec, view: FieldView) {
  const { key } = f;
  const { strings: t, privacyHref } = view;
  const error = view.errors[key];
  const required = isRequired(f, view.asShown);
  const privacy =
    required && privacyHref
      ? html`<a class="hint" href=${privacyHref} target="_blank" rel="noopener">${t.privacyLink}</a>`
      : nothing;
  return html`<div part="field" class="check ${required ? '' : 'flag'}">
    <input id=${key} name=${key} type="checkbox" ?required=${required} .checked=${!!view.values[key]} aria-invalid=${!!error}
      aria-describedby=${error ? `${key}-error` : nothing} />
    <label for=${key}>${t[`${key}Label`]}${required ? requiredMark(t) : nothing}</label> ${privacy} ${errorText(key, error)}
  </div>`;
}
