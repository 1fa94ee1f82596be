// The client's own copy of the request they sent, in their language, as plain text: for them
// to print or save (confirmation.ts). Every answer in words, as the "email instead" draft writes
// it (`answerLines`). It is built in memory and goes nowhere by itself.
import type { Catalog } from '../i18n/catalog.js';
import type { Key, Values } from './fields.js';
import { answerLines, type FieldView } from './form-fields.js';

/** A request that was sent, as the confirmation remembers it until the element goes. */
export interface Sent {
  /** The values as sent (cleaned). */
  values: Values;
  shown: ReadonlySet<Key>;
  /** The choices the site owner names: the `regions` and the `clinicians`. */
  regions: FieldView['regions'];
  clinicians: NonNullable<FieldView['clinicians']>;
  waitlist: boolean;
  at: Date;
}

/** The copy: a heading with the date and time, then each answer in words under its question, the message last. */
export function requestCopy(
  { values, shown, regions, clinicians, waitlist, at }: Sent,
  t: Catalog,
  lang: string,
): string {
  const list = new Intl.ListFormat(lang);
  const lines = answerLines(values, shown, { strings: t, regions, clinicians }, (words) =>
    list.format(words),
  );
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(at);
  return [t.copyHeading({ when }), waitlist && t.waitlistTitle, ...lines].filter(Boolean).join('\n\n') + '\n';
}
