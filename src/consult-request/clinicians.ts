// `clinicians` (group practices): the clinicians a client may ask for, as the site owner lists
// them, `id=Label` entries separated by `;`. The form asks who the client would like to see,
// "whoever is available first" (`any`) by default; the payload's `clinician` is the id. No DOM here.

/** The value sent when the client leaves the choice to the practice. */
export const ANY = 'any';
/** An id as the contract writes it: lower-case letters, digits and hyphens (`any` is ours). */
const ID = /^[a-z0-9-]+$/;

export interface Clinicians {
  /** id and label, in the attribute's order. */
  list: (readonly [id: string, label: string])[];
  /** Entries left out, as written (for the site owner's console message). */
  refused: string[];
}

/** Reads `clinicians`; an entry without a usable id or label, or with an id already given, is refused. */
export function readClinicians(raw = ''): Clinicians {
  const out: Clinicians = { list: [], refused: [] };
  for (const entry of raw.split(';')) {
    if (!entry.trim()) continue;
    const at = entry.indexOf('=');
    const id = entry.slice(0, at).trim();
    const label = entry.slice(at + 1).trim();
    const taken = id === ANY || out.list.some(([known]) => known === id);
    if (at > 0 && ID.test(id) && label && !taken) out.list.push([id, label]);
    else out.refused.push(entry.trim());
  }
  return out;
}
