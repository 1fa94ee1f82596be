// Putting values (links, code, lists) into a catalog sentence without cutting the sentence into
// fragments: the translator decides where each `{name}` goes.

/**
 * The sentence's text and its `{name}` marks' values, in order, for a template to render:
 * `fill('call {number}', { number: link })` gives `['call ', link, '']`. Unknown marks stay as written.
 */
export function fill(sentence: string, values: Record<string, unknown>): unknown[] {
  return sentence
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`));
}

/** Items joined the language's way with "or" ("A, B, or C", "A, B o C", "A, B ou C"), for a template to render. */
export function anyOf(lang: string, items: unknown[]): unknown[] {
  // One item (a crisis line's one number) needs no joining: Intl.ListFormat loads the language's
  // list data the first time it is made, which costs a phone tens of milliseconds at load.
  if (items.length < 2) return items;
  return new Intl.ListFormat(lang, { type: 'disjunction' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
}
