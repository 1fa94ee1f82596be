// The request a client writes in <consult-request>, and its sending, as a Lit reactive
// controller: what they typed (in memory; in sessionStorage too with `persist-draft`), the
// fields' messages, and the send from the button to its outcome: the checks, the spam traps, the
// payload, sealing, the POST, and what a failure leaves (the status region's sentence, a wait
// before retrying, or a dead end). The element keeps its attributes, its API and what shows
// when (consult-request.ts); the form's markup is form-view.ts.
//
// Its state is plain fields: whatever changes it asks the element to render again
// (`requestUpdate`, which Lit gathers into one render). The element's public `status` is the one
// value both read and write. Members in the element's order: state, constructor, public
// methods, lifecycle, handlers, private helpers.
import type { ReactiveController } from 'lit';
import { emit } from '../shared/emit.js';
import type { Catalog } from '../i18n/catalog.js';
import type { LocaleController } from '../i18n/locale.js';
import type { Accepting } from '../shared/accepting.js';
import type { ConsultRequest } from './consult-request.js';
import type { ConsultErrorDetail } from './events.js';
import type { Clinicians } from './clinicians.js';
import type { Sent } from './copy.js';
import type { FieldView } from './form-fields.js';
import { FIELDS, emptyValues, fieldOf, shownFields, type Key, type Values } from './fields.js';
import { regionCodes, regionName } from './regions.js';
import { buildPayload, cleanValues, encode } from './payload.js';
import { endpointURL, send, type Outcome } from './send.js';
import { validate, type Errors } from './validate.js';
import { readDraft, writeDraft } from './draft.js';
import { isDeadEnd, longest, readFailure } from './failure.js';
import { reportEndpoint, reportUnsealable } from './misuse.js';
import { sealKey, sealPayload } from './seal.js';
import { RetryController } from './retry.js';

/** Light-DOM inputs whose values join the payload: hidden fields and captcha response tokens. */
const CAPTURED = 'input[type=hidden][name],textarea[name$="-response"]';

export class RequestController implements ReactiveController {
  /** What the client typed, as the controls hold it. */
  values: Values = emptyValues();
  /** The fields' messages, by field. */
  errors: Errors = {};
  /** What the status region says. */
  notice = '';
  /** The last failure was one no retry fixes: the practice's other ways are offered. */
  deadEnd = false;
  /** `accepting` as read (anything unknown is `yes`). */
  taking: Accepting = 'yes';
  /** `clinicians` as read. */
  team: Clinicians = { list: [], refused: [] };
  /** The request last sent, for the confirmation and the client's copy; in memory only. */
  sent?: Sent;
  /** The submit button is being pressed (see onBlur). */
  pressing = false;
  /** One id across the retries of one submission. */
  submissionId?: string;
  /** What waits on the outside world after a failure: a Retry-After, the connection coming back. */
  readonly retry: RetryController;

  /** The current submission's previous failure: a second 5xx, 429 or silence is a dead end. */
  private lastFailure?: Outcome;
  private url?: URL;
  private abort?: AbortController;
  /** `seal-to` read as a key; rejected when it cannot seal. */
  private sealing?: Promise<Uint8Array<ArrayBuffer>>;
  /** When the form appeared, for the minimum fill time. */
  private shownAt = 0;

  constructor(
    readonly host: ConsultRequest,
    /** The element's language and its sentences. */
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
    this.retry = new RetryController(
      host,
      () => (this.notice = this.text.canRetryNow),
      () => this.submit(),
    );
  }

  /** Sends the form as if the client pressed the button: validates first. */
  async submit(): Promise<void> {
    const { host } = this;
    const { status } = host;
    // A send starts with a usable endpoint, nothing under way or done, no Retry-After pending.
    const settled = status === 'submitting' || status === 'success' || status === 'config';
    if (!this.url || settled || this.retry.blocked || this.taking === 'no') return;
    this.readControls();
    const values = this.answers;
    this.errors = validate(values, this.text);
    if (Object.keys(this.errors).length) return this.fail({ kind: 'validation' }, this.text.checkFields);
    if (
      host.renderRoot.querySelector<HTMLInputElement>('#rw-hp')?.value ||
      performance.now() - this.shownAt < host.minFillMs
    )
      return this.succeed(values);
    const extra = [...host.querySelectorAll<HTMLInputElement>(CAPTURED)]
      .filter((i) => !i.disabled)
      .map((i): [string, string] => [i.name, i.value]);
    const payload = buildPayload(values, {
      id: (this.submissionId ??= crypto.randomUUID()),
      therapist: host.therapist,
      page: location.origin + location.pathname,
      submittedAt: new Date().toISOString(),
      locale: this.locale.lang,
      waitlist: this.waitlist,
      extra,
    });
    if (!emit(host, 'consult-submit', payload, true)) return;
    host.status = 'submitting';
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
          endpointURL(host.openerHref, location.href),
        );
      } catch {
        return void (host.status = 'config');
      }
    const o = await send(
      this.url!,
      encode(body, host.encoding),
      host.timeout > 0 ? host.timeout : 15000,
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

  /** Starts a new request: what was typed, its messages, its id and its failures go. */
  reset(): void {
    this.values = emptyValues();
    this.errors = {};
    this.submissionId = undefined;
    this.lastFailure = undefined;
    this.deadEnd = false;
    this.notice = '';
    this.host.requestUpdate();
  }

  /**
   * `endpoint` as a URL. A new one abandons a send under way (its answer is stale); a refused one
   * shows the configuration message, with its console error and a `consult-error`.
   */
  readEndpoint(): void {
    const { host } = this;
    this.abort?.abort();
    this.url = endpointURL(host.endpoint, location.href);
    if (this.url) {
      if (host.status === 'submitting' || host.status === 'config') host.status = 'idle';
    } else {
      host.status = 'config';
      reportEndpoint();
      // In a later task, so a listener added just after the element went in (even after
      // `await el.updateComplete`) hears it; not at all if the endpoint was fixed by then.
      setTimeout(
        () => host.status === 'config' && host.isConnected && emit(host, 'consult-error', { kind: 'config' }),
      );
    }
  }

  /** `seal-to` as a key, read once; one that cannot seal (or a page without WebCrypto) shows the configuration message. */
  readSealTo(): void {
    const { host } = this;
    const sealing = (this.sealing = host.sealTo == null ? undefined : sealKey(host.sealTo));
    sealing?.catch(() => {
      if (sealing !== this.sealing) return;
      host.status = 'config';
      reportUnsealable();
      emit(host, 'consult-error', { kind: 'config' });
    });
  }

  /** Before the first render: the draft comes back (`restoreDraft`). */
  hostUpdate(): void {
    if (!this.host.hasUpdated) this.restoreDraft();
  }

  /** With `persist-draft`: the draft kept in this tab for this endpoint and therapist comes back. */
  restoreDraft(): void {
    if (this.host.persistDraft) Object.assign(this.values, readDraft(this.draftKey));
  }

  /** The form on screen for the first time (inline: the first render; dialog: the first open): the minimum fill time counts from here. */
  hostUpdated(): void {
    if (!this.shownAt && this.host.renderRoot.querySelector('form')) this.shownAt = performance.now();
  }

  onSubmit = (e: Event): void => {
    e.preventDefault();
    this.pressing = false;
    this.submit();
  };

  /**
   * `input` and `change` alike (AutoFill and password managers may fire only `change`, or
   * nothing): every control is read again, so a value set without an event is not lost.
   */
  onInput = (e: Event): void => {
    const name = (e.target as HTMLInputElement).name as Key;
    if (!fieldOf(name)) return;
    this.readControls();
    if (this.errors[name] || name === 'contactMethod')
      this.check(name === 'contactMethod' ? ['email', 'phone'] : [name]);
    this.saveDraft(this.values);
  };

  /**
   * Blur shows a field's message, unless the blur comes from pressing the submit button: a
   * message appearing then would move the button away between press and release, and the
   * click would be lost. The submit checks every field anyway.
   */
  onBlur = (e: FocusEvent): void => {
    if (!this.pressing) this.check([(e.target as HTMLInputElement).name as Key]);
  };

  /** The sentences in the element's language. */
  get text(): Catalog {
    return this.locale.strings;
  }

  /** The fields on show now, given `fields`, `regions` and what the client chose so far. */
  get shown(): Set<Key> {
    const { host } = this;
    return shownFields(
      host.fields,
      this.values,
      regionCodes(host.regions),
      this.team.list.map(([id]) => id),
    );
  }

  /** The values as the rules see them: a field not on show is empty. */
  get answers(): Values {
    return cleanValues(this.values, this.shown);
  }

  /** `accepting="waitlist"`: the request asks to join the waitlist. */
  get waitlist(): boolean {
    return this.taking === 'waitlist';
  }

  /** The choices the site owner names, in words (`regions`, `clinicians`): for the form, the draft and the copy. */
  get choices(): Required<Pick<FieldView, 'strings' | 'regions' | 'clinicians'>> {
    const { host, text } = this;
    const regions = regionCodes(host.regions).map(
      (code) => [code, regionName(code, host.country || 'US', text.regionNames)] as const,
    );
    return { strings: text, regions, clinicians: this.team.list };
  }

  /** What the controls hold now, whatever set it: typing, AutoFill, a password manager, the page. */
  private readControls(): void {
    const form = this.host.renderRoot.querySelector('form');
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
    this.host.requestUpdate();
  }

  /**
   * Re-checks some fields only and leaves the others alone: a message is shown for a field
   * that holds something or already had one (so an untouched field says nothing yet), and
   * cleared once the field is right.
   */
  private check(names: Key[]): void {
    const found = validate(this.answers, this.text);
    const errors = { ...this.errors };
    for (const n of names) {
      if (found[n] && (this.values[n] || errors[n])) errors[n] = found[n];
      else delete errors[n];
    }
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** Saves (or clears, null) the draft with `persist-draft`; without it, drafts live in memory only. */
  private saveDraft(values: Values | null): void {
    if (this.host.persistDraft) writeDraft(this.draftKey, values);
  }

  private get draftKey(): string {
    return `relational-widgets:draft:${this.host.endpoint}|${this.host.therapist}`;
  }

  private succeed(values: Values, outcome?: { status: number; body: unknown }): void {
    const { host } = this;
    const { regions, clinicians } = this.choices;
    const { waitlist } = this;
    this.sent = { values, shown: this.shown, regions, clinicians, waitlist, at: new Date() };
    host.status = 'success';
    this.reset();
    this.notice = waitlist ? this.text.waitlistDone : this.text.sent;
    this.retry.waitFor({});
    this.saveDraft(null);
    host.updateComplete.then(() => host.focus());
    if (!outcome) return;
    emit(host, 'consult-success', { status: outcome.status, body: outcome.body });
    const next = endpointURL(host.successRedirect, location.href);
    if (next) location.assign(next);
  }

  private fail(detail: ConsultErrorDetail, notice: string): void {
    const { host } = this;
    host.status = 'error';
    this.notice = notice;
    host.requestUpdate();
    emit(host, 'consult-error', detail);
    host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus(),
    );
  }
}
