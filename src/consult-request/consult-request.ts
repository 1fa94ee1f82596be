import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { lockScroll, unlockScroll } from '../shared/scroll-lock.js';
import { hostStyles } from '../shared/styles.js';
import { styles } from './consult-request.styles.js';
import { buildPayload, cleanValues, emptyValues, encode, type Encoding, type Values } from './payload.js';
import { endpointURL, send } from './send.js';
import { MAX_MESSAGE, serverErrors, validate, wantsPhone, type Errors, type Field } from './validate.js';
import { failureText } from './messages.js';
import type { ConsultErrorDetail } from './events.js';

export type ConsultStatus = 'idle' | 'submitting' | 'success' | 'error' | 'config';

const OPTIONAL = ['phone', 'contactMethod', 'message'];
const CAPTURED = 'input[type=hidden][name],textarea[name$="-response"]';
const CHECK = 'Please check the fields marked above.';
const REQUIRED = html` <span class="req">(required)</span>`;
/** A field's message, tied to it by id (`aria-describedby`). */
const errorText = (id: Field, text?: string) => (text ? html`<p id="${id}-error" class="error">${text}</p>` : nothing);

/**
 * A consultation-request form that posts to the site owner's endpoint and never loses what a client typed.
 *
 * @tagname consult-request
 * @slot - Extra content above the submit button, such as a captcha widget. Hidden inputs placed here are sent.
 * @slot crisis - Replaces the crisis notice (default: 988, US). Keep it short and include a number.
 *
 * @fires consult-submit - Cancelable; `detail` is the payload, which a host may add to. Canceling stops the send.
 * @fires consult-success - The endpoint answered 2xx; `detail`: `{ status, body }`.
 * @fires consult-error - `detail`: `{ kind: 'config' | 'validation' | 'network' | 'timeout' | 'http', status? }`.
 * @fires consult-open - Dialog mode: the dialog opened.
 * @fires consult-close - Dialog mode: the dialog closed.
 *
 * @csspart trigger - Dialog mode: the button that opens the dialog.
 * @csspart dialog - Dialog mode: the modal `<dialog>`.
 * @csspart title - Dialog mode: the dialog's heading.
 * @csspart close - Dialog mode: the dialog's close button.
 * @csspart crisis - The always-visible notice that the form is not for emergencies.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (label, hint, error, control).
 * @csspart input - Each text input and the message box.
 * @csspart submit - The submit button.
 * @csspart status - The live region that announces sending and results.
 * @csspart success - The confirmation shown after a successful send.
 *
 * @cssprop [--relational-accent=light-dark(#2d6a5a, #8fd3bf)] - Accent: button, focus ring, notice border.
 * @cssprop [--relational-on-accent=light-dark(#ffffff, #0f1f1a)] - Text on the accent.
 * @cssprop [--relational-radius=0.5rem] - Corner radius of fields, button and notice.
 * @cssprop [--relational-surface=transparent] - Background of the element.
 * @cssprop [--relational-font=inherit] - Font family.
 * @cssprop [--relational-cta-width=auto] - Dialog mode: width of the trigger (a practice card sets 100%).
 * @cssprop [--relational-error=light-dark(#b3261e, #ffb4ab)] - Colour of error messages.
 * @cssprop [--relational-field=transparent] - Background of the text fields.
 */
export class ConsultRequest extends LitElement {
  static override styles = [hostStyles, styles];

  static override properties = {
    mode: { reflect: true },
    ctaLabel: { attribute: 'cta-label' },
    endpoint: {},
    encoding: {},
    therapist: {},
    fields: {},
    consultMinutes: { attribute: 'consult-minutes', type: Number },
    successRedirect: { attribute: 'success-redirect' },
    privacyHref: { attribute: 'privacy-href' },
    timeout: { type: Number },
    persistDraft: { attribute: 'persist-draft', type: Boolean },
    minFillMs: { attribute: 'min-fill-ms', type: Number },
    status: { attribute: false },
    values: { attribute: false },
    errors: { attribute: false },
    notice: { attribute: false },
    blockedUntil: { attribute: false },
    built: { attribute: false },
  };

  /** `inline` (default) or `dialog`: a button that opens the form in a modal dialog. */
  declare mode: string;
  /** Dialog mode: the trigger's label (default "Request a free 20-minute consultation"). */
  declare ctaLabel: string;
  /** Where the request is POSTed: an https: URL, a path on this site, or http://localhost for testing. */
  declare endpoint: string;
  /** How the body is encoded: `json`, `form` (no CORS preflight) or `multipart`. */
  declare encoding: Encoding;
  /** An id sent as `therapist`, so one endpoint can serve a directory. */
  declare therapist: string;
  /** Optional fields to show, space- or comma-separated: `phone`, `contact-method`, `message`. */
  declare fields: string;
  /** Length of the free consultation, in minutes. */
  declare consultMinutes: number;
  /** A page to go to after success: a path on this site or an https: URL. */
  declare successRedirect: string;
  /** The site's privacy policy, linked next to the consent box. */
  declare privacyHref: string;
  /** How long to wait for the endpoint, in milliseconds. */
  declare timeout: number;
  /** Keep the draft in sessionStorage (this tab only) until it is sent. Off: drafts live in memory. */
  declare persistDraft: boolean;
  /** Sends faster than this many milliseconds after the form appeared are treated as a bot's; 0 turns it off. */
  declare minFillMs: number;

  /** What the form is doing; drives everything it shows. */
  declare status: ConsultStatus;
  declare private values: Values;
  declare private errors: Errors;
  declare private notice: string;
  declare private blockedUntil: number;
  /** Dialog mode: the dialog and form are built on first open, so a card costs one button until then. */
  declare private built: boolean;
  private url?: URL;
  private submissionId?: string;
  private shownAt = 0;
  private offline = false;
  private pressing = false;
  private sentBy = '';
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;

  constructor() {
    super();
    this.mode = 'inline';
    this.ctaLabel = '';
    this.endpoint = '';
    this.encoding = 'json';
    this.therapist = '';
    this.fields = 'phone contact-method message';
    this.consultMinutes = 20;
    this.successRedirect = '';
    this.privacyHref = '';
    this.timeout = 15000;
    this.persistDraft = false;
    this.minFillMs = 2000;
    this.status = 'idle';
    this.values = emptyValues();
    this.errors = {};
    this.notice = '';
    this.blockedUntil = 0;
    this.built = false;
  }

  /** Focuses the first field (or the confirmation after success). */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>('.success,input');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Dialog mode: opens the form in a modal dialog, focus on its first field. Inline: focuses the form. */
  async open(): Promise<void> {
    if (this.mode !== 'dialog') return this.focus();
    this.built = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.shownAt ||= performance.now();
    lockScroll(this);
    dialog.showModal();
    this.focus();
    this.emit('consult-open');
  }

  /** Dialog mode: closes the dialog; what was typed stays for the next open. */
  close(): void {
    this.dialog?.close();
    unlockScroll(this);
  }

  /** Sends the form as if the client pressed the button: validates first. */
  async submit(): Promise<void> {
    if (!this.url || /sub|suc|con/.test(this.status) || this.blockedUntil > Date.now()) return;
    const values = cleanValues(this.values, this.shown);
    this.errors = validate(values);
    if (Object.keys(this.errors).length) return this.fail({ kind: 'validation' }, CHECK);
    if (this.renderRoot.querySelector<HTMLInputElement>('#rw-hp')?.value || performance.now() - this.shownAt < this.minFillMs)
      return this.succeed(values);
    const payload = buildPayload(values, {
      id: (this.submissionId ??= crypto.randomUUID()),
      therapist: this.therapist,
      page: location.origin + location.pathname,
      submittedAt: new Date().toISOString(),
      locale: navigator.language || document.documentElement.lang,
      extra: [...this.querySelectorAll<HTMLInputElement>(CAPTURED)].filter((i) => !i.disabled).map((i) => [i.name, i.value]),
    });
    if (!this.emit('consult-submit', payload, true)) return;
    this.status = 'submitting';
    this.notice = 'Sending your request…';
    const { signal } = (this.abort = new AbortController());
    const o = await send(this.url, encode(payload, this.encoding), this.timeout > 0 ? this.timeout : 15000, signal);
    // A new endpoint aborts the request: its answer, whatever it was, is stale.
    if (signal.aborted) return;
    if (o.type === 'ok') return this.succeed(values, o);
    const general: string[] = [];
    if (o.type === 'http' && (o.status === 400 || o.status === 422)) {
      const found = serverErrors(o.body, new Set(['name', 'email', 'consent', ...this.shown]));
      this.errors = found.fields;
      general.push(...found.general);
      if (!general.length && Object.keys(found.fields).length) general.push(CHECK);
    }
    this.offline = o.type === 'offline';
    this.blockedUntil = (o.type === 'http' && o.status === 429 && o.retryAt) || 0;
    this.fail(
      o.type === 'http' ? { kind: 'http', status: o.status } : { kind: o.type === 'timeout' ? o.type : 'network' },
      failureText(o, general, navigator.language),
    );
    this.arm();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    removeEventListener('online', this.onOnline);
    this.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) {
      this.abort?.abort();
      this.url = endpointURL(this.endpoint, location.href);
      if (this.url) {
        if (/sub|con/.test(this.status)) this.status = 'idle';
      } else {
        this.status = 'config';
        console.error(`<consult-request>: set the "endpoint" attribute to an https:// URL or a path on this site (http:// on localhost only).`);
        this.emit('consult-error', { kind: 'config' });
      }
    }
    try {
      if (!this.hasUpdated) Object.assign(this.values, JSON.parse(this.draft() || '{}'));
    } catch {
      /* an unreadable draft: start empty */
    }
  }

  protected override firstUpdated(): void {
    if (this.mode !== 'dialog') this.shownAt = performance.now();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private onClose(): void {
    unlockScroll(this);
    this.renderRoot.querySelector<HTMLElement>('[part=trigger]')?.focus();
    this.emit('consult-close');
  }

  private get shown(): Set<string> {
    const tokens = this.fields.split(/[\s,]+/).map((t) => (t === 'contact-method' ? 'contactMethod' : t));
    const shown = new Set(OPTIONAL.filter((f) => tokens.includes(f)));
    if (!shown.has('phone')) shown.delete('contactMethod');
    return shown;
  }

  /**
   * Reads (no argument), writes (a string) or clears (null) the sessionStorage draft, only
   * with `persist-draft`. Storage can be full or blocked: the draft then stays in memory.
   */
  private draft(value?: string | null): string | null | void {
    const key = `relational-widgets:draft:${this.endpoint}|${this.therapist}`;
    try {
      if (!this.persistDraft) return;
      if (value === undefined) return sessionStorage.getItem(key);
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      /* see above */
    }
  }

  /** Every event of ours bubbles and crosses shadow roots. */
  private emit(type: keyof GlobalEventHandlersEventMap, detail: unknown = null, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private succeed(values: Values, outcome?: { status: number; body: unknown }): void {
    this.sentBy = values.contactMethod;
    this.status = 'success';
    this.notice = 'Your request was sent.';
    this.values = emptyValues();
    this.errors = {};
    this.submissionId = undefined;
    this.draft(null);
    this.updateComplete.then(() => this.focus());
    if (!outcome) return;
    this.emit('consult-success', { status: outcome.status, body: outcome.body });
    const next = endpointURL(this.successRedirect, location.href);
    if (next) location.assign(next);
  }

  private fail(detail: ConsultErrorDetail, notice: string): void {
    this.status = 'error';
    this.notice = notice;
    this.emit('consult-error', detail);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
  }

  /** (Re)starts what waits on the outside world: the Retry-After timer and the `online` listener. */
  private arm(): void {
    clearTimeout(this.timer);
    const wait = this.blockedUntil - Date.now();
    if (wait > 0)
      this.timer = setTimeout(() => {
        this.blockedUntil = 0;
        this.notice = 'You can try again now.';
      }, wait);
    removeEventListener('online', this.onOnline);
    if (this.offline && this.status === 'error') addEventListener('online', this.onOnline);
  }

  private onOnline = (): void => {
    this.offline = false;
    this.arm();
    this.submit();
  };

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.pressing = false;
    this.submit();
  }

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const name = t.name as Field;
    if (!(name in this.values)) return;
    this.values = { ...this.values, [name]: t.type === 'checkbox' ? t.checked : t.value };
    if (this.errors[name] || name === 'contactMethod') this.check(name === 'contactMethod' ? ['email', 'phone'] : [name]);
    this.draft(JSON.stringify(this.values));
  }

  /**
   * Blur shows a field's message, unless the blur comes from pressing the submit button: a
   * message appearing then would move the button away between press and release, and the
   * click would be lost. The submit checks every field anyway.
   */
  private onBlur(e: FocusEvent): void {
    if (!this.pressing) this.check([(e.target as HTMLInputElement).name as Field]);
  }

  /**
   * Re-checks some fields only and leaves the others alone: a message is shown for a field
   * that holds something or already had one (so an untouched field says nothing yet), and
   * cleared once the field is right.
   */
  private check(names: Field[]): void {
    const found = validate(cleanValues(this.values, this.shown));
    const errors = { ...this.errors };
    for (const n of names) {
      if (found[n] && (this.values[n] || errors[n])) errors[n] = found[n];
      else delete errors[n];
    }
    this.errors = errors;
  }

  /** One field: label with "(required)" in words, an optional hint, the error tied by id, then the control. */
  private field(id: Field, label: string, required: boolean, control: (describedBy: string) => unknown, hint?: string) {
    const error = this.errors[id];
    const describedBy = [hint && `${id}-hint`, id === 'message' && 'message-count', error && `${id}-error`].filter(Boolean).join(' ');
    return html`<div part="field">
      <label for=${id}>${label}${required ? REQUIRED : nothing}</label>
      ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
      ${errorText(id, error)} ${control(describedBy)}
    </div>`;
  }

  /** The form itself, kept in one method so dialog mode can place it inside a `<dialog>`. */
  protected renderForm() {
    const { values: v, errors: e, shown } = this;
    const byPhone = shown.has('contactMethod') && wantsPhone(v);
    const busy = this.status === 'submitting';
    const input = (id: 'name' | 'email' | 'phone', label: string, type: string, required: boolean) =>
      this.field(id, label, required, (describedBy) => html`<input id=${id} name=${id} part="input" type=${type}
        autocomplete=${type === 'text' ? 'name' : type} inputmode=${type === 'text' ? nothing : type} dir=${type === 'text' ? nothing : 'ltr'}
        spellcheck="false" autocapitalize=${type === 'text' ? 'words' : 'off'} ?required=${required}
        aria-invalid=${!!e[id]} aria-describedby=${describedBy || nothing} .value=${v[id]} />`);
    const radio = (value: string, label: string) =>
      html`<label class="choice"><input type="radio" name="contactMethod" value=${value} .checked=${v.contactMethod === value} /> ${label}</label>`;
    // Announced near the limit only, not on every keystroke.
    const left = MAX_MESSAGE - v.message.length;
    const message = shown.has('message') && this.field('message', 'Message', false, (describedBy) => html`<textarea id="message" name="message" part="input" rows="5"
        maxlength=${MAX_MESSAGE} aria-describedby=${describedBy} .value=${v.message}></textarea>
      <p id="message-count" class="hint count">${v.message.length} / ${MAX_MESSAGE}<span class="sr"> characters</span></p>
      <p class="sr" role="status">${left > 200 ? '' : left ? `Fewer than ${left > 100 ? 200 : 100} characters left.` : 'You have reached the limit.'}</p>`,
      'Optional. Please leave out clinical or health details; there is room for those in the consultation.');
    const privacy = this.privacyHref
      ? html`<a class="hint" href=${this.privacyHref} target="_blank" rel="noopener">Privacy policy (opens in a new tab)</a>`
      : nothing;
    return html`<form part="form" novalidate aria-busy=${busy} @submit=${this.onSubmit} @input=${this.onInput} @focusout=${this.onBlur}>
      ${input('name', 'Your name', 'text', true)} ${input('email', 'Email', 'email', !byPhone)}
      ${shown.has('phone') ? input('phone', 'Phone', 'tel', byPhone) : nothing}
      ${shown.has('contactMethod')
        ? html`<fieldset part="field"><legend>How would you like to be contacted?</legend>${radio('email', 'Email')}${radio('phone', 'Phone call')}${radio('text', 'Text message')}</fieldset>`
        : nothing}
      ${message || nothing}
      <div part="field" class="check">
        <input id="consent" name="consent" type="checkbox" required .checked=${v.consent} aria-invalid=${!!e.consent}
          aria-describedby=${e.consent ? 'consent-error' : nothing} />
        <label for="consent">I agree to be contacted about this request.${REQUIRED}</label> ${privacy} ${errorText('consent', e.consent)}
      </div>
      <div class="sr" aria-hidden="true" inert>
        <label>Leave this empty <input id="rw-hp" name="rw-hp" tabindex="-1" autocomplete="off" /></label>
      </div>
      <slot></slot>
      <button part="submit" aria-disabled=${busy || this.blockedUntil > Date.now() || nothing} @pointerdown=${() => (this.pressing = true)}>
        ${busy ? 'Sending…' : this.status === 'error' && this.submissionId ? 'Try again' : 'Send request'}
      </button>
    </form>`;
  }

  override render() {
    const { status, consultMinutes } = this;
    const by = this.sentBy === 'phone' ? 'by phone' : this.sentBy === 'text' ? 'by text message' : 'by email';
    const title = `Request a free ${consultMinutes}-minute consultation`;
    const main =
      status === 'config'
        ? html`<p class="config">This contact form is not set up yet. Site owner: set its <code>endpoint</code> attribute to an https:// address or a path on this site.</p>`
        : status === 'success'
          ? html`<div part="success" class="success" tabindex="-1"><p><strong>Thank you. Your request was sent.</strong></p>
              <p>You will hear back ${by} to arrange your free ${consultMinutes}-minute consultation. If nothing arrives
              within two working days, please check your spam folder or get in touch another way.</p></div>`
          : this.renderForm();
    const body = html`<div part="crisis" class="crisis" role="note"><slot name="crisis"><strong>This form is not for emergencies.</strong>
        If you are in crisis or thinking about harming yourself, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis
        Lifeline, US), or call <a href="tel:911">911</a>.</slot></div>
      ${main}
      <p part="status" class="${status === 'success' ? 'sr' : status}" role="status">${status === 'config' ? '' : this.notice}</p>`;
    if (this.mode !== 'dialog') return body;
    const dialog = this.built
      ? html`<dialog part="dialog" aria-labelledby="rw-title" @close=${this.onClose}>
          <div class="bar"><h2 id="rw-title" part="title">${title}</h2>
            <button part="close" type="button" @click=${this.close}>Close</button></div>
          ${body}
        </dialog>`
      : nothing;
    return html`<button part="trigger" type="button" aria-haspopup="dialog" @click=${this.open}>${this.ctaLabel.trim() || title}</button>${dialog}`;
  }
}

define('consult-request', ConsultRequest);

declare global {
  interface HTMLElementTagNameMap {
    'consult-request': ConsultRequest;
  }
}
