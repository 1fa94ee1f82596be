// `accepting="no"`: the practice takes no request. Said plainly where the form (or, in dialog
// mode, its button) would be, with the practice's other ways: its email and phone
// (`contact-email`, `contact-phone`) and a page the site owner names (`elsewhere-href`).
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import type { Contacts } from './dead-end.js';

export function renderClosed(
  { email, phone, tel }: Contacts,
  elsewhere: string | null,
  t: Catalog,
): TemplateResult {
  return html`<div part="closed" class="closed dead-end">
    <p><strong>${t.closed}</strong></p>
    ${email ? html`<p><a href="mailto:${email}">${t.closedEmail({ email })}</a></p>` : nothing}
    ${tel ? html`<p><a href="tel:${tel}">${t.callInstead({ phone: phone! })}</a></p>` : nothing}
    ${elsewhere ? html`<p><a href=${elsewhere}>${t.closedElsewhere}</a></p>` : nothing}
  </div>`;
}
