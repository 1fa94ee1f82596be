// The form of <consult-request>, built from its request (request.ts): the waitlist's note, the
// fields from the table, the honeypot, the slot for a captcha, the submit button. The element
// places it (inline, or inside its dialog); its handlers are the request's.
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../shared/safe-href.js';
import { FIELDS } from './fields.js';
import { renderField, type FieldView } from './form-fields.js';
import { paymentFacts, estimateNotice } from './payment-notes.js';
import type { RequestController } from './request.js';

/**
 * Every row of the table keeps its place (`nothing` while hidden), so a field that appears (the
 * insurer, say) never hands its neighbours' controls to another field: Lit would not reset a box
 * the client ticked that it last rendered unticked.
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
      <button part="submit" aria-disabled=${busy || request.retry.blocked || nothing} @pointerdown=${request.onPress}>
        ${label}
      </button>
    </form>`;
}
