// Misuse by the site owner, the console channel: an attribute the form cannot use gets one
// console error naming it and saying how to fix it (the element shows the visible half, its
// configuration message). Each is called when its attribute changes (in `willUpdate`), so a
// wrong value logs once, not on every render. No DOM here.
import { safeHref } from '../shared/safe-href.js';
import { TOKENS, tokensOf } from './fields.js';
import { regionCodes } from './regions.js';

const complain = (message: string) => console.error(`<consult-request>: ${message}`);

/** `clinicians` entries left out, each named. */
export function reportClinicians(refused: readonly string[]): void {
  for (const entry of refused)
    complain(`clinicians entry "${entry.slice(0, 60)}" left out (write id=Label, id of a-z 0-9 -).`);
}

/** `contact-email` or `contact-phone` not usable, each named. */
export function reportContacts(refused: readonly string[]): void {
  for (const name of refused)
    complain(`"${name}" is not usable; give one plain ${name.slice(8)} or remove it.`);
}

/** A `fields` token we do not know, or `region` without `regions`: one console error each, saying how to fix it. */
export function reportFields(fields: string, regions: string): void {
  const tokens = tokensOf(fields);
  const unknown = tokens.filter((token) => !TOKENS.has(token));
  if (unknown.length)
    complain(
      `unknown "fields" token ${JSON.stringify(unknown.join(' ').slice(0, 80))}; see the README for the list.`,
    );
  if (tokens.includes('region') && !regionCodes(regions).length)
    complain('"region" needs regions="…" with the codes you are licensed in, such as regions="OR WA".');
}

/** The attributes `reportCountryAndLinks` reads. */
interface Attributes {
  country: string;
  privacyHref: string;
  elsewhereHref: string;
}

/** `country` and the links, when changed: one console error for each that the form cannot use. */
export function reportCountryAndLinks(el: Attributes, changed: { has(key: string): boolean }): void {
  if (changed.has('country') && !/^[a-z]{2}$/i.test(el.country.trim()))
    complain('"country" takes a two-letter code such as US, CA or GB.');
  const links = { privacyHref: 'privacy-href', elsewhereHref: 'elsewhere-href' } as const;
  for (const [key, name] of Object.entries(links) as [keyof typeof links, string][])
    if (changed.has(key) && el[key] && !safeHref(el[key]))
      complain(`${name} refused; use an http(s) or relative URL.`);
}

/** `seal-to` that cannot seal (or a page without WebCrypto). */
export const reportUnsealable = () => complain('"seal-to" is not a usable key; nothing is sent.');

/** `endpoint` refused. */
export const reportEndpoint = () =>
  complain(
    'set the "endpoint" attribute to an https:// URL or a path on this site (http:// on localhost only).',
  );
