// `accepting` (both elements): whether the practice takes new clients. One reading for both,
// so a card and its form never disagree about what a misspelt value means.

/** `yes` (the default), `waitlist` (requests join a waitlist) or `no` (no request is taken). */
export type Accepting = 'yes' | 'waitlist' | 'no';

const VALUES: readonly Accepting[] = ['yes', 'waitlist', 'no'];

/**
 * The attribute's meaning. Absent or empty is `yes`; anything else that is not one of the three
 * values is `yes` too, with one console error naming the attribute: call it when the attribute
 * changes (in `willUpdate`), not on every render, so one wrong value logs once.
 */
export function readAccepting(raw: string | null | undefined, tag: string): Accepting {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return 'yes';
  if ((VALUES as readonly string[]).includes(value)) return value as Accepting;
  console.error(`<${tag}>: accepting="${value.slice(0, 60)}" is not yes, waitlist or no; showing yes.`);
  return 'yes';
}
