// <consult-request>: its attributes, its API and what it shows when (the form, its dialog, the
// confirmation, the configuration message, the practice's other ways). What the client typed and
// its sending are the request's (request.ts); the form's markup and the practice's other ways are
// form-view.ts, the fields' templates form-fields.ts. Reading a failed send is in failure.ts, the
// console half of the site owner's misuse in misuse.ts, the DOM-free rules in fields.ts,
// validate.ts, payload.ts and send.ts.
//
// Member order, the same in every element of the project: static styles and properties; public
// properties (a one-sentence doc comment each, the default at the declaration); private reactive
// state, then controllers and plain private fields; the constructor, if any; public methods;
// lifecycle in the order Lit calls it (connectedCallback, createRenderRoot, willUpdate,
// firstUpdated, updated) and the prerender hooks; event handlers (on…); private helpers and
// getters; render helpers; render() last.
import { html, nothing, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { hostStyles } from '../shared/styles.js';
import type { Catalog } from '../i18n/catalog.js';
import type { Strings } from '../i18n/catalog.js';
import { LocaleController } from '../i18n/locale.js';
import { crisisNotice } from './crisis-notice.js';
import { styles } from './consult-request.styles.js';
import { RequestController } from './request.js';
import { DialogController } from './dialog.js';
import { DEFAULT_FIELDS } from './fields.js';
import type { Encoding } from './payload.js';
import { reportFields, reportCountryAndLinks, reportClinicians, reportContacts } from './misuse.js';
import { readContacts, type Contacts } from './dead-end.js';
import { readAccepting } from '../shared/accepting.js';
import { readClinicians } from './clinicians.js';
import { renderClosed } from './closed.js';
import { renderConfirmation } from './confirmation.js';
import { AdoptingElement, keepKnown } from '../shared/adopt.js';
import { safeHref } from '../shared/safe-href.js';
import { renderForm, renderOtherWays } from './form-view.js';

export type ConsultStatus = 'idle' | 'submitting' | 'success' | 'error' | 'config';

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
    // Private state (`attribute: false` for the manifest analyzer, as in relational-intro.ts).
    forName: { state: true, attribute: false },
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

  /** The element's language (its `lang`, an ancestor's or the page's) and its sentences. */
  private readonly locale = new LocaleController(this, () => this.strings);
  /** What the client typed, and its sending. */
  private readonly request = new RequestController(this, this.locale);
  private readonly dialog = new DialogController(this, () => this.focus());
  private contacts: Contacts = { refused: [] };
  /** The page's one form: the name of the therapist whose card opened it (`openFor`), for the dialog's title. */
  declare private forName?: string;

  /** Focuses the first field (or the confirmation after success). */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>('.success,input');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Dialog mode: opens the form in a modal dialog, focus on its first field. Inline: focuses the form. */
  async open(): Promise<void> {
    if (this.mode !== 'dialog') return this.focus();
    this.wake();
    return this.dialog.open();
  }

  /**
   * Dialog mode, the page's one form for a directory: opens it for the card whose call to action
   * was used (`<relational-intro therapist consult-for>`). The request carries `therapist`, the
   * dialog names `name`, and focus goes back to `opener` on close. What was typed for another
   * therapist is cleared first (never carried to someone else); the same card reopening keeps it,
   * and with `persist-draft` each therapist's draft comes back when their card opens the form.
   * `accepting`, the card's, becomes the form's for this opening (a waitlist card, a waitlist form).
   */
  async openFor(therapist: string, name: string, opener: HTMLElement, accepting?: string): Promise<void> {
    if (accepting) this.setAttribute('accepting', accepting);
    if (therapist !== this.therapist) {
      this.request.reset();
      if (this.status !== 'config') this.status = 'idle';
      this.therapist = therapist;
      this.request.restoreDraft();
    }
    this.forName = name.trim();
    this.dialog.returnTo = opener;
    return this.open();
  }

  /** Dialog mode: closes the dialog; what was typed stays for the next open. */
  close(): void {
    this.dialog.close();
  }

  /** Sends the form as if the client pressed the button: validates first. */
  submit(): Promise<void> {
    return this.request.submit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { request } = this;
    if (changed.has('accepting')) request.taking = readAccepting(this.accepting, 'consult-request');
    if (changed.has('clinicians')) {
      request.team = readClinicians(this.clinicians);
      reportClinicians(request.team.refused);
    }
    if (changed.has('contactEmail') || changed.has('contactPhone')) {
      this.contacts = readContacts(this.contactEmail, this.contactPhone);
      reportContacts(this.contacts.refused);
    }
    if (changed.has('endpoint')) request.readEndpoint();
    if (changed.has('sealTo')) request.readSealTo();
    if (changed.has('fields') || changed.has('regions')) reportFields(this.fields, this.regions);
    reportCountryAndLinks(this, changed);
  }

  protected override firstUpdated(): void {
    const adopted = this.adopted;
    if (!adopted) return;
    this.request.values = keepKnown(this.request.values, adopted.values);
    this.requestUpdate();
    if (adopted.popoverOpen) this.open().then(() => adopted.restore(this.renderRoot as ShadowRoot));
  }

  /** prerender(): a dialog-mode copy renders its form too, for the page that never gets the module. */
  preparePrerender(): void {
    this.dialog.built = true;
  }

  /** The sentences in the element's language. */
  private get text(): Catalog {
    return this.locale.strings;
  }

  override render() {
    const { status, consultMinutes: minutes, text: t, request } = this;
    const { lang, dir } = this.locale;
    // How the practice will answer: the contact method the request was sent with.
    const sentBy = request.sent?.values.contactMethod;
    const by = sentBy === 'phone' || sentBy === 'text' ? sentBy : 'email';
    // accepting="no": no form and no dialog, only the plain words and the practice's other ways.
    if (request.taking === 'no')
      return html`<div lang=${lang} dir=${dir ?? nothing}>${renderClosed(this.contacts, safeHref(this.elsewhereHref), t)}</div>`;
    // The crisis notice, then the configuration message, the confirmation after success, or the form.
    const body = () => {
      let main;
      if (status === 'config') main = html`<p class="config">${t.configEndpoint}</p>`;
      else if (status === 'success' && request.sent)
        main = renderConfirmation(
          request.sent,
          request.sent.waitlist ? t.waitlistNext : t.successNext({ minutes, by }),
          t,
          lang,
        );
      else main = renderForm(request);
      return html`<div part="crisis" class="crisis" role="note"><slot name="crisis">${crisisNotice(this.country, t, lang)}</slot></div>
      ${main}
      <p part="status" class="${status === 'success' ? 'sr' : status}" role="status">${status === 'config' ? '' : request.notice}</p>
      ${(request.deadEnd && status === 'error') || status === 'config' ? renderOtherWays(request, this.contacts) : nothing}`;
    };
    const { waitlist } = request;
    const title = waitlist ? t.waitlistTitle : t.dialogTitle({ minutes });
    const trigger = (!waitlist && this.ctaLabel.trim()) || title;
    // The page's one form, opened by a directory card, names the therapist (a waitlist keeps its own title).
    const named = this.forName && !waitlist ? t.dialogTitleWith({ minutes, name: this.forName }) : title;
    // A dialog not opened yet is its button alone: its body (the crisis notice, the form) is
    // built on the first open, so a page of cards with a form each adds no work to its load. A
    // directory's one form builds it at its first update, when the page is idle (dialog.ts).
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
