// <consult-request>: its state, its wiring and its rendering. Reading a failed send is in
// failure.ts, the console half of the site owner's misuse in misuse.ts, the fields' templates in
// form-fields.ts, the DOM-free rules in fields.ts, validate.ts, payload.ts and send.ts.
//
// Member order, the same in every element of the project: static styles and properties; public
// properties (a one-sentence doc comment each, the default at the declaration); private reactive
// state, then controllers and plain private fields; the constructor, if any; public methods;
// lifecycle in the order Lit calls it (connectedCallback, createRenderRoot, willUpdate,
// firstUpdated, updated) and the prerender hooks; event handlers (on…); private helpers and
// getters; render helpers; render() last.
import { html, nothing, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { emit } from '../shared/emit.js';
import { hostStyles } from '../shared/styles.js';
import type { Catalog } from '../i18n/catalog.js';
import type { Strings } from '../i18n/catalog.js';
import { LocaleController } from '../i18n/locale.js';
import { crisisNotice } from './crisis-notice.js';
import { styles } from './consult-request.styles.js';
import { DialogController } from './dialog.js';
import { RetryController } from './retry.js';
import {
  DEFAULT_FIELDS,
  FIELDS,
  emptyValues,
  fieldOf,
  shownFields,
  type Key,
  type Values,
} from './fields.js';
import { regionCodes, regionName } from './regions.js';
import { renderField, type FieldView } from './form-fields.js';
import { buildPayload, cleanValues, encode, type Encoding } from './payload.js';
import { endpointURL, send, type Outcome } from './send.js';
import { validate, type Errors } from './validate.js';
import { readDraft, writeDraft } from './draft.js';
import { isDeadEnd, longest, readFailure } from './failure.js';
import {
  reportFields,
  reportCountryAndLinks,
  reportClinicians,
  reportContacts,
  reportEndpoint,
  reportUnsealable,
} from './misuse.js';
import { readContacts, renderOffer, requestMail, type Contacts } from './dead-end.js';
import type { ConsultErrorDetail } from './events.js';
import { readAccepting, type Accepting } from '../shared/accepting.js';
import { readClinicians, type Clinicians } from './clinicians.js';
import { paymentFacts, estimateNotice } from './payment-notes.js';
import { renderClosed } from './closed.js';
import { renderConfirmation } from './confirmation.js';
import type { Sent } from './copy.js';
import { AdoptingElement, keepKnown } from '../shared/adopt.js';
import { safeHref } from '../shared/safe-href.js';
import { sealKey, sealPayload } from './seal.js';

export type ConsultStatus = 'idle' | 'submitting' | 'success' | 'error' | 'config';

/** Light-DOM inputs whose values join the payload: hidden fields and captcha response tokens. */
const CAPTURED = 'input[type=hidden][name],textarea[name$="-response"]';

/**
 * A consultation-request form that posts to the site owner's endpoint and never loses what a client typed.
 *
 * @tagname consult-request
 * @slot - Extra content above the submit button, such as a captcha widget. Hidden inputs placed here are sent.
 * @slot crisis - Replaces the crisis notice (by default the lines of `country`). Keep it short and include a number.
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
 * @csspart closed - With `accepting="no"`: what shows instead of the form (or its button).
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
export class ConsultRequest extends AdoptingElement {
  static override styles = [hostStyles, styles];

  static override properties = {
    mode: { reflect: true },
    ctaLabel: { attribute: 'cta-label' },
    endpoint: {},
    encoding: {},
    therapist: {},
    fields: {},
    regions: {},
    country: {},
    strings: { attribute: false },
    consultMinutes: { attribute: 'consult-minutes', type: Number },
    successRedirect: { attribute: 'success-redirect' },
    privacyHref: { attribute: 'privacy-href' },
    timeout: { type: Number },
    persistDraft: { attribute: 'persist-draft', type: Boolean },
    minFillMs: { attribute: 'min-fill-ms', type: Number },
    contactEmail: { attribute: 'contact-email' },
    contactPhone: { attribute: 'contact-phone' },
    accepting: {},
    elsewhereHref: { attribute: 'elsewhere-href' },
    fees: {},
    insurance: {},
    clinicians: {},
    sealTo: { attribute: 'seal-to' },
    openerHref: { attribute: 'opener-href' },
    status: { attribute: false },
    // Private state. `attribute: false` is implied by `state: true` in Lit, but the manifest
    // analyzer only reads the literal, so without it these would be listed as attributes.
    values: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    deadEnd: { state: true, attribute: false },
  };

  /** `inline` (default) or `dialog`: a button that opens the form in a modal dialog. */
  mode = 'inline';
  /** Dialog mode: the trigger's label (default "Request a free 20-minute consultation"). */
  ctaLabel = '';
  /** Where the request is POSTed: an https: URL, a path on this site, or http://localhost for testing. */
  endpoint = '';
  /** How the body is encoded: `json`, `form` (no CORS preflight) or `multipart`. */
  encoding: Encoding = 'json';
  /** An id sent as `therapist`, so one endpoint can serve a directory. */
  therapist = '';
  /** Optional fields to show, space- or comma-separated: `phone`, `contact-method`, `message`, and the intake fields (README). */
  fields: string = DEFAULT_FIELDS;
  /** With the `region` field: the codes of the states or provinces the client may choose, such as `OR WA`. */
  regions = '';
  /** ISO 3166-1 alpha-2 country of the practice (default `US`): names the `regions` codes and gives the crisis notice its numbers. */
  country = 'US';
  /** The site owner's own sentences, replacing the built-in ones key by key (see the README, "Languages and countries"). */
  declare strings: Strings | undefined;
  /** Length of the free consultation, in minutes. */
  consultMinutes = 20;
  /** A page to go to after success: a path on this site or an https: URL. */
  successRedirect = '';
  /** The site's privacy policy, linked next to the consent box. */
  privacyHref = '';
  /** How long to wait for the endpoint, in milliseconds. */
  timeout = 15000;
  /** Keep the draft in sessionStorage (this tab only) until it is sent. Off: drafts live in memory. */
  persistDraft = false;
  /** Sends faster than this many milliseconds after the form appeared are treated as a bot's; 0 turns it off. */
  minFillMs = 2000;
  /** The practice's email address, offered (the request written out) when the endpoint fails for good. */
  contactEmail = '';
  /** The practice's phone number, offered as a call link when the endpoint fails for good. */
  contactPhone = '';
  /** `yes` (default), `waitlist` (the request joins the waitlist and says so) or `no` (no request is taken; the practice's other ways are offered). */
  accepting = '';
  /** With `accepting="no"`: a page offered instead, such as the practice's list of other therapists. */
  elsewhereHref = '';
  /** The practice's fees, shown beside the payment question, such as `$160 per 50-minute session`. */
  fees = '';
  /** The insurance plans the practice takes (comma-separated), shown beside the payment question. */
  insurance = '';
  /** A group practice's clinicians, `id=Label` entries separated by `;`: the client may ask for one (sent as `clinician`). */
  clinicians = '';
  /** The therapist's public key (from the setup page): every request is sealed to it, or not sent. */
  declare sealTo: string | undefined;
  /** With `seal-to`: the therapist's opener page; each request carries a link to it that opens the request. */
  openerHref = '';
  /** What the form is doing; drives everything it shows. */
  status: ConsultStatus = 'idle';

  private values: Values = emptyValues();
  private errors: Errors = {};
  /** What the status region says. */
  private notice = '';
  /** The last failure was one no retry fixes: the practice's other ways are offered. */
  private deadEnd = false;
  /** The element's language (its `lang`, an ancestor's or the page's) and its sentences. */
  private readonly locale = new LocaleController(this, () => this.strings);
  private contacts: Contacts = { refused: [] };
  /** `accepting` as read (anything unknown is `yes`). */
  private taking: Accepting = 'yes';
  private team: Clinicians = { list: [], refused: [] };
  /** The request last sent, for the confirmation and the client's copy; in memory only. */
  private sent?: Sent;
  /** The current submission's previous failure: a second 5xx, 429 or silence is a dead end. */
  private lastFailure?: Outcome;
  private readonly dialog = new DialogController(this, () => {
    this.shownAt ||= performance.now();
    this.focus();
  });
  private url?: URL;
  /** One id across the retries of one submission. */
  private submissionId?: string;
  /** When the form appeared, for the minimum fill time. */
  private shownAt = 0;
  /** The submit button is being pressed (see onBlur). */
  private pressing = false;
  /** The contact method of the request that was sent, for the confirmation. */
  private sentBy = '';
  private readonly retry = new RetryController(
    this,
    () => (this.notice = this.text.canRetryNow),
    () => this.submit(),
  );
  private abort?: AbortController;
  /** The page's one form: the name of the therapist whose card opened it (`openFor`), for the dialog's title. */
  private forName = '';
  /** `seal-to` read as a key; rejected when it cannot seal. */
  private sealing?: Promise<Uint8Array<ArrayBuffer>>;

  /** Focuses the first field (or the confirmation after success). */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>('.success,input');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Dialog mode: opens the form in a modal dialog, focus on its first field. Inline: focuses the form. */
  async open(): Promise<void> {
    if (this.mode !== 'dialog') return this.focus();
    return this.dialog.open();
  }

  /**
   * Dialog mode, the page's one form for a directory: opens it for the card whose call to action
   * was used (`<relational-intro therapist consult-for>`). The request carries `therapist`, the
   * dialog names `name`, and focus goes back to `opener` on close. What was typed for another
   * therapist is cleared first (never carried to someone else); the same card reopening keeps it.
   * `accepting`, the card's, becomes the form's for this opening (a waitlist card, a waitlist form).
   */
  async openFor(therapist: string, name: string, opener: HTMLElement, accepting?: string): Promise<void> {
    if (accepting) this.setAttribute('accepting', accepting);
    if (therapist !== this.therapist) {
      this.values = emptyValues();
      this.errors = {};
      this.submissionId = undefined;
      this.deadEnd = false;
      this.notice = '';
      if (this.status !== 'config') this.status = 'idle';
      this.therapist = therapist;
    }
    this.forName = name.trim();
    this.dialog.returnTo = opener;
    return this.dialog.open();
  }

  /** Dialog mode: closes the dialog; what was typed stays for the next open. */
  close(): void {
    this.dialog.close();
  }

  /** Sends the form as if the client pressed the button: validates first. */
  async submit(): Promise<void> {
    if (!this.canSend) return;
    this.readControls();
    const values = cleanValues(this.values, this.shown);
    this.errors = validate(values, this.text);
    if (Object.keys(this.errors).length) return this.fail({ kind: 'validation' }, this.text.checkFields);
    if (
      this.renderRoot.querySelector<HTMLInputElement>('#rw-hp')?.value ||
      performance.now() - this.shownAt < this.minFillMs
    )
      return this.succeed(values);
    const extra = [...this.querySelectorAll<HTMLInputElement>(CAPTURED)]
      .filter((i) => !i.disabled)
      .map((i): [string, string] => [i.name, i.value]);
    const payload = buildPayload(values, {
      id: (this.submissionId ??= crypto.randomUUID()),
      therapist: this.therapist,
      page: location.origin + location.pathname,
      submittedAt: new Date().toISOString(),
      locale: this.locale.lang,
      waitlist: this.taking === 'waitlist',
      extra,
    });
    if (!emit(this, 'consult-submit', payload, true)) return;
    this.status = 'submitting';
    this.deadEnd = false;
    this.notice = this.text.sending;
    const { signal } = (this.abort = new AbortController());
    let body = payload;
    // Sealed (`seal-to`), or not sent at all: a key that cannot seal leaves the configuration message.
    if (this.sealing)
      try {
        body = await sealPayload(
          payload,
          extra,
          await this.sealing,
          endpointURL(this.openerHref, location.href),
        );
      } catch {
        return void (this.status = 'config');
      }
    const o = await send(
      this.url!,
      encode(body, this.encoding),
      this.timeout > 0 ? this.timeout : 15000,
      signal,
    );
    // A new endpoint aborts the request: its answer, whatever it was, is stale.
    if (signal.aborted) return;
    if (o.type === 'ok') return this.succeed(values, o);
    const failure = readFailure(o, this.shown, this.locale.lang, this.text);
    if (o.type === 'http' && (o.status === 400 || o.status === 422)) this.errors = failure.errors;
    if (o.type === 'too-large' || (o.type === 'http' && o.status === 413))
      this.errors = { [longest(values)]: this.text.fieldTooLong };
    this.deadEnd = isDeadEnd(o, this.lastFailure, new Set(Object.keys(payload)));
    const unsure = o.type === 'network' || o.type === 'timeout';
    if (o.type === 'http' || unsure) this.lastFailure = o;
    this.fail(
      failure.detail,
      this.deadEnd ? (unsure ? this.text.deadEndUnsure : this.text.deadEnd) : failure.notice,
    );
    this.retry.waitFor({ retryAt: failure.retryAt, offline: o.type === 'offline' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accepting')) this.taking = readAccepting(this.accepting, 'consult-request');
    if (changed.has('clinicians')) {
      this.team = readClinicians(this.clinicians);
      reportClinicians(this.team.refused);
    }
    if (changed.has('contactEmail') || changed.has('contactPhone')) {
      this.contacts = readContacts(this.contactEmail, this.contactPhone);
      reportContacts(this.contacts.refused);
    }
    if (changed.has('endpoint')) {
      this.abort?.abort();
      this.url = endpointURL(this.endpoint, location.href);
      if (this.url) {
        if (this.status === 'submitting' || this.status === 'config') this.status = 'idle';
      } else {
        this.status = 'config';
        reportEndpoint();
        // In a later task, so a listener added just after the element went in (even after
        // `await el.updateComplete`) hears it; not at all if the endpoint was fixed by then.
        setTimeout(
          () =>
            this.status === 'config' && this.isConnected && emit(this, 'consult-error', { kind: 'config' }),
        );
      }
    }
    if (changed.has('sealTo')) this.readSealTo();
    if (changed.has('fields') || changed.has('regions')) reportFields(this.fields, this.regions);
    reportCountryAndLinks(this, changed);
    if (!this.hasUpdated && this.persistDraft) Object.assign(this.values, readDraft(this.draftKey));
  }

  protected override firstUpdated(): void {
    if (this.mode !== 'dialog') this.shownAt = performance.now();
    const adopted = this.adopted;
    if (!adopted) return;
    this.values = keepKnown(this.values, adopted.values);
    if (adopted.popoverOpen) this.open().then(() => adopted.restore(this.renderRoot as ShadowRoot));
  }

  /** prerender(): a dialog-mode copy renders its form too, for the page that never gets the module. */
  preparePrerender(): void {
    this.dialog.built = true;
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.pressing = false;
    this.submit();
  }

  /**
   * `input` and `change` alike (AutoFill and password managers may fire only `change`, or
   * nothing): every control is read again, so a value set without an event is not lost.
   */
  private onInput(e: Event): void {
    const name = (e.target as HTMLInputElement).name as Key;
    if (!fieldOf(name)) return;
    this.readControls();
    if (this.errors[name] || name === 'contactMethod')
      this.check(name === 'contactMethod' ? ['email', 'phone'] : [name]);
    this.saveDraft(this.values);
  }

  /**
   * Blur shows a field's message, unless the blur comes from pressing the submit button: a
   * message appearing then would move the button away between press and release, and the
   * click would be lost. The submit checks every field anyway.
   */
  private onBlur(e: FocusEvent): void {
    if (!this.pressing) this.check([(e.target as HTMLInputElement).name as Key]);
  }

  /** What the controls hold now, whatever set it: typing, AutoFill, a password manager, the page. */
  private readControls(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    const values: Record<string, unknown> = { ...this.values };
    for (const { key, control } of FIELDS) {
      if (!form.elements.namedItem(key)) continue; // not on show: keep what it held
      if (control === 'checkboxes') values[key] = data.getAll(key);
      else if (control === 'checkbox') values[key] = data.has(key);
      else values[key] = String(data.get(key) ?? '');
    }
    this.values = values as unknown as Values;
  }

  /** The sentences in the element's language. */
  private get text(): Catalog {
    return this.locale.strings;
  }

  /** The fields on show now, given `fields`, `regions` and what the client chose so far. */
  private get shown(): Set<Key> {
    return shownFields(
      this.fields,
      this.values,
      regionCodes(this.regions),
      this.team.list.map(([id]) => id),
    );
  }

  /** `seal-to` as a key, read once; one that cannot seal (or a page without WebCrypto) shows the configuration message. */
  private readSealTo(): void {
    const sealing = (this.sealing = this.sealTo == null ? undefined : sealKey(this.sealTo));
    sealing?.catch(() => {
      if (sealing !== this.sealing) return;
      this.status = 'config';
      reportUnsealable();
      emit(this, 'consult-error', { kind: 'config' });
    });
  }

  /** Whether a send may start: a usable endpoint, nothing under way or done, no Retry-After pending. */
  private get canSend(): boolean {
    const { status } = this;
    const settled = status === 'submitting' || status === 'success' || status === 'config';
    return !!this.url && !settled && !this.retry.blocked && this.taking !== 'no';
  }

  /** Saves (or clears, null) the draft with `persist-draft`; without it, drafts live in memory only. */
  private saveDraft(values: Values | null): void {
    if (this.persistDraft) writeDraft(this.draftKey, values);
  }

  private get draftKey(): string {
    return `relational-widgets:draft:${this.endpoint}|${this.therapist}`;
  }

  private succeed(values: Values, outcome?: { status: number; body: unknown }): void {
    this.sentBy = values.contactMethod;
    const waitlist = this.taking === 'waitlist';
    this.sent = {
      values,
      shown: this.shown,
      regions: this.regionChoices(),
      clinicians: this.team.list,
      waitlist,
      at: new Date(),
    };
    this.status = 'success';
    this.notice = waitlist ? this.text.waitlistDone : this.text.sent;
    this.values = emptyValues();
    this.errors = {};
    this.submissionId = undefined;
    this.retry.waitFor({});
    this.lastFailure = undefined;
    this.deadEnd = false;
    this.saveDraft(null);
    this.updateComplete.then(() => this.focus());
    if (!outcome) return;
    emit(this, 'consult-success', { status: outcome.status, body: outcome.body });
    const next = endpointURL(this.successRedirect, location.href);
    if (next) location.assign(next);
  }

  private fail(detail: ConsultErrorDetail, notice: string): void {
    this.status = 'error';
    this.notice = notice;
    emit(this, 'consult-error', detail);
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus(),
    );
  }

  /**
   * Re-checks some fields only and leaves the others alone: a message is shown for a field
   * that holds something or already had one (so an untouched field says nothing yet), and
   * cleared once the field is right.
   */
  private check(names: Key[]): void {
    const found = validate(cleanValues(this.values, this.shown), this.text);
    const errors = { ...this.errors };
    for (const n of names) {
      if (found[n] && (this.values[n] || errors[n])) errors[n] = found[n];
      else delete errors[n];
    }
    this.errors = errors;
  }

  /**
   * The form itself, kept in one method so dialog mode can place it inside a `<dialog>`. Every
   * row of the table keeps its place (`nothing` while hidden), so a field that appears (the
   * insurer, say) never hands its neighbours' controls to another field: Lit would not reset
   * a box the client ticked that it last rendered unticked.
   */
  private renderForm() {
    const t = this.text;
    const busy = this.status === 'submitting';
    const shown = this.shown;
    const view: FieldView = {
      values: this.values,
      errors: this.errors,
      strings: t,
      asShown: cleanValues(this.values, shown),
      privacyHref: safeHref(this.privacyHref) ?? '',
      regions: this.regionChoices(),
      clinicians: this.team.list,
      notes: { payment: paymentFacts(this.fees, this.insurance, t) },
      after: { payment: estimateNotice(this.country || 'US', this.values.payment, t) },
    };
    const waitlist = this.taking === 'waitlist';
    // The button's words: sending, send again after a failure, join the waitlist, or send.
    let label;
    if (busy) label = t.submitSending;
    else if (this.status === 'error' && this.submissionId) label = t.submitRetry;
    else if (waitlist) label = t.waitlistTitle;
    else label = t.submit;
    return html`<form part="form" novalidate aria-busy=${busy} @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onBlur}>
      ${waitlist ? html`<p>${t.waitlistNote}</p>` : nothing}
      ${FIELDS.map((f) => (shown.has(f.key) ? renderField(f, view) : nothing))}
      <div class="sr" aria-hidden="true" inert>
        <label>${t.honeypotLabel} <input id="rw-hp" name="rw-hp" tabindex="-1" autocomplete="off" /></label>
      </div>
      <slot></slot>
      <button part="submit" aria-disabled=${busy || this.retry.blocked || nothing} @pointerdown=${() => (this.pressing = true)}>
        ${label}
      </button>
    </form>`;
  }

  /** The `region` field's choices: each `regions` code with its name in the form's language. */
  private regionChoices() {
    return regionCodes(this.regions).map(
      (code) => [code, regionName(code, this.country || 'US', this.text.regionNames)] as const,
    );
  }

  /** The practice's email and phone, after a dead end or for a form that is not set up. */
  private offer() {
    const { contacts: c } = this;
    // A waitlist request written out as an email asks for the waitlist, not a consultation.
    const t =
      this.taking === 'waitlist' ? { ...this.text, mailGreeting: () => this.text.waitlistMail } : this.text;
    const view = { strings: t, regions: this.regionChoices(), clinicians: this.team.list };
    return renderOffer(
      c,
      c.email
        ? requestMail(c.email, cleanValues(this.values, this.shown), this.shown, this.consultMinutes, view)
        : '',
      t,
    );
  }

  override render() {
    const { status, consultMinutes: minutes, text: t } = this;
    const { lang, dir } = this.locale;
    const by = this.sentBy === 'phone' || this.sentBy === 'text' ? this.sentBy : 'email';
    // accepting="no": no form and no dialog, only the plain words and the practice's other ways.
    if (this.taking === 'no')
      return html`<div lang=${lang} dir=${dir ?? nothing}>${renderClosed(this.contacts, safeHref(this.elsewhereHref), t)}</div>`;
    // The crisis notice, then the configuration message, the confirmation after success, or the form.
    const body = () => {
      let main;
      if (status === 'config') main = html`<p class="config">${t.configEndpoint}</p>`;
      else if (status === 'success' && this.sent)
        main = renderConfirmation(
          this.sent,
          this.sent.waitlist ? t.waitlistNext : t.successNext({ minutes, by }),
          t,
          lang,
        );
      else main = this.renderForm();
      return html`<div part="crisis" class="crisis" role="note"><slot name="crisis">${crisisNotice(this.country, t, lang)}</slot></div>
      ${main}
      <p part="status" class="${status === 'success' ? 'sr' : status}" role="status">${status === 'config' ? '' : this.notice}</p>
      ${(this.deadEnd && status === 'error') || status === 'config' ? this.offer() : nothing}`;
    };
    const waitlist = this.taking === 'waitlist';
    const title = waitlist ? t.waitlistTitle : t.dialogTitle({ minutes });
    const trigger = (!waitlist && this.ctaLabel.trim()) || title;
    // The page's one form, opened by a directory card, names the therapist (a waitlist keeps its own title).
    const named = this.forName && !waitlist ? t.dialogTitleWith({ minutes, name: this.forName }) : title;
    // A dialog not opened yet is its button alone: its body (the crisis notice, the form) is
    // built on the first open, so a directory's one form adds no work to the page's load.
    const content =
      this.mode === 'dialog'
        ? this.dialog.render(
            { title: named, close: t.dialogClose, trigger },
            this.dialog.built ? body() : nothing,
          )
        : body();
    // The language the text is in, for screen readers and hyphenation; rtl for a right-to-left one.
    return html`<div lang=${lang} dir=${dir ?? nothing}>${content}</div>`;
  }
}

define('consult-request', ConsultRequest);

declare global {
  interface HTMLElementTagNameMap {
    'consult-request': ConsultRequest;
  }
}
