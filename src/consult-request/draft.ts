// The client's draft in sessionStorage (this tab only), used only with `persist-draft`.
// Storage can be full, blocked or hold garbage: the draft then lives in memory only.
import type { Values } from './fields.js';

/** The saved draft, or nothing when there is none or it cannot be read. */
export function readDraft(key: string): Partial<Values> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key) || '{}');
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

/** Saves the draft, or clears it (null). */
export function writeDraft(key: string, values: Values | null): void {
  try {
    if (values) sessionStorage.setItem(key, JSON.stringify(values));
    else sessionStorage.removeItem(key);
  } catch {
    /* see above */
  }
}
