// Finding a sealed request in what the therapist brings to the opener: the opening link's
// fragment (`#<id>.<sealed>`), or text pasted from a notification, however a mail program has
// quoted (`>`), wrapped or quoted-printable-encoded it. No DOM here.

/** A request id as the form makes them (crypto.randomUUID()). */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Where sealed text starts: its first byte is 4 (the uncompressed ephemeral key), `B` then `A`-`P`, and it is long. */
const START = /(?:^|[^\w-])(B[A-P][\w-]{30,})$/;
const BASE64URL = /^[\w-]+$/;
/** Wrapped lines to join at most: a request of 2,000 characters wraps into about 60 lines of 76. */
const MAX_LINES = 400;

export interface Found {
  /** The ids in clear, in the order they appear (usually one). */
  ids: string[];
  /** The sealed text, as each possible way of joining wrapped lines: only the right one opens. */
  candidates: string[];
}

/** Removes what mail programs add: `>` quote marks at line starts, quoted-printable soft line breaks and `=3D`. */
export const unquote = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/=\n/g, '')
    .replace(/=3D/gi, '=');

/** A link's fragment (`<id>.<sealed>`, or a whole opening link): the id and the sealed text. */
export function readFragment(fragment: string): Found | undefined {
  const m = /([0-9a-f-]{36})\.([\w-]+)$/i.exec(decodeURIComponent(fragment.replace(/^.*#/, '')));
  return m ? { ids: [m[1]!.toLowerCase()], candidates: [m[2]!] } : undefined;
}

/** Every id and every way the sealed text may run on over wrapped lines, in pasted text. */
export function readPasted(text: string): Found {
  const plain = unquote(text);
  const tokens = plain.split(/\s+/).filter(Boolean);
  const ids = [...new Set([...plain.matchAll(UUID)].map((m) => m[0].toLowerCase()))];
  const candidates: string[] = [];
  tokens.forEach((token, i) => {
    const start = START.exec(token)?.[1];
    if (!start) return;
    let joined = start;
    candidates.push(joined);
    for (const next of tokens.slice(i + 1, i + 1 + MAX_LINES)) {
      if (!BASE64URL.test(next)) break;
      candidates.push((joined += next));
    }
  });
  return { ids, candidates: [...new Set(candidates)] };
}
