// What <consult-request> shows of its request (request.ts): the form (the waitlist's note, the
// fields from the table, the honeypot, the slot for a captcha, the submit button), which the
// element places inline or inside its dialog, its handlers the request's; and the practice's other
// ways, offered after a dead end.
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../shared/safe-href.js';
import { FIELDS } from './fields.js';
import { renderField, type FieldView } from './form-fields.js';
import { renderOffer, requestMail, type Contacts } from './dead-end.js';
import { paymentFacts, estimateNotice } from './payment-notes.js';
import type { RequestController } from './request.js';

/**
 * Every row of the table keeps its place (`nothing` while hidden), so a field that appears (the
 * insurer, say) never hands its neighbours' controls to another field: Lit would not reset a box
 * the client ticked that it last rendered unticked. Drawing only the shown rows was measured on
 * the therapist page at 4x CPU: no difference in the form's render (about 38 ms the first time,
 * 3 ms after), and keeping each field's place without the hidden rows needs Lit's `repeat`
 * (+954 B gzip).
 */
export function renderForm(request: RequestController): TemplateResult {
  const { host, text: t, values } = request;
  const busy = host.status === 'submitting';
  const shown = request.shown;
  const view: FieldView = {
    ...request.choices,
    values,
    errors: request.errors,
    asShown: request.answers,
    privacyHref: safeHref(host.privacyHref) ?? '',
    notes: { payment: paymentFacts(host.fees, host.insurance, t) },
    after: { payment: estimateNotice(host.country || 'US', values.payment, t) },
  };
  const { waitlist } = request;
  // The button's words: sending, send again after a failure, join the waitlist, or send.
  let label;
  if (busy) label = t.submitSending;
  else if (host.status === 'error' && request.submissionId) label = t.submitRetry;
  else if (waitlist) label = t.waitlistTitle;
  else label = t.submit;
  return html`<form part="form" novalidate aria-busy=${busy} @submit=${request.onSubmit} @input=${request.onInput} @change=${request.onInput} @focusout=${request.onBlur}>
      ${waitlist ? html`<p>${t.waitlistNote}</p>` : nothing}
      ${FIELDS.map((f) => (shown.has(f.key) ? renderField(f, view) : nothing))}
      <div class="sr" aria-hidden="true" inert>
        <label>${t.honeypotLabel} <input id="rw-hp" name="rw-hp" tabindex="-1" autocomplete="off" /></label>
      </div>
      <slot></slot>
      <button part="submit" aria-disabled=${busy || request.retry.blocked || nothing} @pointerdown=${() => (request.pressing = true)}>
        ${label}
      </button>
    </form>`;
}

/**
 * The practice's other ways (its email and phone), after a dead end or for a form that is not set
 * up: the email link carries the request written out.
 */
export function renderOtherWays(
  request: RequestController,
  contacts: Contacts,
): TemplateResult | typeof nothing {
  const { text } = request;
  // A waitlist request written out as an email asks for the waitlist, not a consultation.
  const t = request.waitlist ? { ...text, mailGreeting: () => text.waitlistMail } : text;
  const view = { ...request.choices, strings: t };
  const { email } = contacts;
  // The email link opens the client's mail app with the request written out.
  const mailto = email
    ? requestMail(email, request.answers, request.shown, request.host.consultMinutes, view)
    : '';
  return renderOffer(contacts, mailto, t);
}
