// The inbox on disk: one JSON line per accepted request, in a git-ignored folder that is
// created when the first request arrives. Synchronous file calls keep "look up the id, then
// append" atomic within Node's event loop, so two retries racing each other store one line.

import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {{
 *   receivedAt: string,
 *   encoding: import('./parse.js').Encoding,
 *   contentType: string,
 *   payload: Record<string, unknown>,
 * }} InboxRecord
 */

/**
 * @param {string} file path of the JSON-lines file (its folder is created on demand)
 */
export function createStore(file) {
  /** @type {InboxRecord[]} oldest first, as in the file */
  let records = [];
  /** @type {Map<string, InboxRecord>} */
  let byId = new Map();
  /** Size and mtime of the file when last read, so edits or deletion by hand are noticed. */
  let seen = '';

  function stamp() {
    try {
      const s = statSync(file);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }

  function load() {
    const now = stamp();
    if (now === seen) return;
    records = [];
    byId = new Map();
    if (now !== 'missing') {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line);
          const id = record?.payload?.id;
          if (typeof id !== 'string') continue;
          records.push(record);
          if (!byId.has(id)) byId.set(id, record);
        } catch {
          // A damaged line (a write cut short) is skipped, not fatal.
        }
      }
    }
    seen = now;
  }

  return {
    file,

    /** Every record, newest first. @returns {InboxRecord[]} */
    list() {
      load();
      return records.slice().reverse();
    },

    /** @param {string} id @returns {InboxRecord | undefined} */
    find(id) {
      load();
      return byId.get(id);
    },

    /**
     * Appends a record unless one with the same payload id is already stored.
     * @param {InboxRecord} record
     * @returns {{ created: boolean, record: InboxRecord }}
     */
    add(record) {
      load();
      const id = /** @type {string} */ (record.payload.id);
      const existing = byId.get(id);
      if (existing) return { created: false, record: existing };
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, JSON.stringify(record) + '\n', { encoding: 'utf8', mode: 0o600 });
      records.push(record);
      byId.set(id, record);
      seen = stamp();
      return { created: true, record };
    },

    /** Deletes every record. @returns {number} how many there were */
    clear() {
      load();
      const count = records.length;
      rmSync(file, { force: true });
      records = [];
      byId = new Map();
      seen = stamp();
      return count;
    },

    /** @returns {number} */
    count() {
      load();
      return records.length;
    },
  };
}

/** @typedef {ReturnType<typeof createStore>} Store */
