// Beside the payment question: the practice's fees and the insurance it takes (`fees`,
// `insurance`), and, for a US client who pays out of pocket or is not sure, the notice of their
// right to a Good Faith Estimate (No Surprises Act). The notice's facts come from CMS's model
// notice; its wording is the catalog's, so a site owner can replace it through `strings`.
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { fill } from '../i18n/fill.js';

/** CMS's page on the No Surprises Act: the estimate, and how to dispute a bill. */
const CMS = 'https://www.cms.gov/nosurprises';
/** The payment answers of a client who pays the practice directly, or may. */
const OUT_OF_POCKET = ['self-pay', 'sliding-scale', 'unsure'];

/** The fees and the plans taken, as the site owner wrote them; undefined when neither is given. */
export function paymentFacts(fees: string, insurance: string, t: Catalog): TemplateResult | undefined {
  fees = fees.trim();
  const plans = insurance.trim();
  if (!fees && !plans) return undefined;
  return html`${fees ? html`<p>${t.feesFact({ fees })}</p>` : nothing}${plans ? html`<p>${t.insuranceFact({ plans })}</p>` : nothing}`;
}

/**
 * The Good Faith Estimate notice under the payment question: in the US only (undefined
 * elsewhere, so there is not even an empty place for it), and empty until the answer is
 * self-pay, sliding scale or not sure. Its place exists before it fills, so it is announced.
 */
export function estimateNotice(
  country: string,
  payment: string | undefined,
  t: Catalog,
): TemplateResult | '' | undefined {
  if (country.trim().toUpperCase() !== 'US') return undefined;
  if (!OUT_OF_POCKET.includes(payment ?? '')) return '';
  const link = html`<a href=${CMS} target="_blank" rel="noopener">cms.gov/nosurprises</a>`;
  return html`<div class="estimate"><p><strong>${t.estimateTitle}</strong></p><p>${fill(t.estimateText, { link })}</p></div>`;
}
