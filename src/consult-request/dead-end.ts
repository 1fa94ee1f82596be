// When the endpoint is dead (a failure no retry fixes, see failure.ts `isDeadEnd`): the practice's
// other ways, offered to the client. A `mailto:` link opens the client's own mail app with their
// request written out from what they typed, and a `tel:` link calls the practice. Nothing is
// sent by us. The site owner gives the ways in `contact-email` and `contact-phone`.
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import type { Key, Values } from './fields.js';
import { answerLines, type FieldView } from './form-fields.js';

/**
 * The longest `mailto:` link we write. Mail apps and the systems that hand links to them cut or
 * refuse longer ones (Windows hands over about 2,048 characters; Outlook took 2,083 at most).
 */
export const MAILTO_MAX = 2000;
/** The longest a single answer runs in the mail before the message (a pasted novel in "name"). */
const LINE_MAX = 200;
/** A plain address: no `?`, `&`, `%`, `,` or spaces that could add recipients or headers to the link. */
const ADDRESS = /^[\w.+'-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i;

/** The practice's other ways, as the site owner gave them; a way that is not usable is left out. */
export interface Contacts {
  email?: string;
  /** The number as the site owner wrote it, for people to read. */
  phone?: string;
  /** The number for the `tel:` link: digits and a leading `+` only. */
  tel?: string;
  /** The attributes that are set but not usable, for the site owner's console message. */
  refused: string[];
}

/** Reads `contact-email` and `contact-phone`. */
export function readContacts(email = '', phone = ''): Contacts {
  const out: Contacts = { refused: [] };
  email = email.trim();
  phone = phone.trim();
  const tel = phone.replace(/(?!^\+)\D/g, '');
  if (ADDRESS.test(email)) out.email = email;
  else if (email) out.refused.push('contact-email');
  if (/^\+?\d{3,15}$/.test(tel)) Object.assign(out, { phone, tel });
  else if (phone) out.refused.push('contact-phone');
  return out;
}

/** Percent-encodes for a mailto: query (lone surrogates become U+FFFD); line breaks become CRLF (RFC 6068). */
const encode = (s: string): string =>
  encodeURIComponent((s as string & { toWellFormed(): string }).toWellFormed()).replace(/%0A/g, '%0D%0A');
/** The first `n` characters (code points, so no emoji is split). */
const cut = (s: string, n: number): string => [...s].slice(0, n).join('');

/**
 * The `mailto:` link: the subject, then the body (paragraphs, the message last), never longer
 * than `max`. What does not fit is the end of the message, which is cut and says so.
 */
export function mailtoHref(
  to: string,
  subject: string,
  lines: string[],
  message: string,
  shortened: string,
  max = MAILTO_MAX,
): string {
  const href = (text: string) =>
    `mailto:${to}?subject=${encode(cut(subject, LINE_MAX))}&body=${encode([...lines, text].filter(Boolean).join('\n\n'))}`;
  let link = href(message);
  // Cut a tenth of what is left until it fits (at most some 60 tries for 2,000 characters).
  for (let n = [...message].length; link.length > max && n > 0; n = Math.floor(n * 0.9))
    link = href(`${cut(message, n)}…\n\n${shortened}`);
  return link;
}

/**
 * The request as an email to the practice, written from the shown fields' own labels and answers,
 * in the form's language: a choice as its label, never its code ("Mornings, Evenings", not
 * "mornings,evenings").
 */
export function requestMail(
  to: string,
  v: Values,
  shown: ReadonlySet<Key>,
  minutes: number,
  view: Pick<FieldView, 'strings' | 'regions' | 'clinicians'>,
): string {
  const t = view.strings;
  // A long answer (a pasted novel in "name") is cut; the message comes last, whole if it fits.
  const answers = answerLines(v, shown, view, (words) => cut(words.join(', '), LINE_MAX), 'message');
  const lines = [t.mailGreeting({ minutes }), answers.join('\n')];
  return mailtoHref(
    to,
    t.mailSubject({ name: v.name }),
    lines,
    v.message && `${t.mailAnswer({ label: t.messageLabel, answer: '' }).trimEnd()}\n${v.message}`,
    t.mailShortened,
  );
}

/** The offer: the email link (and where it goes) and the call link, each when given; nothing without either. */
export function renderOffer(contacts: Contacts, mailto: string, t: Catalog): TemplateResult | typeof nothing {
  const { email, phone, tel } = contacts;
  if (!email && !tel) return nothing;
  return html`<div part="dead-end" class="dead-end">
    ${email ? html`<p><a href=${mailto}>${t.emailInstead}</a></p><p class="hint">${t.emailInsteadHint({ email })}</p>` : nothing}
    ${tel ? html`<p><a href="tel:${tel}">${t.callInstead({ phone: phone! })}</a></p>` : nothing}
  </div>`;
}
