// The client's own copy of the request they sent, in their language, as plain text: for them
// to print or save (confirmation.ts). It is built in memory and goes nowhere by itself. No DOM here.
import type { Catalog } from '../i18n/en.js';
import { FIELDS, type Key, type Values } from './fields.js';

/** A request that was sent, as the confirmation remembers it until the element goes. */
export interface Sent {
  /** The values as sent (cleaned). */
  values: Values;
  shown: ReadonlySet<Key>;
  /** Words for the codes the site owner defines: a region's name, a clinician's label. */
  named: Partial<Record<Key, Record<string, string>>>;
  waitlist: boolean;
  at: Date;
}

/** The copy: a heading with the date and time, then each answer in words under its question, the message last. */
export function requestCopy({ values, shown, named, waitlist, at }: Sent, t: Catalog, lang: string): string {
  const lines = FIELDS.filter((f) => shown.has(f.key) && f.key !== 'consent').map(({ key }) => {
    const value = values[key];
    const label = t[`${key}Label`];
    // A yes-or-no box's label says the whole of it: written when ticked.
    if (typeof value === 'boolean') return value ? label : '';
    const labels = { ...named[key], ...(t as unknown as Record<string, Record<string, string> | undefined>)[`${key}Options`] };
    const answer = new Intl.ListFormat(lang).format([value ?? ''].flat().filter(Boolean).map((v) => labels[v] ?? v));
    // A question (its label ends in "?") has its answer on the next line; a label, after a colon.
    return answer && (label.endsWith('?') ? `${label}\n${answer}` : t.copyLine({ label, answer }));
  });
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(at);
  return [t.copyHeading({ when }), waitlist && t.waitlistTitle, ...lines].filter(Boolean).join('\n\n') + '\n';
}
