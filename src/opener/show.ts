// An opened request in words, as the demo inbox shows one: the form's own labels and the
// answers' words from its catalogs (src/i18n), never codes. Text only (textContent): what
// arrived was typed by a stranger.
import { FIELDS } from '../consult-request/fields.js';
import type { Catalog as FormCatalog } from '../i18n/catalog.js';
import type { Catalog } from './strings/en.js';

/** Payload keys the form fills itself, shown after the answers. */
const CONTEXT = new Set(['id', 'therapist', 'page', 'submittedAt', 'locale']);

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** One answer in words: a yes or no, each chosen option's label, or the text as typed. */
function answer(key: string, value: unknown, form: FormCatalog, t: Catalog): string {
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  const labels =
    (form as unknown as Record<string, Record<string, string> | undefined>)[`${key}Options`] ?? {};
  return [value]
    .flat()
    .map((v) => labels[str(v)] ?? str(v))
    .join(', ');
}

/** The opened request as an article: the name as its heading, then every answer with its label, then where it came from. */
export function showRequest(
  payload: Record<string, unknown>,
  form: FormCatalog,
  t: Catalog,
  lang: string,
): HTMLElement {
  const article = el('article', undefined, 'request');
  article.setAttribute('aria-labelledby', 'request-name');
  const heading = el('h2', str(payload.name));
  heading.id = 'request-name';
  heading.tabIndex = -1;
  const dl = el('dl');
  const row = (term: string, value: string, className?: string) =>
    value && dl.append(el('dt', term), el('dd', value, className));
  for (const f of FIELDS) {
    if (f.key === 'name' || f.key === 'consent' || payload[f.key] === undefined) continue;
    const label = (form as unknown as Record<string, string>)[`${f.key}Label`] ?? f.key;
    row(label, answer(f.key, payload[f.key], form, t), f.control === 'textarea' ? 'message' : undefined);
  }
  const sent = new Date(str(payload.submittedAt));
  row(
    t.submitted,
    Number.isNaN(sent.valueOf())
      ? str(payload.submittedAt)
      : new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(sent),
  );
  row(t.page, str(payload.page));
  row(t.language, str(payload.locale));
  const known = new Set([...FIELDS.map((f) => f.key as string), ...CONTEXT]);
  const hidden = Object.keys(payload)
    .filter((k) => !known.has(k))
    .map((k) => `${k} = ${str(payload[k])}`)
    .join('\n');
  row(t.hidden, hidden, 'message');
  row(t.requestId, str(payload.id));

  const actions = el('p', undefined, 'actions');
  const email = str(payload.email);
  if (email) {
    const reply = el('a', t.replyByEmail, 'button');
    reply.href = `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(t.replySubject)}`;
    actions.append(reply);
  }
  const phone = str(payload.phone).replace(/[^\d+]/g, '');
  if (phone) {
    const call = el('a', `${t.call} ${str(payload.phone)}`, 'button');
    call.href = `tel:${phone}`;
    actions.append(call);
  }
  article.append(heading, dl, actions);
  return article;
}
